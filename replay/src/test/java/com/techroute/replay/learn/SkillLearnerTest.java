package com.techroute.replay.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillLearnerTest {

    @Test
    void levelsFollowShareQuantiles() {
        // Resolvers with 6, 3 and 1 tickets: at or below 6 are 3 of 3 (5 * 3/3 = 5), at or below 3 are
        // 2 of 3 (ceil(3.33) = 4), at or below 1 is 1 of 3 (ceil(1.67) = 2).
        Map<String, Map<String, Integer>> skills = SkillLearner.learn(
                Map.of("product:value 1", Map.of("Ann", 6, "Bob", 3, "Cy", 1)));

        assertThat(skills.get("Ann")).containsEntry("product:value 1", 5);
        assertThat(skills.get("Bob")).containsEntry("product:value 1", 4);
        assertThat(skills.get("Cy")).containsEntry("product:value 1", 2);
    }

    @Test
    void soleResolverHasTopLevel() {
        Map<String, Map<String, Integer>> skills = SkillLearner.learn(Map.of("category:category 55", Map.of("Dee", 1)));

        assertThat(skills.get("Dee")).containsEntry("category:category 55", 5);
    }

    @Test
    void tiedResolversShareLevel() {
        // Four resolvers with 2, 2, 2 and 1 tickets: the three at 2 are at or above 4 of 4, so level 5.
        Map<String, Map<String, Integer>> skills = SkillLearner.learn(
                Map.of("mail", Map.of("A", 2, "B", 2, "C", 2, "D", 1)));

        assertThat(skills.get("A")).containsEntry("mail", 5);
        assertThat(skills.get("C")).containsEntry("mail", 5);
        assertThat(skills.get("D")).containsEntry("mail", 2);
    }
}
