package com.techroute.engine.testing;

import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.FactorWeights;
import com.techroute.engine.domain.CategoryRule;
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
import java.util.Set;

/**
 * Small valid tenants for tests: four client tiers (platinum, gold, silver, bronze), one business-hours
 * calendar (Monday to Friday, 09:00-17:00 Europe/London) and an SLA policy per tier.
 */
public final class Tenants {

    /** The tenant most tests use. */
    public static final TenantId TENANT_A = TenantId.of("msp-north");
    /** A second tenant, for isolation tests. */
    public static final TenantId TENANT_B = TenantId.of("msp-south");
    /** Zone of the business-hours calendar and of the default technician. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Name of the business-hours calendar every SLA policy counts in. */
    public static final String BUSINESS_HOURS = "business-hours";
    /** Tier names, heaviest first. */
    public static final List<String> TIER_NAMES = List.of("platinum", "gold", "silver", "bronze");

    private Tenants() {
    }

    /** Returns tenant A's profile with no category rules and the default weights. */
    public static TenantProfile profile() {
        return profile(TENANT_A);
    }

    /** Returns a profile for the tenant with no category rules and the default weights. */
    public static TenantProfile profile(TenantId tenant) {
        return profile(tenant, List.of());
    }

    /** Returns a profile for the tenant with the given category rules and the default weights. */
    public static TenantProfile profile(TenantId tenant, List<CategoryRule> categoryRules) {
        return new TenantProfile(tenant, "MSP " + tenant.value(), tiers(), List.of(businessHours()), slaPolicies(),
                categoryRules, FactorWeights.DEFAULT);
    }

    /** Returns the tiers platinum (weight 4), gold (3), silver (2) and bronze (1). */
    public static List<ClientTier> tiers() {
        List<ClientTier> tiers = new ArrayList<>();
        for (int i = 0; i < TIER_NAMES.size(); i++) {
            tiers.add(new ClientTier(TIER_NAMES.get(i), TIER_NAMES.size() - i));
        }
        return tiers;
    }

    /** Returns the calendar Monday to Friday, 09:00-17:00 Europe/London, without holidays. */
    public static WorkingCalendar businessHours() {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.add(new WeeklyWindow(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        return new WorkingCalendar(BUSINESS_HOURS, LONDON, windows, Set.of(), List.of());
    }

    /**
     * Returns one policy per tier in business hours. Platinum must respond to a P1 within 30 minutes and
     * resolve it within 4 hours. Each lower priority doubles both targets. Gold, silver and bronze
     * multiply platinum's targets by 2, 3 and 4.
     */
    public static List<SlaPolicy> slaPolicies() {
        List<SlaPolicy> policies = new ArrayList<>();
        for (int i = 0; i < TIER_NAMES.size(); i++) {
            policies.add(slaPolicy(TIER_NAMES.get(i), i + 1));
        }
        return policies;
    }

    private static SlaPolicy slaPolicy(String tier, int multiplier) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            long doubling = 1L << (priority.level() - 1);
            Duration respond = Duration.ofMinutes(30).multipliedBy(doubling * multiplier);
            Duration resolve = Duration.ofHours(4).multipliedBy(doubling * multiplier);
            targets.put(priority, new SlaTarget(respond, resolve));
        }
        return new SlaPolicy(tier, BUSINESS_HOURS, targets);
    }

    /** Returns a client of the given tier, named after its id. */
    public static Client client(String id, String tier) {
        return new Client(ClientId.of(id), null, tier);
    }

    /**
     * Returns one client per tier, with ids {@code client-platinum}, {@code client-gold},
     * {@code client-silver} and {@code client-bronze}.
     */
    public static List<Client> clients() {
        return TIER_NAMES.stream().map(tier -> client("client-" + tier, tier)).toList();
    }
}
