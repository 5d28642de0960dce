package com.techroute.engine.tenant;

import com.techroute.engine.calendar.SlaDeadlines;
import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.FactorWeights;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.CategoryRule;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientTier;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A tenant's settings: client tiers, business-hours calendars, SLA policies, the category-to-skill rule
 * table and the factor weights.
 *
 * @param id tenant id
 * @param name display name of the MSP
 * @param tiers client tiers; the heaviest counts as 1 in the client-tier factor
 * @param calendars business-hours calendars, by name
 * @param slaPolicies one policy per tier
 * @param categoryRules rules that supply required skills to tickets that name none
 * @param weights factor weights
 */
public record TenantProfile(TenantId id, String name, List<ClientTier> tiers, List<WorkingCalendar> calendars,
        List<SlaPolicy> slaPolicies, List<CategoryRule> categoryRules, FactorWeights weights) {

    public TenantProfile {
        Objects.requireNonNull(id, "tenant id must not be null");
        name = name == null || name.isBlank() ? id.value() : name.strip();
        tiers = List.copyOf(tiers);
        calendars = List.copyOf(calendars);
        slaPolicies = List.copyOf(slaPolicies);
        categoryRules = List.copyOf(categoryRules);
        weights = weights == null ? FactorWeights.DEFAULT : weights;
        requireConsistent(id, tiers, calendars, slaPolicies);
    }

    private static void requireConsistent(TenantId id, List<ClientTier> tiers, List<WorkingCalendar> calendars,
            List<SlaPolicy> policies) {
        Map<String, ClientTier> tierByName = byName(tiers, ClientTier::name, "tier", id);
        Map<String, WorkingCalendar> calendarByName = byName(calendars, WorkingCalendar::name, "calendar", id);
        for (SlaPolicy policy : policies) {
            if (!tierByName.containsKey(policy.tier())) {
                throw new IllegalArgumentException(String.format(
                        "SLA policy of tenant (%s) names tier (%s), which the tenant lacks. Known tiers: %s.",
                        id, policy.tier(), tierByName.keySet()));
            }
            if (!calendarByName.containsKey(policy.calendar())) {
                throw new IllegalArgumentException(String.format(
                        "SLA policy for tier (%s) of tenant (%s) names calendar (%s), which the tenant lacks."
                                + " Known calendars: %s.", policy.tier(), id, policy.calendar(), calendarByName.keySet()));
            }
        }
        for (ClientTier tier : tiers) {
            if (policies.stream().noneMatch(policy -> policy.tier().equals(tier.name()))) {
                throw new IllegalArgumentException(String.format(
                        "Tier (%s) of tenant (%s) has no SLA policy. Add one.", tier.name(), id));
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name, String kind, TenantId id) {
        Map<String, T> result = new LinkedHashMap<>();
        for (T item : items) {
            if (result.put(name.apply(item), item) != null) {
                throw new IllegalArgumentException(String.format(
                        "Tenant (%s) has two of %s (%s). Give each a unique name.", id, kind, name.apply(item)));
            }
        }
        return result;
    }

    /**
     * Returns the tier of a client.
     *
     * @throws UnknownReferenceException when the client's tier is not one of the tenant's
     */
    public ClientTier tierOf(Client client) {
        return tiers.stream().filter(tier -> tier.name().equals(client.tier())).findFirst()
                .orElseThrow(() -> new UnknownReferenceException(String.format(
                        "Client (%s) of tenant (%s) has tier (%s), which the tenant lacks. Known tiers: %s.",
                        client.id(), id, client.tier(), tiers.stream().map(ClientTier::name).toList())));
    }

    /** Returns the client's tier weight divided by the heaviest tier's, in (0, 1]. */
    public double normalizedTierWeight(Client client) {
        double heaviest = tiers.stream().mapToDouble(ClientTier::weight).max().orElse(1.0);
        return tierOf(client).weight() / heaviest;
    }

    /** Returns the calendar of a name. */
    public Optional<WorkingCalendar> calendar(String calendarName) {
        return calendars.stream().filter(calendar -> calendar.name().equals(calendarName)).findFirst();
    }

    /**
     * Returns the SLA deadlines of a ticket for a client.
     *
     * @throws UnknownReferenceException when the client's tier is unknown
     */
    public SlaDeadlines deadlines(Ticket ticket, Client client) {
        ClientTier tier = tierOf(client);
        SlaPolicy policy = slaPolicies.stream().filter(p -> p.tier().equals(tier.name())).findFirst().orElseThrow();
        WorkingCalendar hours = calendar(policy.calendar()).orElseThrow();
        return policy.deadlines(ticket.priority(), ticket.createdAt(), hours);
    }

    /**
     * Returns the skills a ticket requires: its own list when it has one, otherwise those of the most
     * specific category rule that matches, otherwise none.
     */
    public List<SkillRequirement> requirementsFor(Ticket ticket) {
        if (!ticket.requiredSkills().isEmpty()) {
            return ticket.requiredSkills();
        }
        Category category = ticket.category();
        return categoryRules.stream().filter(rule -> rule.matches(category))
                .max(Comparator.comparingInt(CategoryRule::specificity))
                .map(CategoryRule::skills).orElse(List.of());
    }

    /** Returns a copy with other factor weights. */
    public TenantProfile withWeights(FactorWeights newWeights) {
        return new TenantProfile(id, name, tiers, calendars, slaPolicies, categoryRules, newWeights);
    }
}
