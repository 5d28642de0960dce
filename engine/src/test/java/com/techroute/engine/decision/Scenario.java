package com.techroute.engine.decision;

import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.ClientTier;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.domain.TimeOff;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.OpenWork;
import com.techroute.engine.workload.TechnicianLoad;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small decision scenarios on a calendar open around the clock, so SLA arithmetic stays visible: gold
 * (weight 2) responds to P2 within 2 hours, bronze (weight 1) within 4.
 */
final class Scenario {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final TenantId TENANT = TenantId.of("msp-a");
    static final Client ACME = new Client(ClientId.of("acme"), "Acme", "gold");
    static final Client BOLT = new Client(ClientId.of("bolt"), "Bolt", "bronze");

    private Scenario() {
    }

    static TenantProfile profile() {
        return new TenantProfile(TENANT, "MSP A", List.of(new ClientTier("gold", 2.0), new ClientTier("bronze", 1.0)),
                List.of(WorkingCalendar.alwaysOpen("24x7", ZoneOffset.UTC)),
                List.of(policy("gold", 1), policy("bronze", 2)), List.of(), null);
    }

    private static SlaPolicy policy(String tier, int factor) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.P1_CRITICAL, new SlaTarget(Duration.ofHours(factor), Duration.ofHours(4L * factor)));
        targets.put(Priority.P2_HIGH, new SlaTarget(Duration.ofHours(2L * factor), Duration.ofHours(8L * factor)));
        targets.put(Priority.P3_MEDIUM, new SlaTarget(Duration.ofHours(4L * factor), Duration.ofHours(24L * factor)));
        targets.put(Priority.P4_LOW, new SlaTarget(Duration.ofHours(8L * factor), Duration.ofHours(48L * factor)));
        return new SlaPolicy(tier, "24x7", targets);
    }

    static List<WeeklyWindow> aroundTheClock() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new WeeklyWindow(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return windows;
    }

    static Technician technician(String id, Map<String, Integer> skills, double capacityHours) {
        return new Technician(TechnicianId.of(id), id, skills, Set.of("en"), ZoneOffset.UTC, aroundTheClock(), List.of(),
                hours(capacityHours), TechnicianStatus.ACTIVE);
    }

    static Technician withShifts(Technician technician, List<WeeklyWindow> shifts) {
        return new Technician(technician.id(), technician.name(), technician.skills(), technician.languages(),
                technician.zone(), shifts, technician.timeOff(), technician.capacity(), technician.status());
    }

    static Technician withTimeOff(Technician technician, TimeOff off) {
        return new Technician(technician.id(), technician.name(), technician.skills(), technician.languages(),
                technician.zone(), technician.shifts(), List.of(off), technician.capacity(), technician.status());
    }

    static Technician withLanguages(Technician technician, Set<String> languages) {
        return new Technician(technician.id(), technician.name(), technician.skills(), languages,
                technician.zone(), technician.shifts(), technician.timeOff(), technician.capacity(), technician.status());
    }

    static Technician inactive(Technician technician) {
        return new Technician(technician.id(), technician.name(), technician.skills(), technician.languages(),
                technician.zone(), technician.shifts(), technician.timeOff(), technician.capacity(),
                TechnicianStatus.INACTIVE);
    }

    static Ticket ticket(String id, Client client, Priority priority, double effortHours, SkillRequirement... skills) {
        return new Ticket(TicketId.of(id), client.id(), "summary of " + id, new Category("Service", "Email", null),
                priority, List.of(skills), hours(effortHours), NOW, null);
    }

    static Ticket inLanguage(Ticket ticket, String language) {
        return new Ticket(ticket.id(), ticket.client(), ticket.summary(), ticket.category(), ticket.priority(),
                ticket.requiredSkills(), ticket.effort(), ticket.createdAt(), language);
    }

    /** Load with one open ticket of the given effort, recent work for clients, and recent assignments. */
    static TechnicianLoad load(Technician technician, double openHours, Map<ClientId, Integer> recentByClient,
            int recentAssignments) {
        List<OpenWork> queue = openHours == 0 ? List.of()
                : List.of(new OpenWork(TicketId.of("open-" + technician.id()), ACME.id(), hours(openHours),
                        NOW.minus(Duration.ofHours(1)), false));
        return new TechnicianLoad(technician.id(), queue, recentByClient, recentAssignments);
    }

    static Duration hours(double hours) {
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
