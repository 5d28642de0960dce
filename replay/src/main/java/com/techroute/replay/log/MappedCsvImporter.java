package com.techroute.replay.log;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads any CSV ticket log whose columns a {@link ColumnMapping} describes. Rows of a ticket are
 * folded with the same rules as the built-in importers:
 * <ul>
 *   <li>opened-at is the earliest value;</li>
 *   <li>customer, category and priority come from the first readable row;</li>
 *   <li>the first row with an assignee gives the first assignee, assigned-at and group;</li>
 *   <li>resolved-at is the last value;</li>
 *   <li>reassignments are the largest counted value, or else the number of assignee changes
 *       between rows.</li>
 * </ul>
 */
public final class MappedCsvImporter implements LogImporter {

    private final ColumnMapping mapping;

    /**
     * Creates an importer.
     *
     * @param mapping how to read the log's columns
     */
    public MappedCsvImporter(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * Creates an importer from a JSON mapping file.
     *
     * @throws LogReadException when the mapping file cannot be read or is invalid
     */
    public static MappedCsvImporter fromMappingFile(Path mappingFile) {
        return new MappedCsvImporter(ColumnMapping.load(mappingFile));
    }

    @Override
    public ImportResult importLog(Path file) {
        String expected = mapping.description() != null
                ? "the log that the column mapping describes (" + mapping.description() + ")"
                : "the log that the column mapping describes";
        Set<String> missing = new HashSet<>(mapping.missingValues());
        CsvLogReader reader = new CsvLogReader(expected, mapping.delimiterChar(), missing);
        TicketCollector collector = new TicketCollector(mapping.rowsPerTicket() == ColumnMapping.RowsPerTicket.ONE);
        return reader.read(file, header -> converter(file, header, expected), collector);
    }

    private RowConverter converter(Path file, HeaderIndex header, String expected) {
        header.requireAll(file, mapping.requiredHeaderNames(), expected,
                "Check that the column mapping names the header's columns exactly, including case and spaces.");
        return new MappedRowConverter(mapping, header, new LocalTimestampParser(mapping.dateTimePattern(),
                mapping.zone()));
    }
}
