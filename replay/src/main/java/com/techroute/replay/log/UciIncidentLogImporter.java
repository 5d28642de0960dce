package com.techroute.replay.log;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the ServiceNow incident event log of UCI data set 498 ({@code incident_event_log.csv}),
 * straight from its zip archive or as the unzipped CSV. Each row is an update of one incident.
 * Rows are folded per incident as they stream, so memory grows with the number of incidents, not
 * rows. Values {@code ?} are missing. Fields:
 * <ul>
 *   <li>ticket id: {@code number}; opened-at: {@code opened_at};</li>
 *   <li>customer: {@code location} by default, or {@code caller_id} (see {@link CustomerColumn});</li>
 *   <li>category: board {@code category}, type {@code subcategory}, subtype {@code u_symptom};</li>
 *   <li>priority: the leading digit of {@code priority}, so {@code 1 - Critical} is level 1;</li>
 *   <li>first assignee: the first {@code assigned_to} value; assigned-at: {@code sys_updated_at}
 *       of the row where it first appears; group: {@code assignment_group} of that row, or the
 *       first group any row shows;</li>
 *   <li>resolved-at: {@code resolved_at} of the last row that has one;</li>
 *   <li>reassignments: the largest {@code reassignment_count}.</li>
 * </ul>
 * Customer, category and priority come from the incident's first readable row, so the priority is
 * the one set at opening. "First" means file order; the publisher wrote the rows of all but 4 of
 * the 24,918 incidents in order of {@code sys_mod_count}.
 */
public final class UciIncidentLogImporter implements LogImporter {

    /** Default time zone of the log's times, which carry no offset. The publisher does not state a zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

    /**
     * Column used as the customer. The log is one company's internal IT and has no company column.
     * A location is the closer match to an MSP's client site (225 values, many incidents each),
     * while a caller is one person (5,245 values, few incidents each).
     */
    public enum CustomerColumn {
        /** {@code location}: the site that raised the incident. */
        LOCATION("location"),
        /** {@code caller_id}: the person affected. */
        CALLER("caller_id");

        private final String column;

        CustomerColumn(String column) {
            this.column = column;
        }

        /** Returns the header name of the column. */
        public String column() {
            return column;
        }
    }

    static final String NUMBER = "number";
    static final String OPENED_AT = "opened_at";
    static final String UPDATED_AT = "sys_updated_at";
    static final String CATEGORY = "category";
    static final String SUBCATEGORY = "subcategory";
    static final String SYMPTOM = "u_symptom";
    static final String PRIORITY = "priority";
    static final String GROUP = "assignment_group";
    static final String ASSIGNED_TO = "assigned_to";
    static final String RESOLVED_AT = "resolved_at";
    static final String REASSIGNMENT_COUNT = "reassignment_count";
    static final List<String> REQUIRED_COLUMNS = List.of(NUMBER, OPENED_AT, UPDATED_AT, CATEGORY, SUBCATEGORY,
            SYMPTOM, PRIORITY, GROUP, ASSIGNED_TO, RESOLVED_AT, REASSIGNMENT_COUNT,
            CustomerColumn.LOCATION.column(), CustomerColumn.CALLER.column());

    static final String TIMESTAMP_PATTERN = "d/M/uuuu HH:mm";
    static final String MISSING = "?";

    private static final String EXPECTED = "the UCI incident event log (incident_event_log.csv, or its zip)";

    private final ZoneId zone;
    private final CustomerColumn customerColumn;

    /** Creates an importer that reads times in {@link #DEFAULT_ZONE} and customers from locations. */
    public UciIncidentLogImporter() {
        this(DEFAULT_ZONE, CustomerColumn.LOCATION);
    }

    /**
     * Creates an importer.
     *
     * @param zone           time zone of the log's local times
     * @param customerColumn column used as the customer
     */
    public UciIncidentLogImporter(ZoneId zone, CustomerColumn customerColumn) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.customerColumn = Objects.requireNonNull(customerColumn, "customerColumn");
    }

    @Override
    public ImportResult importLog(Path file) {
        CsvLogReader reader = new CsvLogReader(EXPECTED, ',', Set.of(MISSING));
        return reader.read(file, header -> converter(file, header), new TicketCollector(false));
    }

    private RowConverter converter(Path file, HeaderIndex header) {
        header.requireAll(file, REQUIRED_COLUMNS, EXPECTED,
                "Check that the file is the UCI incident log, or read it with a column mapping (MappedCsvImporter).");
        return new UpdateRowConverter(header, customerColumn.column(),
                new LocalTimestampParser(TIMESTAMP_PATTERN, zone));
    }

    /**
     * Reads the level from a value such as {@code 1 - Critical}.
     *
     * @throws RowProblemException when the value does not start with a digit from 1 to 4 and " - "
     */
    static TicketPriority priority(String raw) {
        if (raw.length() > 4 && raw.startsWith(" - ", 1) && raw.charAt(0) >= '1' && raw.charAt(0) <= '4') {
            return new TicketPriority(raw.charAt(0) - '0', raw);
        }
        throw new RowProblemException("Column (" + PRIORITY + ") value (" + raw
                + ") is not a level from 1 to 4 followed by \" - \" and a name, as in (1 - Critical).");
    }
}
