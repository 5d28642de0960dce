package com.techroute.replay.learn;

import com.techroute.engine.domain.Skills;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns skill levels from who resolved which categories.
 *
 * <p>A person who resolved at least one ticket of a category has its skill. Their share is the part of
 * the category's resolved tickets that they resolved. Their level is the share's quantile among the
 * category's resolvers (the fraction of resolvers whose share is at most theirs), times 5, rounded up.
 * So the sole resolver of a category has level 5, and of three resolvers with 6, 3 and 1 tickets the
 * levels are 5, 4 and 2.
 */
public final class SkillLearner {

    private SkillLearner() {
    }

    /**
     * Returns each person's skills with levels 1 to 5.
     *
     * @param resolvedCounts per skill, the number of that category's tickets each person resolved
     * @return per person, skill name to level; people without a resolved ticket are absent
     */
    public static Map<String, Map<String, Integer>> learn(Map<String, Map<String, Integer>> resolvedCounts) {
        Map<String, Map<String, Integer>> skillsByPerson = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> skill : resolvedCounts.entrySet()) {
            Map<String, Integer> counts = skill.getValue();
            for (Map.Entry<String, Integer> person : counts.entrySet()) {
                if (person.getValue() <= 0) {
                    continue;
                }
                int level = level(person.getValue(), counts);
                skillsByPerson.computeIfAbsent(person.getKey(), name -> new HashMap<>()).put(skill.getKey(), level);
            }
        }
        return skillsByPerson;
    }

    /** Returns the level of a count among the positive counts of its category's resolvers. */
    static int level(int count, Map<String, Integer> counts) {
        int resolvers = 0;
        int atOrBelow = 0;
        for (int other : counts.values()) {
            if (other > 0) {
                resolvers++;
                if (other <= count) {
                    atOrBelow++;
                }
            }
        }
        int level = (int) Math.ceil(Skills.MAX_LEVEL * atOrBelow / (double) resolvers);
        return Math.max(Skills.MIN_LEVEL, Math.min(Skills.MAX_LEVEL, level));
    }
}
