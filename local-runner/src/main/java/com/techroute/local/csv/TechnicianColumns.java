package com.techroute.local.csv;

import com.techroute.engine.domain.Skills;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a technician sheet: the fixed columns, found by name without regard to case, spaces or
 * hyphens, then one column per skill. A column whose header starts with {@code #} is a note and ignored;
 * a column with an empty header must have empty cells.
 */
public final class TechnicianColumns {

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String TIMEZONE = "timezone";
    public static final String CAPACITY_HOURS = "capacity_hours";
    public static final String LANGUAGES = "languages";
    public static final String SHIFTS = "shifts";
    public static final String TIME_OFF = "time_off";
    public static final String STATUS = "status";

    /** The fixed columns, in the order the documentation lists them. */
    public static final List<String> FIXED = List.of(ID, NAME, TIMEZONE, CAPACITY_HOURS, LANGUAGES, SHIFTS, TIME_OFF,
            STATUS);
    /** Fixed columns a sheet must have. */
    public static final List<String> REQUIRED = List.of(ID, TIMEZONE, CAPACITY_HOURS, SHIFTS);

    private final Map<String, Integer> fixed;
    private final Map<String, Integer> skills;
    private final List<Integer> unnamed;
    private final int width;

    private TechnicianColumns(Map<String, Integer> fixed, Map<String, Integer> skills, List<Integer> unnamed,
            int width) {
        this.fixed = fixed;
        this.skills = skills;
        this.unnamed = unnamed;
        this.width = width;
    }

    /**
     * Reads the header.
     *
     * @throws UnreadableCsvException when a required column is missing or two columns have the same name
     */
    public static TechnicianColumns of(String source, List<String> header) {
        Map<String, Integer> fixed = new HashMap<>();
        Map<String, Integer> skills = new LinkedHashMap<>();
        List<Integer> unnamed = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String title = header.get(i).strip();
            if (title.isEmpty()) {
                unnamed.add(i);
                continue;
            }
            if (title.startsWith("#")) {
                continue;
            }
            String key = fixedKey(title);
            boolean isFixed = FIXED.contains(key);
            String name = isFixed ? key : Skills.normalize(title);
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                throw new UnreadableCsvException(String.format(
                        "File (%s) has two columns named (%s): columns %d and %d. Rename or merge one of them.",
                        source, name, earlier + 1, i + 1));
            }
            (isFixed ? fixed : skills).put(name, i);
        }
        requireColumns(source, fixed);
        return new TechnicianColumns(fixed, skills, unnamed, header.size());
    }

    private static String fixedKey(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static void requireColumns(String source, Map<String, Integer> fixed) {
        List<String> missing = REQUIRED.stream().filter(column -> !fixed.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new UnreadableCsvException(String.format(
                    "File (%s) has no column %s in its header line. A technician sheet needs the columns %s,"
                            + " then one column per skill.", source, missing, FIXED));
        }
    }

    /** Returns the trimmed cell of a fixed column, empty when the sheet lacks the column. */
    public String cell(List<String> cells, String column) {
        Integer index = fixed.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    /** Returns skill name to the column's index, in sheet order. */
    public Map<String, Integer> skills() {
        return skills;
    }

    /** Returns the indices of columns with an empty header. */
    public List<Integer> unnamed() {
        return unnamed;
    }

    /** Returns the number of columns in the header. */
    public int width() {
        return width;
    }
}
