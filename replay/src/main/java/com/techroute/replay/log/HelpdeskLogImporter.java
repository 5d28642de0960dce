package com.techroute.replay.log;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the Helpdesk event log of an Italian software company ({@code finale.csv}): one row per
 * event, grouped into tickets by {@code Case ID}. Fields:
 * <ul>
 *   <li>opened-at: the earliest {@code Complete Timestamp} of the case;</li>
 *   <li>customer: {@code customer};</li>
 *   <li>category: board {@code product}, type {@code service_type}, subtype
 *       {@code support_section};</li>
 *   <li>priority: {@code seriousness_2}, where {@code Value N} is level N;</li>
 *   <li>first assignee and assigned-at: {@code Resource} and timestamp of the first
 *       {@code Take in charge ticket} event;</li>
 *   <li>group: {@code workgroup} of that event, or of the first row when nobody took the case;</li>
 *   <li>resolved-at: timestamp of the last {@code Resolve ticket} event;</li>
 *   <li>reassignments: later {@code Take in charge ticket} events whose {@code Resource} differs
 *       from the previous taker's.</li>
 * </ul>
 * Customer, category and priority come from the case's first readable row. The header names
 * {@code Variant} twice; columns are found by the position of a name's first occurrence, so the
 * duplicate is harmless.
 */
public final class HelpdeskLogImporter implements LogImporter {

    /** Time zone of the company whose help desk wrote the log; the log's times carry no offset. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Rome");

    static final String CASE_ID = "Case ID";
    static final String ACTIVITY = "Activity";
    static final String RESOURCE = "Resource";
    static final String TIMESTAMP = "Complete Timestamp";
    static final String CUSTOMER = "customer";
    static final String PRODUCT = "product";
    static final String PRIORITY = "seriousness_2";
    static final String SERVICE_TYPE = "service_type";
    static final String SUPPORT_SECTION = "support_section";
    static final String WORKGROUP = "workgroup";
    static final List<String> REQUIRED_COLUMNS = List.of(CASE_ID, ACTIVITY, RESOURCE, TIMESTAMP, CUSTOMER,
            PRODUCT, PRIORITY, SERVICE_TYPE, SUPPORT_SECTION, WORKGROUP);

    static final String TAKE_IN_CHARGE = "Take in charge ticket";
    static final String RESOLVE = "Resolve ticket";
    static final String TIMESTAMP_PATTERN = "uuuu/MM/dd HH:mm:ss.SSS";

    private static final String EXPECTED = "the Helpdesk event log (finale.csv)";
    private static final String PRIORITY_PREFIX = "Value ";

    private final ZoneId zone;

    /** Creates an importer that reads times in {@link #DEFAULT_ZONE}. */
    public HelpdeskLogImporter() {
        this(DEFAULT_ZONE);
    }

    /**
     * Creates an importer.
     *
     * @param zone time zone of the log's local times
     */
    public HelpdeskLogImporter(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public ImportResult importLog(Path file) {
        CsvLogReader reader = new CsvLogReader(EXPECTED, ',', Set.of());
        return reader.read(file, header -> converter(file, header), new TicketCollector(false));
    }

    private RowConverter converter(Path file, HeaderIndex header) {
        header.requireAll(file, REQUIRED_COLUMNS, EXPECTED,
                "Check that the file is the Helpdesk log, or read it with a column mapping (--format mapped --mapping FILE).");
        return new EventConverter(header, new LocalTimestampParser(TIMESTAMP_PATTERN, zone));
    }

    /**
     * Maps {@code Value N} to level N.
     *
     * @throws RowProblemException for any other value
     */
    static TicketPriority priority(String raw) {
        // NOTE: the publisher anonymised the values, so whether "Value 1" is the most or the least
        // serious is unknown. The raw value is kept so that a replay can remap it.
        if (raw.startsWith(PRIORITY_PREFIX)) {
            String digits = raw.substring(PRIORITY_PREFIX.length());
            if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '4') {
                return new TicketPriority(digits.charAt(0) - '0', raw);
            }
        }
        throw new RowProblemException("Column (" + PRIORITY + ") value (" + raw
                + ") is not one of Value 1 to Value 4.");
    }

    /** Converts one event row by column position. */
    private static final class EventConverter implements RowConverter {

        private final int caseId;
        private final int activity;
        private final int resource;
        private final int timestamp;
        private final int customer;
        private final int product;
        private final int priority;
        private final int serviceType;
        private final int supportSection;
        private final int workgroup;
        private final LocalTimestampParser timestamps;

        EventConverter(HeaderIndex header, LocalTimestampParser timestamps) {
            this.caseId = header.indexOf(CASE_ID);
            this.activity = header.indexOf(ACTIVITY);
            this.resource = header.indexOf(RESOURCE);
            this.timestamp = header.indexOf(TIMESTAMP);
            this.customer = header.indexOf(CUSTOMER);
            this.product = header.indexOf(PRODUCT);
            this.priority = header.indexOf(PRIORITY);
            this.serviceType = header.indexOf(SERVICE_TYPE);
            this.supportSection = header.indexOf(SUPPORT_SECTION);
            this.workgroup = header.indexOf(WORKGROUP);
            this.timestamps = timestamps;
        }

        @Override
        public LogRow convert(CsvRow row) {
            String ticketId = row.required(caseId);
            Instant at = timestamps.parseRequired(row, timestamp);
            String event = row.required(activity);
            TicketPriority level = priority(row.required(priority));
            TicketCategory category = new TicketCategory(row.optional(product), row.optional(serviceType),
                    row.optional(supportSection));

            boolean takesCharge = TAKE_IN_CHARGE.equals(event);
            String assignee = takesCharge ? row.optional(resource) : null;
            Instant assignedAt = assignee != null ? at : null;
            Instant resolvedAt = RESOLVE.equals(event) ? at : null;
            return new LogRow(ticketId, row.lineNumber(), at, row.optional(customer), category, level,
                    assignee, row.optional(workgroup), assignedAt, resolvedAt, null);
        }
    }
}
