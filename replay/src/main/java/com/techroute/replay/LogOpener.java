package com.techroute.replay;

import com.techroute.replay.learn.SkillNaming;
import com.techroute.replay.log.ColumnMapping;
import com.techroute.replay.log.ImportResult;
import com.techroute.replay.log.LogFormat;
import com.techroute.replay.log.LogImporters;
import com.techroute.replay.log.MappedCsvImporter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Reads a log for a replay in the format the user chose or the one detected, and works out the zone and
 * the skill names that go with that format.
 */
final class LogOpener {

    /** The formats the command accepts. */
    static final String FORMATS = "helpdesk, uci, mapped, auto";

    private LogOpener() {
    }

    /**
     * A log that was read.
     *
     * @param source the log as the report names it
     * @param imported its tickets and unreadable rows
     * @param zone zone its local times were read in
     */
    record OpenedLog(LogSource source, ImportResult imported, ZoneId zone) {
    }

    /**
     * Reads a log.
     *
     * @param format one of {@link #FORMATS}
     * @param mapping column mapping file; required for {@code mapped}, and selects it under {@code auto}
     * @param zone zone of the log's local times, or null for the format's own
     * @throws IllegalArgumentException when the format is unknown or a mapping is missing
     * @throws com.techroute.replay.log.LogReadException when the log or mapping cannot be read
     */
    static OpenedLog open(Path log, String format, Path mapping, ZoneId zone) {
        String choice = format.strip().toLowerCase(Locale.ROOT);
        if (choice.equals("mapped") || choice.equals("auto") && mapping != null) {
            return openMapped(log, mapping, zone);
        }
        LogFormat known = switch (choice) {
            case "helpdesk" -> LogFormat.HELPDESK;
            case "uci" -> LogFormat.UCI_INCIDENTS;
            case "auto" -> LogImporters.detect(log);
            default -> throw new IllegalArgumentException(String.format(
                    "Invalid --format (%s). Use one of %s.", format, FORMATS));
        };
        ZoneId logZone = zone == null ? known.defaultZone() : zone;
        String prefix = known == LogFormat.HELPDESK ? "product" : "category";
        ImportResult imported = LogImporters.open(log, known, logZone);
        return new OpenedLog(new LogSource(log, known.displayName(), new SkillNaming(prefix)), imported, logZone);
    }

    private static OpenedLog openMapped(Path log, Path mappingFile, ZoneId zone) {
        if (mappingFile == null) {
            throw new IllegalArgumentException("Format (mapped) needs a column mapping. Pass --mapping FILE;"
                    + " docs/replay-formats.md describes the file.");
        }
        ColumnMapping mapping = ColumnMapping.load(mappingFile);
        if (zone != null && !zone.equals(mapping.zone())) {
            throw new IllegalArgumentException(String.format("Option --zone (%s) differs from the mapping's"
                    + " timeZone (%s). Change the mapping's timeZone, or leave --zone out.", zone, mapping.zone()));
        }
        String board = mapping.columns().categoryBoard();
        String prefix = board == null || board.isBlank() ? "category" : board.strip().toLowerCase(Locale.ROOT);
        ImportResult imported = new MappedCsvImporter(mapping).importLog(log);
        String name = "CSV log read through the column mapping " + mappingFile.getFileName();
        return new OpenedLog(new LogSource(log, name, new SkillNaming(prefix)), imported, mapping.zone());
    }
}
