package com.techroute.rebalancer;

import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.FactorName;
import com.techroute.engine.decision.FactorWeights;
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
 * Small rebalance scenarios on calendars open around the clock in UTC, so expected starts are simply
 * {@link #NOW} plus the effort ahead. SLA respond targets: P1 1 hour, P2 2, P3 4, P4 8 for platinum and
 * gold; bronze doubles them. Tier weights: platinum 4, gold 2, bronze 1.
 */
public final class Fixtures {

    /** Monday 7 December 2026, 10:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    public static final TenantId TENANT = TenantId.of("msp-rebalance");
    public static final Client PLATINUM = new Client(ClientId.of("acme"), "Acme", "platinum");
    public static final Client GOLD = new Client(ClientId.of("bolt"), "Bolt", "gold");
    public static final Client BRONZE = new Client(ClientId.of("cord"), "Cord", "bronze");
    public static final String CALENDAR = "24x7";

    private Fixtures() {
    }

    /** Returns the tenant with the default weights. */
    public static TenantProfile profile() {
        return profile(FactorWeights.DEFAULT);
    }

    public static TenantProfile profile(FactorWeights weights) {
        return new TenantProfile(TENANT, "MSP Rebalance",
                List.of(new ClientTier("platinum", 4), new ClientTier("gold", 2), new ClientTier("bronze", 1)),
                List.of(WorkingCalendar.alwaysOpen(CALENDAR, ZoneOffset.UTC)),
                List.of(policy("platinum", 1), policy("gold", 1), policy("bronze", 2)), List.of(), weights);
    }

    /** Returns weights that are 0 for every factor except one. */
    public static FactorWeights only(FactorName factor, double weight) {
        Map<FactorName, Double> weights = new EnumMap<>(FactorName.class);
        for (FactorName name : FactorName.values()) {
            weights.put(name, name == factor ? weight : 0.0);
        }
        return new FactorWeights(weights);
    }

    private static SlaPolicy policy(String tier, int multiplier) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration respond = Duration.ofHours(1L << (priority.level() - 1)).multipliedBy(multiplier);
            targets.put(priority, new SlaTarget(respond, respond.multipliedBy(4)));
        }
        return new SlaPolicy(tier, CALENDAR, targets);
    }

    /** Returns shifts covering the whole week. */
    public static List<WeeklyWindow> aroundTheClock() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new WeeklyWindow(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        return windows;
    }

    /** Returns an active technician working around the clock in UTC, speaking English. */
    public static Technician technician(String id, Map<String, Integer> skills, double capacityHours) {
        return new Technician(TechnicianId.of(id), id, skills, Set.of("en"), ZoneOffset.UTC, aroundTheClock(),
                List.of(), hours(capacityHours), TechnicianStatus.ACTIVE);
    }

    public static Technician inactive(Technician technician) {
        return new Technician(technician.id(), technician.name(), technician.skills(), technician.languages(),
                technician.zone(), technician.shifts(), technician.timeOff(), technician.capacity(),
                TechnicianStatus.INACTIVE);
    }

    public static Technician withShifts(Technician technician, List<WeeklyWindow> shifts) {
        return new Technician(technician.id(), technician.name(), technician.skills(), technician.languages(),
                technician.zone(), shifts, technician.timeOff(), technician.capacity(), technician.status());
    }

    public static Technician withTimeOff(Technician technician, Instant start, Instant end) {
        return new Technician(technician.id(), technician.name(), technician.skills(), technician.languages(),
                technician.zone(), technician.shifts(), List.of(new TimeOff(start, end, "leave")),
                technician.capacity(), technician.status());
    }

    /** Returns a ticket created at {@link #NOW}. */
    public static Ticket ticket(String id, Client client, Priority priority, double effortHours,
            SkillRequirement... skills) {
        return new Ticket(TicketId.of(id), client.id(), "summary of " + id, new Category("Service", "Email", null),
                priority, List.of(skills), hours(effortHours), NOW, null);
    }

    public static Duration hours(double hours) {
        return Duration.ofSeconds(Math.round(hours * 3600));
    }
}
