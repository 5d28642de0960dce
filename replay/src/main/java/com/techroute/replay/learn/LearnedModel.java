package com.techroute.replay.learn;

import com.techroute.engine.calendar.WorkingCalendar;
import com.techroute.engine.domain.CategoryRule;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model a replay learned from the history part of a log.
 *
 * @param technicians the engine's roster: every person seen as an assignee in the history part, in id order
 * @param technicianIds technician id of each person on the roster, by the log's person token
 * @param calendars shift calendar of every person in the log, by person token. People first seen after the
 *     history part get calendars learned from their own later actions, for the "what people did" baseline
 * @param serviceTimes median handling times, speeds and effort estimates
 * @param clientTiers tier of each client
 * @param categoryRules one rule per required skill, matching the category board it is named after: it
 *     requires that skill at level 1
 * @param requiredSkills skills that tickets require: those that at least the minimum number of
 *     technicians (one by default) have
 * @param defaultShiftPeople roster people who work the business hours because their shifts could not be
 *     learned, or because learning shifts is switched off
 * @param unknownPeople people who appear as assignees only after the history part, so the engine does not
 *     know them
 */
public record LearnedModel(List<Technician> technicians, Map<String, TechnicianId> technicianIds,
        Map<String, WorkingCalendar> calendars, ServiceTimes serviceTimes, ClientTiers clientTiers,
        List<CategoryRule> categoryRules, Set<String> requiredSkills, Set<String> defaultShiftPeople,
        Set<String> unknownPeople) {

    /** Copies the collections. */
    public LearnedModel {
        technicians = List.copyOf(technicians);
        technicianIds = Map.copyOf(technicianIds);
        calendars = Map.copyOf(calendars);
        categoryRules = List.copyOf(categoryRules);
        requiredSkills = Set.copyOf(requiredSkills);
        defaultShiftPeople = Set.copyOf(defaultShiftPeople);
        unknownPeople = Set.copyOf(unknownPeople);
    }

    /** Returns whether a person is on the engine's roster. */
    public boolean isTechnician(String person) {
        return technicianIds.containsKey(person);
    }
}
