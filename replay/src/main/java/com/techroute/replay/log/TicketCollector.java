package com.techroute.replay.log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups readable rows by ticket id as they stream in, keeping one small {@link TicketAccumulator}
 * per ticket rather than the rows, and records every unreadable row.
 */
final class TicketCollector {

    private static final Comparator<HistoricalTicket> OPENING_ORDER =
            Comparator.comparing(HistoricalTicket::openedAt).thenComparingLong(HistoricalTicket::sourceLine);

    private final boolean oneRowPerTicket;
    private final Map<String, TicketAccumulator> tickets = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final StringPool pool = new StringPool();
    private long rowCount;

    /**
     * Creates a collector.
     *
     * @param oneRowPerTicket whether each ticket has exactly one row, so a repeated id is a bad row
     */
    TicketCollector(boolean oneRowPerTicket) {
        this.oneRowPerTicket = oneRowPerTicket;
    }

    /** Converts one row whose column count matches the header, and adds it or records its problem. */
    void accept(CsvRow row, RowConverter converter) {
        rowCount++;
        try {
            add(converter.convert(row));
        } catch (RowProblemException e) {
            problems.add(new RowProblem(row.lineNumber(), e.getMessage()));
        }
    }

    /** Records a row that could not be split into the header's columns. */
    void reject(long lineNumber, String message) {
        rowCount++;
        problems.add(new RowProblem(lineNumber, message));
    }

    private void add(LogRow row) {
        TicketAccumulator ticket = tickets.get(row.ticketId());
        if (ticket == null) {
            tickets.put(row.ticketId(), new TicketAccumulator(row, pool));
        } else if (oneRowPerTicket) {
            throw new RowProblemException("Ticket id (" + row.ticketId() + ") already appeared on line "
                    + ticket.firstLine() + ", but the log is read as one row per ticket.");
        } else {
            ticket.add(row);
        }
    }

    /** Builds the result, with tickets in opening order. */
    ImportResult toResult(Path source) {
        List<HistoricalTicket> built = new ArrayList<>(tickets.size());
        for (TicketAccumulator ticket : tickets.values()) {
            built.add(ticket.toTicket());
        }
        built.sort(OPENING_ORDER);
        return new ImportResult(source, built, problems, rowCount);
    }
}
