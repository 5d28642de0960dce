package com.techroute.benchmarks;

import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.FactorWeights;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.ClientTier;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.tenant.TenantProfile;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The generated MSP's settings and clients: four tiers, each with its own SLA policy. */
final class GeneratedTenant {

    static final String ROUND_THE_CLOCK = "24x7";
    static final String BUSINESS_HOURS = "business hours";

    private static final ZoneId HEAD_OFFICE = ZoneId.of("America/New_York");
    private static final String[] TIERS = {"platinum", "gold", "silver", "bronze"};
    private static final double[] TIER_WEIGHTS = {4.0, 3.0, 2.0, 1.0};
    /** Share of clients in each tier, in the order of {@link #TIERS}. */
    private static final double[] TIER_SHARES = {0.10, 0.20, 0.40, 0.30};

    private GeneratedTenant() {
    }

    /** Builds the tenant profile: tiers, a 24x7 and a business-hours calendar, and one SLA policy per tier. */
    static TenantProfile profile() {
        List<ClientTier> tiers = new ArrayList<>();
        for (int i = 0; i < TIERS.length; i++) {
            tiers.add(new ClientTier(TIERS[i], TIER_WEIGHTS[i]));
        }
        List<SlaPolicy> policies = List.of(
                new SlaPolicy("platinum", ROUND_THE_CLOCK, targets(15, 4, 30, 8, 120, 24, 240, 72)),
                new SlaPolicy("gold", BUSINESS_HOURS, targets(30, 4, 60, 8, 240, 24, 480, 40)),
                new SlaPolicy("silver", BUSINESS_HOURS, targets(60, 8, 120, 16, 480, 40, 960, 80)),
                new SlaPolicy("bronze", BUSINESS_HOURS, targets(120, 8, 240, 24, 960, 80, 1440, 120)));
        return new TenantProfile(TenantId.of("bench-msp"), "Benchmark MSP", tiers,
                List.of(WorkingCalendar.alwaysOpen(ROUND_THE_CLOCK, HEAD_OFFICE), businessHours()),
                policies, List.of(), FactorWeights.DEFAULT);
    }

    /** Builds {@code count} clients with tiers drawn by {@link #TIER_SHARES}. */
    static List<Client> clients(Random random, int count) {
        List<Client> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format("client-%04d", i + 1);
            clients.add(new Client(ClientId.of(id), "Client " + (i + 1), TIERS[Draws.index(random, TIER_SHARES)]));
        }
        return clients;
    }

    private static WorkingCalendar businessHours() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.add(new WeeklyWindow(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        }
        return new WorkingCalendar(BUSINESS_HOURS, HEAD_OFFICE, windows, Set.of(), List.of());
    }

    /** Builds targets from respond minutes and resolve hours for P1, P2, P3 and P4 in turn. */
    private static Map<Priority, SlaTarget> targets(int... respondMinutesAndResolveHours) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            int at = 2 * (priority.level() - 1);
            targets.put(priority, new SlaTarget(Duration.ofMinutes(respondMinutesAndResolveHours[at]),
                    Duration.ofHours(respondMinutesAndResolveHours[at + 1])));
        }
        return targets;
    }
}
