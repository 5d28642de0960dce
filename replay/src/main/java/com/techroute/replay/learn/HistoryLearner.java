package com.techroute.replay.learn;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.CategoryRule;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import com.techroute.engine.domain.TechnicianStatus;
import com.techroute.replay.ReplaySettings;
import com.techroute.replay.log.HistoricalTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns the roster, skills, shifts, service times and client tiers from the history part of a log.
 * {@code docs/replay.md} describes each step; the classes it calls state their rules.
 */
public final class HistoryLearner {

    /** Level at which a ticket requires its category's skill: any technician who resolved one such ticket. */
    public static final int REQUIRED_LEVEL = 1;

    private final ReplaySettings settings;
    private final SkillNaming naming;
    private final EngineIds ids;

    /**
     * Creates a learner.
     *
     * @param ids the replay's id mapping, shared with the tickets so both use the same ids
     */
    public HistoryLearner(ReplaySettings settings, SkillNaming naming, EngineIds ids) {
        this.settings = settings;
        this.naming = naming;
        this.ids = ids;
    }

    /**
     * Learns from the history part.
     *
     * @param history tickets of the history part
     * @param later tickets after it; only their assignees' actions are read, to give people unknown to the
     *     engine a calendar for the "what people did" baseline
     */
    public LearnedModel learn(List<HistoricalTicket> history, List<HistoricalTicket> later) {
        Set<String> people = assignees(history);
        Set<String> unknown = new TreeSet<>(assignees(later));
        unknown.removeAll(people);
        WorkingCalendar businessHours = businessHours();
        Map<String, List<Instant>> historyActions = actions(history);
        Map<String, List<Instant>> laterActions = actions(later);
        Map<String, WorkingCalendar> calendars = new HashMap<>();
        Set<String> defaultShifts = new TreeSet<>();
        for (String person : people) {
            calendars.put(person, calendar(person, historyActions.get(person), businessHours, defaultShifts));
        }
        for (String person : unknown) {
            calendars.put(person, calendar(person, laterActions.get(person), businessHours, new TreeSet<>()));
        }
        ServiceTimes serviceTimes = ServiceTimes.learn(samples(history, calendars, businessHours),
                settings.minEffort(), settings.handlingCap());
        Map<String, Map<String, Integer>> skills = SkillLearner.learn(resolvedCounts(history));
        Map<String, TechnicianId> technicianIds = new TreeMap<>();
        List<Technician> technicians = technicians(people, skills, calendars, technicianIds);
        Set<String> held = requiredSkills(skills);
        return new LearnedModel(technicians, technicianIds, calendars, serviceTimes, tiers(history),
                categoryRules(history, held), held, defaultShifts, unknown);
    }

    /** Returns the skills that at least the minimum number of technicians have. */
    private Set<String> requiredSkills(Map<String, Map<String, Integer>> skillsByPerson) {
        Map<String, Integer> holders = new HashMap<>();
        skillsByPerson.values().forEach(levels -> levels.keySet().forEach(skill -> holders.merge(skill, 1, Integer::sum)));
        Set<String> required = new TreeSet<>();
        holders.forEach((skill, count) -> {
            if (count >= settings.minSkillHolders()) {
                required.add(skill);
            }
        });
        return required;
    }

    /** Returns the SLA calendar: the business hours in the replay's zone. */
    public WorkingCalendar businessHours() {
        return new WorkingCalendar("business hours", settings.zone(), settings.businessHours(), Set.of(), List.of());
    }

    private static Set<String> assignees(List<HistoricalTicket> tickets) {
        Set<String> people = new TreeSet<>();
        for (HistoricalTicket ticket : tickets) {
            people.addAll(ticket.assignees());
        }
        return people;
    }

