package com.techroute.replay.log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column positions of a CSV header. A name that occurs more than once (the Helpdesk log has
 * {@code Variant} twice) resolves to its first position.
 */
final class HeaderIndex {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final List<String> names;
    private final Map<String, Integer> firstPosition = new HashMap<>();

    HeaderIndex(List<String> rawNames) {
        List<String> stripped = new ArrayList<>(rawNames.size());
        for (String raw : rawNames) {
            String name = stripped.isEmpty() && raw.startsWith(BYTE_ORDER_MARK) ? raw.substring(1) : raw;
            stripped.add(name.strip());
        }
        this.names = List.copyOf(stripped);
        for (int i = 0; i < names.size(); i++) {
            firstPosition.putIfAbsent(names.get(i), i);
        }
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** Returns the first position of the column, or {@link CsvRow#ABSENT} when the header lacks it. */
    int indexOf(String name) {
        return name == null ? CsvRow.ABSENT : firstPosition.getOrDefault(name, CsvRow.ABSENT);
    }

    /** Returns the names among {@code required} that the header lacks, in the order given. */
    List<String> missing(Collection<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (!firstPosition.containsKey(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * Checks that the header has every required column.
     *
     * @param layout what the file should be, for example "the Helpdesk event log"
     * @param fix    what the user can do about a wrong file
     * @throws LogReadException listing every missing column and the header found
     */
    void requireAll(Path file, Collection<String> required, String layout, String fix) {
        List<String> missing = missing(required);
        if (!missing.isEmpty()) {
            throw new LogReadException(file, "Log file (" + file + ") lacks columns " + missing + " of " + layout
                    + ". Expected a header with the columns " + required + ", found " + names + ". " + fix, null);
        }
    }
}
