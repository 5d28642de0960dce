package com.techroute.local.csv;

import com.techroute.engine.domain.Technician;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A technician skill matrix as MSPs keep it in a spreadsheet, read from CSV: the good rows as
 * technicians and every problem of the bad rows. A bad row does not stop the good ones.
 *
 * @param source file name for messages
 * @param technicians technicians of the good rows, in sheet order
 * @param problems problems of the bad rows, in sheet order, several for a row with several problems
 * @param rejectedRows how many rows were rejected
 */
public record TechnicianSheet(String source, List<Technician> technicians, List<RowProblem> problems,
        int rejectedRows) {

    public TechnicianSheet {
        technicians = List.copyOf(technicians);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the technicians of a parsed CSV file. A technician id that appears again is rejected on the
     * later row.
     *
     * @throws UnreadableCsvException when the header lacks a required column or repeats one
     */
    public static TechnicianSheet of(SpreadsheetCsv csv) {
        TechnicianColumns columns = TechnicianColumns.of(csv.source(), csv.header());
        TechnicianRowParser parser = new TechnicianRowParser(columns);
        List<Technician> technicians = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<Integer> rejected = new LinkedHashSet<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (SpreadsheetCsv.Row row : csv.rows()) {
            TechnicianRowParser.Parsed parsed = parser.parse(row.cells());
            for (String message : parsed.problems()) {
                problems.add(new RowProblem(row.line(), parsed.id(), message));
                rejected.add(row.line());
            }
            if (parsed.technician() == null) {
                continue;
            }
            Integer earlier = firstLineOfId.putIfAbsent(parsed.technician().id().value(), row.line());
            if (earlier != null) {
                problems.add(new RowProblem(row.line(), parsed.id(), String.format(
                        "Technician id (%s) already appears on line %d. Keep one row per technician.",
                        parsed.id(), earlier)));
                rejected.add(row.line());
            } else {
                technicians.add(parsed.technician());
            }
        }
        return new TechnicianSheet(csv.source(), technicians, problems, rejected.size());
    }
}
