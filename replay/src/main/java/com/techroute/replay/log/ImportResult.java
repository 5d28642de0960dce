package com.techroute.replay.log;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Tickets read from one log file, and the rows that could not be read.
 *
 * @param source   the file that was read
 * @param tickets  tickets in order of opened-at, ties in order of their first line in the file
 * @param problems rows that could not be read, in file order; one entry per row
 * @param rowCount data rows in the file, readable or not, without the header
 */
public record ImportResult(Path source, List<HistoricalTicket> tickets, List<RowProblem> problems,
        long rowCount) {

    /**
     * Validates and copies the lists.
     *
     * @throws IllegalArgumentException when there are more problem rows than rows
     */
    public ImportResult {
        Objects.requireNonNull(source, "source");
        tickets = List.copyOf(tickets);
        problems = List.copyOf(problems);
        if (problems.size() > rowCount) {
            throw new IllegalArgumentException("Import of (" + source + ") lists " + problems.size()
                    + " problem rows but only " + rowCount + " rows. Count every data row.");
        }
    }

    /** Returns the number of tickets imported. */
    public int ticketCount() {
        return tickets.size();
    }

    /** Returns the number of rows that could not be read. */
    public int problemCount() {
        return problems.size();
    }

    /** Returns the number of rows that entered a ticket. */
    public long readableRowCount() {
        return rowCount - problems.size();
    }
}
