package com.techroute.local.report;

import com.techroute.engine.decision.ExclusionReason;
import com.techroute.engine.decision.Exclusion;
import com.techroute.engine.decision.Shortfall;
import com.techroute.engine.domain.SkillRequirement;
import com.techroute.engine.domain.Technician;
import com.techroute.engine.domain.TechnicianId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Formatting shared by the text reports: enum names as words, technicians with names, times with zones. */
final class Words {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

    private Words() {
    }

    /** Returns an enum constant as lower-case words: {@code MISSING_SKILL} becomes {@code missing skill}. */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Returns {@code "t01 Amelia Clarke"}, or the id alone when the technician is unknown. */
    static String technician(TechnicianId id, Map<TechnicianId, Technician> technicians) {
        Technician technician = technicians.get(id);
        return technician == null || technician.name().equals(id.value()) ? id.value() : id + " " + technician.name();
    }

    /** Returns an instant in UTC with the technician's local day and time, such as {@code ... (Tue 15:00 Europe/Berlin)}. */
    static String instantFor(Instant instant, Technician technician) {
        if (technician == null) {
            return instant.toString();
        }
        return String.format("%s (%s %s)", instant, LOCAL.format(instant.atZone(technician.zone())), technician.zone());
    }

    /** Returns exclusion counts, most frequent first, such as {@code missing skill 7, off shift 3}. */
    static String exclusionCounts(Map<ExclusionReason, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<ExclusionReason, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> words(entry.getKey()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Returns required skills, such as {@code exchange >= 2, m365 >= 2}. */
    static String requirements(List<SkillRequirement> requirements) {
        if (requirements.isEmpty()) {
            return "none";
        }
        return requirements.stream().map(r -> r.skill() + " >= " + r.minLevel()).collect(Collectors.joining(", "));
    }

    /** Returns what a close candidate lacks, such as {@code t06 Daniel Okafor: linux level 3, needs level 4}. */
    static String shortfall(Shortfall shortfall, Map<TechnicianId, Technician> technicians) {
        String lacks = shortfall.failures().stream().map(Words::exclusion).collect(Collectors.joining("; "));
        return technician(shortfall.technician(), technicians) + ": " + lacks;
    }

    private static String exclusion(Exclusion exclusion) {
        return exclusion.detail().isEmpty() ? words(exclusion.reason()) : exclusion.detail();
    }
}
