package com.techroute.replay.log;

/** Parses count columns such as a reassignment count. */
final class CountParser {

    private CountParser() {
    }

    /**
     * Parses the row's value at the index as a count of 0 or more.
     *
     * @throws RowProblemException when the value is missing, not an integer, or negative
     */
    static int parse(CsvRow row, int index) {
        String value = row.required(index);
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below, with the column and value.
        }
        throw new RowProblemException("Column (" + row.columnName(index) + ") value (" + value
                + ") is not a whole number of 0 or more.");
    }
}
