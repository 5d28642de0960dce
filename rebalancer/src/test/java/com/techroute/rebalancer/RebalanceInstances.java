package com.techroute.rebalancer;

import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.SlaTarget;
import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.FactorWeights;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.RosterEntry;
import com.techroute.engine.decision.TicketContext;
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
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.OpenWork;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates seeded rebalance instances that look like a busy service desk at one moment.
 *
 * <p>Technicians get random skills, languages, zones, weekday shifts and capacities; tickets get random
 * clients, priorities, skills, efforts and creation times in the last six hours. The online
 * {@link DecisionEngine} then assigns the tickets one at a time in creation order, all at {@link #NOW}, as
 * if a backlog arrived at once. Finally the first ticket of most queues is started, and one technician in
 * twenty is called in sick (made inactive): the usual reason to rebalance.
 */
public final class RebalanceInstances {

    /** Tuesday 8 December 2026, 13:00 UTC: inside most shifts. */
    public static final Instant NOW = Instant.parse("2026-12-08T13:00:00Z");

    private static final List<String> SKILLS =
            List.of("windows", "exchange", "networking", "m365", "security", "backup", "linux", "printers");
    private static final List<ZoneId> ZONES =
            List.of(ZoneOffset.UTC, ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"));
    private static final List<String> TIERS = List.of("platinum", "gold", "silver", "bronze");
    private static final int CLIENTS = 30;

    private RebalanceInstances() {
    }

    /**
     * One generated tenant at {@link #NOW}.
     *
     * @param profile the tenant, with the default weights
     * @param roster technicians with their queues after the online assignment and the sick calls
     * @param tickets contexts of the unstarted tickets in the queues
     * @param unassigned tickets the online engine could not place (no technician eligible)
     */
    public record Instance(TenantProfile profile, Roster roster, List<TicketContext> tickets, int unassigned) {

        public RebalanceRequest request(RebalanceSettings settings) {
            return new RebalanceRequest(profile, roster, tickets, NOW, settings);
        }
    }

    /** Generates an instance with sick calls; the same arguments always give the same instance. */
    public static Instance generate(long seed, int ticketCount, int technicianCount) {
        return generate(seed, ticketCount, technicianCount, true);
    }

    /**
     * Generates an instance; the same arguments always give the same instance.
     *
     * @param sickCalls whether one technician in twenty goes inactive after the online assignment. Without
     *     sick calls the instance measures only the gain over the online engine's one-at-a-time choices
     */
    public static Instance generate(long seed, int ticketCount, int technicianCount, boolean sickCalls) {
        Random random = new Random(seed);
        TenantProfile profile = profile();
        List<Client> clients = clients(random);
        List<Technician> technicians = new ArrayList<>();
        for (int i = 0; i < technicianCount; i++) {
            technicians.add(technician(random, i));
        }
        Map<TechnicianId, TechnicianLoad> history = new TreeMap<>();
        technicians.forEach(technician -> history.put(technician.id(), history(random, technician.id(), clients)));
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < ticketCount; i++) {
            tickets.add(ticket(random, i, clients));
        }
        tickets.sort(Comparator.comparing(Ticket::createdAt).thenComparing(Ticket::id));

        Map<TicketId, TicketContext> contexts = new HashMap<>();
        Map<TechnicianId, List<OpenWork>> queues = new TreeMap<>();
        int unassigned = assignOnline(profile, clients, technicians, history, tickets, contexts, queues);
        startQueueHeads(random, queues);
        if (sickCalls) {
            callInSick(random, technicians);
        }

        Map<TechnicianId, TechnicianLoad> loads = new HashMap<>();
        history.forEach((id, load) -> loads.put(id, withQueue(load, queues.getOrDefault(id, List.of()))));
        Roster roster = Roster.of(technicians, new WorkloadSnapshot(loads), NOW);
        List<TicketContext> unstarted = queues.values().stream().flatMap(List::stream)
                .filter(work -> !work.started()).map(work -> contexts.get(work.ticket())).toList();
        return new Instance(profile, roster, unstarted, unassigned);
    }

    /** Assigns each ticket with the online engine, updating only the chosen technician's roster entry. */
    private static int assignOnline(TenantProfile profile, List<Client> clients, List<Technician> technicians,
            Map<TechnicianId, TechnicianLoad> history, List<Ticket> tickets, Map<TicketId, TicketContext> contexts,
            Map<TechnicianId, List<OpenWork>> queues) {
        DecisionEngine engine = new DecisionEngine(profile);
        Map<ClientId, Client> clientById = new HashMap<>();
        clients.forEach(client -> clientById.put(client.id(), client));
        List<RosterEntry> entries =
                new ArrayList<>(Roster.of(technicians, new WorkloadSnapshot(history), NOW).entries());
        int unassigned = 0;
        for (Ticket ticket : tickets) {
            TicketContext context = TicketContext.of(profile, ticket, clientById.get(ticket.client()));
            Decision decision = engine.decide(context, new Roster(entries, NOW), NOW);
            if (!decision.assigned()) {
                unassigned++;
                continue;
            }
            contexts.put(ticket.id(), context);
            List<OpenWork> queue = queues.computeIfAbsent(decision.technician(), id -> new ArrayList<>());
            queue.add(new OpenWork(ticket.id(), ticket.client(), ticket.effort(), ticket.createdAt(), false));
            int index = indexOf(entries, decision.technician());
            Technician technician = entries.get(index).technician();
            TechnicianLoad load = withQueue(history.get(technician.id()), queue);
            entries.set(index, Roster.of(List.of(technician), new WorkloadSnapshot(Map.of(technician.id(), load)), NOW)
                    .entries().get(0));
        }
        return unassigned;
    }

    private static int indexOf(List<RosterEntry> entries, TechnicianId technician) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).technician().id().equals(technician)) {
                return i;
            }
        }
        throw new IllegalStateException("Technician (" + technician + ") is not in the roster.");
    }

    /** Marks the first ticket of six queues in ten as started. */
    private static void startQueueHeads(Random random, Map<TechnicianId, List<OpenWork>> queues) {
        for (List<OpenWork> queue : queues.values()) {
            if (!queue.isEmpty() && random.nextDouble() < 0.6) {
                OpenWork head = queue.get(0);
                queue.set(0, new OpenWork(head.ticket(), head.client(), head.remaining(), head.assignedAt(), true));
            }
        }
    }

    /** Makes one technician in twenty, at least one, inactive. */
    private static void callInSick(Random random, List<Technician> technicians) {
        int sick = Math.max(1, technicians.size() / 20);
        for (int done = 0; done < sick; ) {
            int index = random.nextInt(technicians.size());
            Technician technician = technicians.get(index);
            if (technician.status() == TechnicianStatus.ACTIVE) {
                technicians.set(index, new Technician(technician.id(), technician.name(), technician.skills(),
                        technician.languages(), technician.zone(), technician.shifts(), technician.timeOff(),
                        technician.capacity(), TechnicianStatus.INACTIVE));
                done++;
            }
        }
    }

    private static TechnicianLoad withQueue(TechnicianLoad load, List<OpenWork> queue) {
        return new TechnicianLoad(load.technician(), queue, load.recentByClient(), load.recentAssignments());
    }

    private static TenantProfile profile() {
        List<ClientTier> tiers = new ArrayList<>();
        List<SlaPolicy> policies = new ArrayList<>();
        for (int i = 0; i < TIERS.size(); i++) {
            tiers.add(new ClientTier(TIERS.get(i), TIERS.size() - i));
            policies.add(policy(TIERS.get(i), i + 1));
        }
        List<WeeklyWindow> hours = weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0));
        WorkingCalendar business = new WorkingCalendar("business-hours", ZoneOffset.UTC, hours, Set.of(), List.of());
        return new TenantProfile(TenantId.of("msp-generated"), "Generated MSP", tiers, List.of(business), policies,
                List.of(), FactorWeights.DEFAULT);
    }

    /** Respond within 1, 2, 4 or 8 hours for P1 to P4, times the tier's multiplier; resolve within four times that. */
    private static SlaPolicy policy(String tier, int multiplier) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration respond = Duration.ofHours(1L << (priority.level() - 1)).multipliedBy(multiplier);
            targets.put(priority, new SlaTarget(respond, respond.multipliedBy(4)));
        }
        return new SlaPolicy(tier, "business-hours", targets);
    }

    private static List<WeeklyWindow> weekdays(LocalTime start, LocalTime end) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.add(new WeeklyWindow(day, start, end));
        }
        return windows;
    }

    private static List<Client> clients(Random random) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new Client(ClientId.of(String.format("client-%02d", i)), null, tier(random.nextDouble())));
        }
        return clients;
    }

    /** Returns platinum for 15 % of draws, gold for 25 %, silver for 30 % and bronze for 30 %. */
    private static String tier(double draw) {
        if (draw < 0.15) {
            return "platinum";
        }
        if (draw < 0.4) {
            return "gold";
        }
        return draw < 0.7 ? "silver" : "bronze";
    }

    /** Returns 08:00 for 60 % of draws, 12:00 for 25 % and 16:00 for 15 %. */
    private static LocalTime shiftStart(double draw) {
        if (draw < 0.6) {
            return LocalTime.of(8, 0);
        }
        return draw < 0.85 ? LocalTime.of(12, 0) : LocalTime.of(16, 0);
    }

    /** Returns P1 for 5 % of draws, P2 for 20 %, P3 for 50 % and P4 for 25 %. */
    private static Priority priority(double draw) {
        if (draw < 0.05) {
            return Priority.P1_CRITICAL;
        }
        if (draw < 0.25) {
            return Priority.P2_HIGH;
        }
        return draw < 0.75 ? Priority.P3_MEDIUM : Priority.P4_LOW;
    }

    /** Returns English for 80 % of draws, German for 12 % and French for 8 %. */
    private static String language(double draw) {
        if (draw < 0.8) {
            return "en";
        }
        return draw < 0.92 ? "de" : "fr";
    }

    private static Technician technician(Random random, int index) {
        Map<String, Integer> skills = new TreeMap<>();
        while (skills.size() < 3) {
            skills.put(SKILLS.get(random.nextInt(SKILLS.size())), 2 + random.nextInt(4));
        }
        if (random.nextDouble() < 0.3) {
            skills.putIfAbsent(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(3));
        }
        Set<String> languages = new TreeSet<>(Set.of("en"));
        if (random.nextDouble() < 0.2) {
            languages.add("de");
        }
        if (random.nextDouble() < 0.1) {
            languages.add("fr");
        }
        LocalTime start = shiftStart(random.nextDouble());
        Duration capacity = Duration.ofHours(16L + 8L * random.nextInt(4));
        return new Technician(TechnicianId.of(String.format("tech-%03d", index)), null, skills, languages,
                ZONES.get(random.nextInt(ZONES.size())), weekdays(start, start.plusHours(8)), List.of(), capacity,
                TechnicianStatus.ACTIVE);
    }

    private static TechnicianLoad history(Random random, TechnicianId technician, List<Client> clients) {
        Map<ClientId, Integer> recent = new HashMap<>();
        int clientCount = random.nextInt(4);
        for (int i = 0; i < clientCount; i++) {
            recent.merge(clients.get(random.nextInt(clients.size())).id(), 1 + random.nextInt(3), Integer::sum);
        }
        return new TechnicianLoad(technician, List.of(), recent, random.nextInt(5));
    }

    private static Ticket ticket(Random random, int index, List<Client> clients) {
        Priority priority = priority(random.nextDouble());
        List<SkillRequirement> skills = new ArrayList<>();
        skills.add(new SkillRequirement(SKILLS.get(random.nextInt(SKILLS.size())), random.nextDouble() < 0.6 ? 2 : 3));
        if (random.nextDouble() < 0.15) {
            String second = SKILLS.get(random.nextInt(SKILLS.size()));
            if (!second.equals(skills.get(0).skill())) {
                skills.add(new SkillRequirement(second, 2));
            }
        }
        double languageDraw = random.nextDouble();
        Client client = clients.get(random.nextInt(clients.size()));
        return new Ticket(TicketId.of(String.format("T-%05d", index)), client.id(), "generated ticket " + index,
                new Category("Service Desk", skills.get(0).skill(), null), priority, skills,
                Duration.ofMinutes(15L * (2 + random.nextInt(15))), NOW.minus(Duration.ofMinutes(random.nextInt(360))),
                language(languageDraw));
    }
}
