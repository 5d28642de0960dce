package com.techroute.benchmarks;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Client;
import com.techroute.engine.domain.ClientId;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.engine.domain.TicketId;
import com.techroute.engine.domain.TimeOff;
import com.techroute.engine.workload.OpenWork;
import com.techroute.engine.workload.TechnicianLoad;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates technicians of an MSP that works in four time zones, with their open work and recent history.
 *
 * <p>About 15% work night shifts that cross midnight, 4% are on time off at the benchmark instant, 6% have
 * time off booked later, and 2% are inactive.
 */
final class TechnicianGenerator {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Europe/London"), ZoneId.of("Asia/Manila"));

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<DayOfWeek> NIGHTS = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    /** Skill level 1 to 5 is drawn with these shares. */
    private static final double[] LEVEL_SHARES = {0.10, 0.25, 0.35, 0.20, 0.10};
    private static final int MAX_OPEN_MINUTES = 30 * 60;

    private final Random random;
    private final Instant asOf;

    TechnicianGenerator(Random random, Instant asOf) {
        this.random = random;
        this.asOf = asOf;
    }

    /** Generates the technician with 1-based number {@code number}. */
    Technician technician(int number) {
        TechnicianId id = TechnicianId.of(String.format("tech-%05d", number));
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (String skill : SkillCatalog.draw(random, 3 + random.nextInt(6))) {
            skills.put(skill, 1 + Draws.index(random, LEVEL_SHARES));
        }
        Duration capacity = Duration.ofHours(16 + random.nextInt(25));
        TechnicianStatus status = random.nextDouble() < 0.02 ? TechnicianStatus.INACTIVE : TechnicianStatus.ACTIVE;
        return new Technician(id, "Technician " + number, skills, languages(zone), zone, shifts(), timeOff(),
                capacity, status);
    }

    /** Generates open work of 0 to 30 hours in queue order, and recent work for a few clients. */
    TechnicianLoad load(TechnicianId technician, List<Client> clients) {
        List<OpenWork> queue = new ArrayList<>();
        int openMinutes = random.nextInt(MAX_OPEN_MINUTES / 15 + 1) * 15;
        Instant assignedAt = asOf.minus(Duration.ofHours(24 + random.nextInt(48)));
        while (openMinutes > 0) {
            int minutes = Math.min(openMinutes, 30 + random.nextInt(8) * 30);
            ClientId client = clients.get(random.nextInt(clients.size())).id();
            TicketId ticket = TicketId.of(technician.value() + "-open-" + (queue.size() + 1));
            queue.add(new OpenWork(ticket, client, Duration.ofMinutes(minutes), assignedAt,
                    queue.isEmpty() && random.nextBoolean()));
            assignedAt = assignedAt.plus(Duration.ofMinutes(20 + random.nextInt(240)));
            openMinutes -= minutes;
        }
        Map<ClientId, Integer> recent = new HashMap<>();
        int recentClients = random.nextInt(7);
        for (int i = 0; i < recentClients; i++) {
            recent.merge(clients.get(random.nextInt(clients.size())).id(), 1 + random.nextInt(4), Integer::sum);
        }
        return new TechnicianLoad(technician, queue, recent, random.nextInt(9));
    }

    private Set<String> languages(ZoneId zone) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add("en");
        if (zone.getId().equals("Asia/Manila") && random.nextDouble() < 0.8) {
            languages.add("tl");
        }
        if (random.nextDouble() < 0.12) {
            languages.add("es");
        }
        if (random.nextDouble() < 0.05) {
            languages.add("fr");
        }
        if (random.nextDouble() < 0.05) {
            languages.add("de");
        }
        return languages;
    }

    /** Draws a night shift (Sunday to Thursday nights, 22:00-06:00) or an 8-hour weekday shift. */
    private List<WeeklyWindow> shifts() {
        List<WeeklyWindow> shifts = new ArrayList<>();
        if (random.nextDouble() < 0.15) {
            for (DayOfWeek day : NIGHTS) {
                shifts.add(new WeeklyWindow(day, LocalTime.of(22, 0), LocalTime.of(6, 0)));
            }
            return shifts;
        }
        LocalTime start = LocalTime.of(7 + random.nextInt(4), 0);
        for (DayOfWeek day : WEEKDAYS) {
            shifts.add(new WeeklyWindow(day, start, start.plusHours(8)));
        }
        if (random.nextDouble() < 0.10) {
            shifts.add(new WeeklyWindow(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return shifts;
    }

    private List<TimeOff> timeOff() {
        double draw = random.nextDouble();
        if (draw < 0.04) {
            Instant start = asOf.minus(Duration.ofDays(1 + random.nextInt(3)));
            return List.of(new TimeOff(start, asOf.plus(Duration.ofDays(1 + random.nextInt(6))), "leave"));
        }
        if (draw < 0.10) {
            Instant start = asOf.plus(Duration.ofDays(3 + random.nextInt(8)));
            return List.of(new TimeOff(start, start.plus(Duration.ofDays(1 + random.nextInt(5))), "training"));
        }
        return List.of();
    }
}
