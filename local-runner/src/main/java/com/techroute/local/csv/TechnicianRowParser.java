package com.techroute.local.csv;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Skills;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.TimeOff;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Turns one row of a technician sheet into a technician, collecting every problem of the row. */
public final class TechnicianRowParser {

    /**
     * The outcome of one row.
     *
     * @param technician the technician, or null when the row has problems
     * @param id the row's id as written, for messages, or empty when the cell is empty
     * @param problems what is wrong, each naming the column, the value and the fix
     */
    public record Parsed(Technician technician, String id, List<String> problems) {

        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    private static final double MAX_CAPACITY_HOURS = 1000;

    private final TechnicianColumns columns;

    public TechnicianRowParser(TechnicianColumns columns) {
        this.columns = columns;
    }

    /** Parses the trimmed cells of one row. */
    public Parsed parse(List<String> cells) {
        String idText = columns.cell(cells, TechnicianColumns.ID);
        List<String> problems = new ArrayList<>();
        if (cells.size() < columns.width()) {
            problems.add(String.format("The row has %d fields but the header has %d."
                    + " Check for a missing delimiter.", cells.size(), columns.width()));
            return new Parsed(null, idText, problems);
        }
        checkStrayValues(cells, problems);
        TechnicianId id = field(problems, () -> requireId(idText));
        ZoneId zone = field(problems, () -> zone(columns.cell(cells, TechnicianColumns.TIMEZONE)));
        Duration capacity = field(problems, () -> capacity(columns.cell(cells, TechnicianColumns.CAPACITY_HOURS)));
        Set<String> languages = field(problems, () -> languages(columns.cell(cells, TechnicianColumns.LANGUAGES)));
        TechnicianStatus status = field(problems, () -> status(columns.cell(cells, TechnicianColumns.STATUS)));
        List<WeeklyWindow> shifts = field(problems, () -> ShiftParser.parse(columns.cell(cells, TechnicianColumns.SHIFTS)));
        ZoneId dateZone = zone == null ? ZoneId.of("UTC") : zone;
        List<TimeOff> timeOff = field(problems,
                () -> TimeOffParser.parse(columns.cell(cells, TechnicianColumns.TIME_OFF), dateZone));
        Map<String, Integer> skills = skills(cells, problems);
        if (shifts != null && shifts.isEmpty() && status == TechnicianStatus.ACTIVE) {
            problems.add(String.format("Column (shifts) is empty for an active technician. %s, or set status to"
                    + " inactive.", ShiftParser.FORM));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, idText, problems);
        }
        String name = columns.cell(cells, TechnicianColumns.NAME);
        Technician technician = field(problems, () -> validated(
                new Technician(id, name, skills, languages, zone, shifts, timeOff, capacity, status)));
        return new Parsed(technician, idText, problems);
    }

    /** Builds the technician's calendar once, which rejects overlapping shifts. */
    private static Technician validated(Technician technician) {
        technician.availability();
        return technician;
    }

    private void checkStrayValues(List<String> cells, List<String> problems) {
        for (int index : columns.unnamed()) {
            if (!cells.get(index).isEmpty()) {
                problems.add(String.format("Field %d has a value (%s) but its column has no header."
                        + " Add a header or clear the cell.", index + 1, cells.get(index)));
            }
        }
        for (int index = columns.width(); index < cells.size(); index++) {
            if (!cells.get(index).isEmpty()) {
                problems.add(String.format("Field %d has a value (%s) past the last header column."
                        + " Add a header or clear the cell.", index + 1, cells.get(index)));
            }
        }
    }

    private static <T> T field(List<String> problems, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static TechnicianId requireId(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Column (id) is empty. Give every technician an id, such as t01.");
        }
        return TechnicianId.of(text);
    }

    private static ZoneId zone(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(
                    "Column (timezone) is empty. Set an IANA time zone, such as Europe/London.");
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format(
                    "Invalid timezone (%s). Use an IANA time zone, such as Europe/London or America/New_York.", text), e);
        }
    }

    private static Duration capacity(String text) {
        String decimal = text.replace(',', '.');
        double hours;
        try {
            hours = new BigDecimal(decimal).doubleValue();
        } catch (NumberFormatException e) {
            hours = Double.NaN;
        }
        if (!(hours > 0) || hours > MAX_CAPACITY_HOURS) {
            throw new IllegalArgumentException(String.format(
                    "Invalid capacity_hours (%s). Write the hours of open work the technician may hold,"
                            + " a number above 0 and at most %.0f, such as 16 or 7.5.", text, MAX_CAPACITY_HOURS));
        }
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    private static Set<String> languages(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : text.split("[\\s;,/|]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!code.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException(String.format(
                        "Invalid language (%s) in column (languages). Use two-letter ISO 639-1 codes separated"
                                + " by ;, such as en;de.", code));
            }
            codes.add(code.toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    private static TechnicianStatus status(String text) {
        if (text.isEmpty()) {
            return TechnicianStatus.ACTIVE;
        }
        try {
            return TechnicianStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(
                    "Invalid status (%s). Use active or inactive, or leave the cell empty for active.", text), e);
        }
    }

    private Map<String, Integer> skills(List<String> cells, List<String> problems) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        columns.skills().forEach((skill, index) -> {
            String text = cells.get(index);
            if (text.isEmpty()) {
                return;
            }
            Integer level = text.matches("\\d{1,2}") ? Integer.valueOf(text) : null;
            if (level == null || level < Skills.MIN_LEVEL || level > Skills.MAX_LEVEL) {
                problems.add(String.format("Invalid level (%s) for skill (%s). Use a whole number from %d to %d,"
                        + " or leave the cell empty when the technician lacks the skill.", text, skill,
                        Skills.MIN_LEVEL, Skills.MAX_LEVEL));
            } else {
                skills.put(skill, level);
            }
        });
        return skills;
    }
}