    /** Collects when each person acted: took a ticket first, or resolved it. */
    private static Map<String, List<Instant>> actions(List<HistoricalTicket> tickets) {
        Map<String, List<Instant>> actions = new HashMap<>();
        for (HistoricalTicket ticket : tickets) {
            if (ticket.assignedAt() != null) {
                actions.computeIfAbsent(ticket.firstAssignee(), person -> new ArrayList<>()).add(ticket.assignedAt());
            }
            String resolver = HandlingTimes.resolver(ticket);
            if (ticket.resolvedAt() != null && resolver != null) {
                actions.computeIfAbsent(resolver, person -> new ArrayList<>()).add(ticket.resolvedAt());
            }
        }
        return actions;
    }

    private WorkingCalendar calendar(String person, List<Instant> actions, WorkingCalendar businessHours,
            Set<String> defaultShifts) {
        List<WeeklyWindow> shifts = List.of();
        if (settings.shifts() == ReplaySettings.ShiftSource.LEARNED && actions != null) {
            shifts = ShiftLearner.learn(actions, settings.zone());
        }
        if (shifts.isEmpty()) {
            defaultShifts.add(person);
            shifts = businessHours.windows();
        }
        return new WorkingCalendar(person, settings.zone(), shifts, Set.of(), List.of());
    }

    private List<ServiceTimes.Sample> samples(List<HistoricalTicket> history, Map<String, WorkingCalendar> calendars,
            WorkingCalendar businessHours) {
        List<ServiceTimes.Sample> samples = new ArrayList<>();
        for (HistoricalTicket ticket : history) {
            String resolver = HandlingTimes.resolver(ticket);
            if (ticket.resolvedAt() == null || resolver == null) {
                continue;
            }
            Duration handling = HandlingTimes.handlingTime(ticket, calendars.getOrDefault(resolver, businessHours));
            samples.add(new ServiceTimes.Sample(naming.skillOf(ticket), resolver, handling));
        }
        return samples;
    }

    private Map<String, Map<String, Integer>> resolvedCounts(List<HistoricalTicket> history) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (HistoricalTicket ticket : history) {
            String skill = naming.skillOf(ticket);
            String resolver = HandlingTimes.resolver(ticket);
            if (ticket.resolvedAt() != null && skill != null && resolver != null) {
                counts.computeIfAbsent(skill, key -> new TreeMap<>()).merge(resolver, 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<Technician> technicians(Set<String> people, Map<String, Map<String, Integer>> skills,
            Map<String, WorkingCalendar> calendars, Map<String, TechnicianId> technicianIds) {
        List<Technician> technicians = new ArrayList<>();
        for (String person : people) {
            TechnicianId id = ids.technician(person);
            technicianIds.put(person, id);
            technicians.add(new Technician(id, person, skills.getOrDefault(person, Map.of()), Set.of(),
                    settings.zone(), calendars.get(person).windows(), List.of(), settings.capacity(),
                    TechnicianStatus.ACTIVE));
        }
        technicians.sort((a, b) -> a.id().compareTo(b.id()));
        return technicians;
    }

    private ClientTiers tiers(List<HistoricalTicket> history) {
        if (settings.tiers() == ReplaySettings.TierSource.NONE) {
            return ClientTiers.none();
        }
        Map<String, Integer> volumes = new HashMap<>();
        for (HistoricalTicket ticket : history) {
            volumes.merge(ids.client(ticket.customer()).value(), 1, Integer::sum);
        }
        return ClientTiers.byVolume(volumes, settings.tierWeights());
    }

    /** Builds one rule per held skill, matching the category board the skill was named after. */
    private List<CategoryRule> categoryRules(List<HistoricalTicket> history, Set<String> held) {
        Map<String, String> boardBySkill = new TreeMap<>();
        for (HistoricalTicket ticket : history) {
            String skill = naming.skillOf(ticket);
            if (skill != null && held.contains(skill)) {
                boardBySkill.putIfAbsent(skill, ticket.category().board());
            }
        }
        List<CategoryRule> rules = new ArrayList<>();
        boardBySkill.forEach((skill, board) -> rules.add(
                new CategoryRule(board, null, null, List.of(new SkillRequirement(skill, REQUIRED_LEVEL)))));
        return rules;
    }
}
