package com.techroute.engine.domain;

import com.techroute.engine.calendar.TimeInterval;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A technician of one tenant.
 *
 * @param id identifier within the tenant
 * @param name display name
 * @param skills skill name to level 1-5; names are normalized on construction
 * @param languages ISO 639-1 language codes the technician works in, lower case
 * @param zone zone the shifts are local to
 * @param shifts weekly shifts; a shift may cross midnight
 * @param timeOff periods away
 * @param capacity most open work (estimated effort of assigned, unfinished tickets) the technician may hold
 * @param status whether the technician takes new work
 */
public record Technician(TechnicianId id, String name, Map<String, Integer> skills, Set<String> languages,
        ZoneId zone, List<WeeklyWindow> shifts, List<TimeOff> timeOff, Duration capacity, TechnicianStatus status) {

    public Technician {
        Objects.requireNonNull(id, "technician id must not be null");
        name = name == null || name.isBlank() ? id.value() : name.strip();
        Map<String, Integer> normalized = new TreeMap<>();
        skills.forEach((skill, level) -> {
            String key = Skills.normalize(skill);
            normalized.put(key, Skills.requireLevel(key, level));
        });
        skills = Map.copyOf(normalized);
        Set<String> codes = new TreeSet<>();
        languages.forEach(language -> codes.add(language.strip().toLowerCase(Locale.ROOT)));
        languages = Set.copyOf(codes);
        Objects.requireNonNull(zone, () -> "Technician (" + id + ") has no time zone. Set one, such as Europe/London.");
        shifts = List.copyOf(shifts);
        timeOff = List.copyOf(timeOff);
        // Building the calendar rejects overlapping shifts here rather than at the first decision.
        new WorkingCalendar(id.value(), zone, shifts, Set.of(), List.of());
        Objects.requireNonNull(capacity, "technician capacity must not be null");
        if (capacity.isNegative() || capacity.isZero()) {
            throw new IllegalArgumentException(String.format(
                    "Technician (%s) has capacity (%s). Set a positive number of hours of open work.", id, capacity));
        }
        status = status == null ? TechnicianStatus.ACTIVE : status;
    }

    /** Returns the level of a skill, or 0 when the technician lacks it. */
    public int skillLevel(String skill) {
        Integer level = skills.get(skill);
        return level == null ? 0 : level;
    }

    /** Returns whether the technician speaks a language, given as an ISO 639-1 code. */
    public boolean speaks(String language) {
        return languages.contains(language.toLowerCase(Locale.ROOT));
    }

    /** Returns the working time of this technician: shifts minus time off. */
    public WorkingCalendar availability() {
        List<TimeInterval> away = timeOff.stream().map(off -> new TimeInterval(off.start(), off.end())).toList();
        return new WorkingCalendar(id.value(), zone, shifts, Set.of(), away);
    }
}
