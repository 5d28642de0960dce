package com.techroute.replay.log;

import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV record whose column count matches the header, with the log's markers for a missing value.
 * Values are stripped of surrounding whitespace.
 */
final class CsvRow {

    /** Index passed for a column that the layout does not use; its value is always missing. */
    static final int ABSENT = -1;

    private final CSVRecord record;
    private final List<String> headerNames;
    private final Set<String> missingValues;
    private final long lineNumber;

    CsvRow(CSVRecord record, List<String> headerNames, Set<String> missingValues, long lineNumber) {
        this.record = record;
        this.headerNames = headerNames;
        this.missingValues = missingValues;
        this.lineNumber = lineNumber;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Returns the value at the index, or {@code null} when it is empty, a missing marker or ABSENT. */
    String optional(int index) {
        if (index == ABSENT) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() || missingValues.contains(value) ? null : value;
    }

    /**
     * Returns the value at the index.
     *
     * @throws RowProblemException when the value is missing
     */
    String required(int index) {
        String value = optional(index);
        if (value == null) {
            String raw = record.get(index);
            throw new RowProblemException(raw.isBlank()
                    ? "Column (" + headerNames.get(index) + ") is empty."
                    : "Column (" + headerNames.get(index) + ") has the missing-value marker (" + raw.strip() + ").");
        }
        return value;
    }

    /** Returns the header name of the column at the index. */
    String columnName(int index) {
        return headerNames.get(index);
    }
}
