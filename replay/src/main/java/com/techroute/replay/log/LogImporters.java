package com.techroute.replay.log;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Entry point that reads a log file with the importer of its format, detected or given. */
public final class LogImporters {

    private static final String ANY_FORMAT = "a ticket log with the header of one of " + displayNames();

    private LogImporters() {
    }

    /**
     * Detects the format of a log from its header, looking inside a zip archive at its CSV entry.
     *
     * @throws LogReadException when the file cannot be read or its header matches no known format;
     *                          the message lists the expected headers
     */
    public static LogFormat detect(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> header = new CsvLogReader(ANY_FORMAT, ',', Set.of()).readHeader(file);
        for (LogFormat format : LogFormat.values()) {
            if (header.containsAll(format.requiredColumns())) {
                return format;
            }
        }
        String headerText = header.size() > 12 ? header.subList(0, 12) + "..." : header.toString();
        throw new LogReadException(file, "Log file (" + file + ") has header " + headerText
                + ", which matches no known log format. Expected " + expectedHeaders()
                + ". For another log, write a column mapping file and pass --format mapped --mapping FILE"
                + " (see docs/replay-formats.md).", null);
    }

    /**
     * Detects the format of a log and imports it, reading times in the format's default zone.
     *
     * @throws LogReadException when the file cannot be read or its format is unknown
     */
    public static ImportResult open(Path file) {
        return open(file, detect(file));
    }

    /**
     * Imports a log of a known format, reading times in the format's default zone.
     *
     * @throws LogReadException when the file cannot be read or lacks the format's columns
     */
    public static ImportResult open(Path file, LogFormat format) {
        return open(file, format, format.defaultZone());
    }

    /**
     * Imports a log of a known format.
     *
     * @param zone time zone of the log's local times
     * @throws LogReadException when the file cannot be read or lacks the format's columns
     */
    public static ImportResult open(Path file, LogFormat format, ZoneId zone) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        return format.importer(zone).importLog(file);
    }

    /**
     * Imports a log described by a JSON column mapping.
     *
     * @throws LogReadException when the mapping or the log cannot be read
     */
    public static ImportResult openMapped(Path file, Path mappingFile) {
        return MappedCsvImporter.fromMappingFile(mappingFile).importLog(file);
    }

    private static String displayNames() {
        List<String> names = new ArrayList<>();
        for (LogFormat format : LogFormat.values()) {
            names.add(format.displayName());
        }
        return String.join(", ", names);
    }

    private static String expectedHeaders() {
        List<String> parts = new ArrayList<>();
        for (LogFormat format : LogFormat.values()) {
            parts.add("the " + format.displayName() + " with columns " + format.requiredColumns());
        }
        return String.join(", or ", parts);
    }
}
