package com.techroute.replay.scenario;

import com.techroute.engine.assignment.Assignment;
import com.techroute.engine.assignment.AssignmentStatus;
import com.techroute.engine.calendar.SlaPolicy;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.decision.FactorWeights;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.ClientTier;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.TenantId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.Workloads;
import com.techroute.replay.ReplaySettings;
import com.techroute.replay.learn.EngineIds;
import com.techroute.replay.learn.HandlingTimes;
import com.techroute.replay.learn.HistoryLearner;
import com.techroute.replay.learn.LearnedModel;
import com.techroute.replay.learn.SkillNaming;
import com.techroute.replay.log.HistoricalTicket;
import com.techroute.replay.log.TicketCategory;
import com.techroute.replay.sim.HandlingModel;
import com.techroute.replay.sim.SimTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link ReplayScenario} from a log's tickets: splits, learns, and turns tickets into the engine's. */
public final class ScenarioBuilder {

    /** Tenant id of every replay. A replay's store contains no other tenant. */
    public static final TenantId TENANT = TenantId.of("replay");
    /** Category board of tickets whose log gives no category. */
    public static final String NO_CATEGORY = "no category";

    private final ReplaySettings settings;
    private final SkillNaming naming;
    private final EngineIds ids = new EngineIds();

    /** Creates a builder. */
    public ScenarioBuilder(ReplaySettings settings, SkillNaming naming) {
        this.settings = settings;
        this.naming = naming;
    }

    /**
     * Builds the scenario.
     *
     * @param tickets the log's tickets in opening order
     * @throws IllegalArgumentException when the log has no tickets, or the scored or history part is empty
     */
    public ReplayScenario build(List<HistoricalTicket> tickets) {
        LogSplit split = LogSplit.of(tickets, settings.historyShare());
        if (split.history().isEmpty() || split.scored().isEmpty()) {
            throw new IllegalArgumentException(String.format("History share (%s) leaves %d history and %d scored"
                    + " tickets. Choose a share that leaves tickets on both sides.", settings.historyShare(),
                    split.history().size(), split.scored().size()));
        }
        HistoryLearner learner = new HistoryLearner(settings, naming, ids);
        LearnedModel model = learner.learn(split.history(), split.scored());
        TenantProfile profile = profile(model, learner.businessHours());
        Map<String, Client> clients = clients(tickets, model);
        HandlingModel handling = new HandlingModel(model.serviceTimes(), settings.handlingCap());
        List<SimTicket> scored = new ArrayList<>();
        for (HistoricalTicket ticket : split.scored()) {
            scored.add(simTicket(scored.size(), ticket, model, profile, clients, learner.businessHours()));
        }
        return new ReplayScenario(settings, split, TENANT, profile, List.copyOf(clients.values()), scored,
                seeds(split, model), model, handling);
    }

    private TenantProfile profile(LearnedModel model, WorkingCalendar businessHours) {
        List<SlaPolicy> policies = new ArrayList<>();
        for (ClientTier tier : model.clientTiers().tiers()) {
            policies.add(new SlaPolicy(tier.name(), businessHours.name(), settings.slaTargets()));
        }
        return new TenantProfile(TENANT, "Replay", model.clientTiers().tiers(), List.of(businessHours), policies,
                model.categoryRules(), FactorWeights.DEFAULT);
    }

    private Map<String, Client> clients(List<HistoricalTicket> tickets, LearnedModel model) {
        Map<String, Client> clients = new LinkedHashMap<>();
        for (HistoricalTicket ticket : tickets) {
            ClientId id = ids.client(ticket.customer());
            clients.computeIfAbsent(id.value(),
                    key -> new Client(id, ticket.customer(), model.clientTiers().tierOf(key)));
        }
        return clients;
    }

    private SimTicket simTicket(int index, HistoricalTicket source, LearnedModel model, TenantProfile profile,
            Map<String, Client> clients, WorkingCalendar businessHours) {
        String skill = naming.skillOf(source);
        Client client = clients.get(ids.client(source.customer()).value());
        Ticket ticket = new Ticket(ids.ticket(source.ticketId()), client.id(), "", category(source.category()),
                Priority.ofLevel(source.priority().level()), List.of(), model.serviceTimes().effort(skill),
                source.openedAt(), null);
        String handler = HandlingTimes.resolver(source);
        WorkingCalendar handlerHours = handler == null ? businessHours
                : model.calendars().getOrDefault(handler, businessHours);
        Duration handlingTime = HandlingTimes.handlingTime(source, handlerHours);
        boolean requiresSkill = skill != null && model.requiredSkills().contains(skill);
        return new SimTicket(index, source, ticket, skill, requiresSkill, profile.deadlines(ticket, client),
                handlingTime, handler);
    }

    private static Category category(TicketCategory category) {
        String board = category.board() == null ? NO_CATEGORY : category.board();
        return new Category(board, category.type(), category.subtype());
    }

    /** Returns the history part's first assignments within the affinity window before the split, closed. */
    private List<Assignment> seeds(LogSplit split, LearnedModel model) {
        Instant windowStart = split.splitAt().minus(Workloads.AFFINITY_WINDOW);
        List<Assignment> seeds = new ArrayList<>();
        for (HistoricalTicket ticket : split.history()) {
            Instant assignedAt = ticket.assignedAt() == null ? ticket.openedAt() : ticket.assignedAt();
            if (ticket.firstAssignee() == null || assignedAt.isBefore(windowStart)) {
                continue;
            }
            TicketId id = ids.ticket(ticket.ticketId());
            Instant closedAt = ticket.resolvedAt() == null ? assignedAt : ticket.resolvedAt();
            seeds.add(new Assignment(Assignment.idFor(TENANT, id, 0), TENANT, id, ids.client(ticket.customer()),
                    model.technicianIds().get(ticket.firstAssignee()), assignedAt, assignedAt,
                    model.serviceTimes().effort(naming.skillOf(ticket)), AssignmentStatus.CLOSED, closedAt, 0));
        }
        return seeds;
    }
}
