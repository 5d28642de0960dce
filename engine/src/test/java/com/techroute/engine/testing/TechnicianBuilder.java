package com.techroute.engine.testing;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.TimeOff;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds technicians for tests. By default: id {@code tech-1}, skill {@code windows} at level 3,
 * English, Europe/London, shifts Monday to Friday 09:00-17:00, no time off, capacity 8 hours, active.
 */
public final class TechnicianBuilder {

    private String id = "tech-1";
    private String name;
    private final Map<String, Integer> skills = new LinkedHashMap<>(Map.of("windows", 3));
    private final Set<String> languages = new LinkedHashSet<>(Set.of("en"));
    private ZoneId zone = Tenants.LONDON;
    private final List<WeeklyWindow> shifts = new ArrayList<>(weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    private final List<TimeOff> timeOff = new ArrayList<>();
    private Duration capacity = Duration.ofHours(8);
    private TechnicianStatus status = TechnicianStatus.ACTIVE;

    private TechnicianBuilder() {
    }

    /** Starts a technician with the defaults. */
    public static TechnicianBuilder technician() {
        return new TechnicianBuilder();
    }

    /** Starts a technician with the defaults and the given id. */
    public static TechnicianBuilder technician(String id) {
        return new TechnicianBuilder().withId(id);
    }

    /** Returns one window per weekday, Monday to Friday, from {@code start} to {@code end}. */
    public static List<WeeklyWindow> weekdays(LocalTime start, LocalTime end) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                windows.add(new WeeklyWindow(day, start, end));
            }
        }
        return windows;
    }

    public TechnicianBuilder withId(String newId) {
        this.id = newId;
        return this;
    }

    public TechnicianBuilder withName(String newName) {
        this.name = newName;
        return this;
    }

    /** Adds a skill, or changes its level. */
    public TechnicianBuilder withSkill(String skill, int level) {
        skills.put(skill, level);
        return this;
    }

    /** Removes every skill, the default one included. */
    public TechnicianBuilder withoutSkills() {
        skills.clear();
        return this;
    }

    /** Replaces the languages with the given ISO 639-1 codes. */
    public TechnicianBuilder withLanguages(String... codes) {
        languages.clear();
        languages.addAll(List.of(codes));
        return this;
    }

    public TechnicianBuilder withZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    /** Replaces the shifts with windows written as {@code MON 09:00-17:00}. */
    public TechnicianBuilder withShifts(String... windows) {
        shifts.clear();
        for (String window : windows) {
            shifts.add(WeeklyWindow.parse(window));
        }
        return this;
    }

    /** Replaces the shifts. */
    public TechnicianBuilder withShifts(List<WeeklyWindow> windows) {
        shifts.clear();
        shifts.addAll(windows);
        return this;
    }

    /** Adds a period away, {@code [start, end)}. */
    public TechnicianBuilder withTimeOff(Instant start, Instant end) {
        timeOff.add(new TimeOff(start, end, "leave"));
        return this;
    }

    public TechnicianBuilder withCapacity(Duration newCapacity) {
        this.capacity = newCapacity;
        return this;
    }

    public TechnicianBuilder withStatus(TechnicianStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    /** Builds the technician; the record's own validation applies. */
    public Technician build() {
        return new Technician(TechnicianId.of(id), name, skills, languages, zone, shifts, timeOff, capacity, status);
    }
}
