package com.techroute.replay.log;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The ticket logs that have an importer of their own. Any other CSV log is read with a
 * {@link ColumnMapping} and {@link MappedCsvImporter}.
 */
public enum LogFormat {

    /** The Helpdesk event log of an Italian software company ({@code finale.csv}). */
    HELPDESK("Helpdesk event log (finale.csv)", HelpdeskLogImporter.DEFAULT_ZONE,
            HelpdeskLogImporter.REQUIRED_COLUMNS, HelpdeskLogImporter::new),

    /** The UCI incident event log ({@code incident_event_log.csv}, plain or zipped). */
    UCI_INCIDENTS("UCI incident event log (incident_event_log.csv or its zip)", UciIncidentLogImporter.DEFAULT_ZONE,
            UciIncidentLogImporter.REQUIRED_COLUMNS,
            zone -> new UciIncidentLogImporter(zone, UciIncidentLogImporter.CustomerColumn.LOCATION));

    private final String displayName;
    private final ZoneId defaultZone;
    private final List<String> requiredColumns;
    private final Function<ZoneId, LogImporter> factory;

    LogFormat(String displayName, ZoneId defaultZone, List<String> requiredColumns,
            Function<ZoneId, LogImporter> factory) {
        this.displayName = displayName;
        this.defaultZone = defaultZone;
        this.requiredColumns = requiredColumns;
        this.factory = factory;
    }

    /** Returns a name for messages and reports. */
    public String displayName() {
        return displayName;
    }

    /** Returns the time zone the log's local times are read in unless the caller passes another. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** Returns the header names the importer reads. A header with all of them is of this format. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /**
     * Creates the importer of this format.
     *
     * @param zone time zone of the log's local times
     */
    public LogImporter importer(ZoneId zone) {
        return factory.apply(zone);
    }

    /** Creates the importer of this format, reading times in {@link #defaultZone()}. */
    public LogImporter importer() {
        return importer(defaultZone);
    }
}
