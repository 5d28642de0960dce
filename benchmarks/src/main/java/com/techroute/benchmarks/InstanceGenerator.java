package com.techroute.benchmarks;

import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Category;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.Priority;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.Ticket;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.tenant.TenantProfile;
import com.techroute.engine.workload.TechnicianLoad;
import com.techroute.engine.workload.WorkloadSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic benchmark instances from a seed: the same seed and sizes give the same instance.
 *
 * <p>The instant is a Tuesday, 11:00 in New York: the New York day shifts are on, half of the Los Angeles
 * ones have begun, London's later shifts are still on, and Manila's night shift has begun. Half the tickets
 * need one skill and the rest two or three, mostly at level 2.
 */
public final class InstanceGenerator {

    /** Default decision instant: Tuesday 2025-06-10, 11:00 in New York. */
    public static final Instant AS_OF = Instant.parse("2025-06-10T15:00:00Z");

    /** Share of tickets at P1, P2, P3 and P4. */
    private static final double[] PRIORITY_SHARES = {0.05, 0.15, 0.50, 0.30};
    /** Share of tickets that need 1, 2 or 3 skills. */
    private static final double[] SKILL_COUNT_SHARES = {0.50, 0.35, 0.15};
    /** Share of required minimum levels 1 to 4. */
    private static final double[] MIN_LEVEL_SHARES = {0.25, 0.45, 0.25, 0.05};
    private static final int[] EFFORT_MINUTES = {30, 60, 60, 90, 120, 120, 180, 240, 360, 480};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "en", "en", "es", "es",
        "fr", "de", null};

    private final long seed;

    /** Creates a generator whose instances all derive from {@code seed}. */
    public InstanceGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Generates a tenant with {@code technicianCount} technicians, {@code max(60, technicianCount / 2)}
     * clients and {@code ticketCount} tickets.
     *
     * @throws IllegalArgumentException when a count is not positive
     */
    public Instance generate(int technicianCount, int ticketCount) {
        if (technicianCount < 1 || ticketCount < 1) {
            throw new IllegalArgumentException(String.format(
                    "Invalid instance size (%d technicians, %d tickets). Use at least 1 of each.",
                    technicianCount, ticketCount));
        }
        Random random = new Random(seed);
        TenantProfile profile = GeneratedTenant.profile();
        List<Client> clients = GeneratedTenant.clients(random, Math.max(60, technicianCount / 2));
        TechnicianGenerator generator = new TechnicianGenerator(random, AS_OF);
        List<Technician> technicians = new ArrayList<>(technicianCount);
        Map<TechnicianId, TechnicianLoad> loads = new HashMap<>();
        for (int number = 1; number <= technicianCount; number++) {
            Technician technician = generator.technician(number);
            technicians.add(technician);
            loads.put(technician.id(), generator.load(technician.id(), clients));
        }
        List<TicketContext> tickets = new ArrayList<>(ticketCount);
        for (int number = 1; number <= ticketCount; number++) {
            Client client = clients.get(random.nextInt(clients.size()));
            tickets.add(TicketContext.of(profile, ticket(random, number, client), client));
        }
        return new Instance(profile, clients, technicians, new WorkloadSnapshot(loads), tickets, AS_OF);
    }

    private static Ticket ticket(Random random, int number, Client client) {
        List<SkillRequirement> requirements = new ArrayList<>();
        for (String skill : SkillCatalog.draw(random, 1 + Draws.index(random, SKILL_COUNT_SHARES))) {
            requirements.add(new SkillRequirement(skill, 1 + Draws.index(random, MIN_LEVEL_SHARES)));
        }
        Priority priority = Priority.ofLevel(1 + Draws.index(random, PRIORITY_SHARES));
        Duration effort = Duration.ofMinutes(EFFORT_MINUTES[random.nextInt(EFFORT_MINUTES.length)]);
        Instant createdAt = AS_OF.minus(Duration.ofMinutes(random.nextInt(20)));
        Category category = new Category("Service Desk", requirements.get(0).skill(), null);
        return new Ticket(TicketId.of(String.format("T-%06d", number)), client.id(), "Generated ticket " + number,
                category, priority, requirements, effort, createdAt, LANGUAGES[random.nextInt(LANGUAGES.length)]);
    }
}
