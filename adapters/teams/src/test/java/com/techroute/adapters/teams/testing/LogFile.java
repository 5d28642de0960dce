package com.techroute.adapters.teams.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the test log file that slf4j-simple writes (see simplelogger.properties in the test resources). */
public final class LogFile {

    private LogFile() {
    }

    /** Returns every line logged so far by this test run. */
    public static List<String> lines(Path file) {
        System.err.flush();
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
