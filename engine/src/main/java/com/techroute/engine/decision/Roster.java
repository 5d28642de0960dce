package com.techroute.engine.decision;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tenant's technicians with their loads, ready for scoring at one instant. Entries are sorted by
 * technician id so that ties resolve the same way on every run.
 *
 * @param entries one entry per technician
 * @param asOf the instant the entries' cached times hold for
 */
public record Roster(List<RosterEntry> entries, Instant asOf) {

    /** How far ahead the roster looks for each technician's next working instant. */
    public static final Duration LOOKAHEAD = Duration.ofDays(60);

    public Roster {
        entries = List.copyOf(entries);
    }

    /** Builds a roster from technicians and a workload snapshot, for decisions at {@code asOf}. */
    public static Roster of(List<Technician> technicians, WorkloadSnapshot workload, Instant asOf) {
        List<RosterEntry> entries = new ArrayList<>(technicians.size());
        for (Technician technician : technicians) {
            TechnicianLoad load = workload.of(technician.id());
            WorkingCalendar availability = technician.availability();
            Duration open = load.openEffort();
            Instant first = availability.nextWorkingInstant(asOf, asOf.plus(LOOKAHEAD)).orElse(null);
            Instant start = first == null ? null : startOrNull(availability, asOf, open);
            entries.add(new RosterEntry(technician, availability, load, open, asOf, first, start));
        }
        entries.sort(Comparator.comparing(entry -> entry.technician().id()));
        return new Roster(entries, asOf);
    }

    private static Instant startOrNull(WorkingCalendar availability, Instant asOf, Duration open) {
        try {
            return availability.startAfter(asOf, open);
        } catch (IllegalStateException noRoom) {
            return null;
        }
    }

    public int size() {
        return entries.size();
    }
}
