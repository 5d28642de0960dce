package com.techroute.replay.log;

import java.nio.file.Path;

/** Reads one kind of historical ticket log into {@link HistoricalTicket}s. */
public interface LogImporter {

    /**
     * Reads every row of the file. Rows that cannot be read are listed in the result, and the other
     * rows of their tickets are still used.
     *
     * @param file the log file; a zip archive is read through its one CSV entry
     * @return tickets in opening order, the unreadable rows, and the row count
     * @throws LogReadException when the file as a whole cannot be read: missing, empty, a corrupt
     *                          zip archive, not UTF-8, or without the expected columns
     */
    ImportResult importLog(Path file);
}
