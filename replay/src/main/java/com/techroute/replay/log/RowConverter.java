package com.techroute.replay.log;

/** Converts one CSV row of a known log layout into a {@link LogRow}. */
@FunctionalInterface
interface RowConverter {

    /**
     * Converts the row.
     *
     * @throws RowProblemException when a value the row needs is missing or invalid
     */
    LogRow convert(CsvRow row);
}
