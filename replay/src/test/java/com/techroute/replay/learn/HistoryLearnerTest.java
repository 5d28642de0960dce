package com.techroute.replay.learn;

import static com.techroute.replay.Logs.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.domain.Technician;
import com.techroute.replay.ReplaySettings;
import com.techroute.replay.SettingsText;
import com.techroute.replay.log.HistoricalTicket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryLearnerTest {

    private static final ReplaySettings SETTINGS = SettingsText.defaults(ZoneOffset.UTC);

    /**
     * Returns a small history in UTC, Monday 2024-01-08 to Friday 2024-01-12. Ann resolves five "net" tickets,
     * one a day at 09:00-10:00, then 10:00-12:00, 11:00-12:00, 09:00-09:30, 09:00-10:00; Bob resolves two
     * "net" and one "mail" ticket on Monday afternoon and takes one "mail" ticket that Cy resolves.
     */
    private static List<HistoricalTicket> history() {
        List<HistoricalTicket> tickets = new ArrayList<>();
        tickets.add(ticket("A1", "2024-01-08T09:00:00Z", "net", "2024-01-08T09:00:00Z", "2024-01-08T10:00:00Z", "Ann"));
        tickets.add(ticket("A2", "2024-01-09T10:00:00Z", "net", "2024-01-09T10:00:00Z", "2024-01-09T12:00:00Z", "Ann"));
        tickets.add(ticket("A3", "2024-01-10T11:00:00Z", "net", "2024-01-10T11:00:00Z", "2024-01-10T12:00:00Z", "Ann"));
        tickets.add(ticket("A4", "2024-01-11T09:00:00Z", "net", "2024-01-11T09:00:00Z", "2024-01-11T09:30:00Z", "Ann"));
        tickets.add(ticket("A5", "2024-01-12T09:00:00Z", "net", "2024-01-12T09:00:00Z", "2024-01-12T10:00:00Z", "Ann"));
        tickets.add(ticket("B1", "2024-01-08T13:00:00Z", "net", "2024-01-08T13:00:00Z", "2024-01-08T14:00:00Z", "Bob"));
        tickets.add(ticket("B2", "2024-01-08T14:00:00Z", "net", "2024-01-08T14:00:00Z", "2024-01-08T16:00:00Z", "Bob"));
        tickets.add(ticket("B3", "2024-01-08T15:00:00Z", "mail", "2024-01-08T15:00:00Z", "2024-01-08T16:00:00Z", "Bob"));
        tickets.add(ticket("C1", "2024-01-08T16:00:00Z", "mail", "2024-01-08T16:00:00Z", "2024-01-08T17:00:00Z",
                "Bob", "Cy"));
        tickets.sort((a, b) -> a.openedAt().compareTo(b.openedAt()));
        return tickets;
    }

    private static LearnedModel learn() {
        return new HistoryLearner(SETTINGS, new SkillNaming("board"), new EngineIds()).learn(history(), List.of());
    }

    private static Technician technician(LearnedModel model, String person) {
        return model.technicians().stream().filter(t -> t.name().equals(person)).findFirst().orElseThrow();
    }

    @Test
    void rosterHoldsEveryHistoryAssignee() {
        assertThat(learn().technicians()).extracting(Technician::name).containsExactly("Ann", "Bob", "Cy");
    }

    @Test
    void skillsRankResolversPerCategory() {
        // "net": Ann resolved 5 and Bob 2, so Ann 5 * 2/2 = 5 and Bob ceil(5 * 1/2) = 3. "mail": Bob and
        // Cy resolved one each (C1 counts for Cy, its last assignee), so both are at level 5.
        LearnedModel model = learn();

        assertThat(technician(model, "Ann").skills()).containsExactlyEntriesOf(java.util.Map.of("board:net", 5));
        assertThat(technician(model, "Bob").skills()).containsEntry("board:net", 3).containsEntry("board:mail", 5);
        assertThat(technician(model, "Cy").skills()).containsExactlyEntriesOf(java.util.Map.of("board:mail", 5));
    }

    @Test
    void shiftsComeFromActions() {
        // Ann acted once a day at 09:00/10:00, 10:00/12:00, 11:00/12:00, 09:00/09:30 and 09:00/10:00:
        // two actions per weekday, so each day's window runs from the first hour to the last rounded up,
        // at least 4 hours long.
        LearnedModel model = learn();

        assertThat(technician(model, "Ann").shifts()).containsExactlyInAnyOrder(
                WeeklyWindow.parse("MON 09:00-13:00"), WeeklyWindow.parse("TUE 10:00-14:00"),
                WeeklyWindow.parse("WED 11:00-15:00"), WeeklyWindow.parse("THU 09:00-13:00"),
                WeeklyWindow.parse("FRI 09:00-13:00"));
    }

    @Test
    void fewActionsFallBackToBusinessHours() {
        // Cy resolved one ticket: one action, fewer than the five needed to learn shifts.
        LearnedModel model = learn();

        assertThat(model.defaultShiftPeople()).containsExactly("Cy");
        assertThat(technician(model, "Cy").shifts()).isEqualTo(SETTINGS.businessHours());
    }

    @Test
    void effortIsCategoryMedian() {
        // "net" handling times: Ann 1h, 2h, 1h, 0.5h, 1h on her shifts; Bob 1h, 2h on his. Median of the
        // seven: 1h.
        LearnedModel model = learn();

        assertThat(model.serviceTimes().effort("board:net")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void speedComparesPersonMedianToCategory() {
        // Ann's median on "net" is 1h, the category's 1h: speed 1. Bob has only two "net" tickets,
        // fewer than three, so his speed stays 1 as well.
        LearnedModel model = learn();

        assertThat(model.serviceTimes().speed("Ann", "board:net")).isEqualTo(1.0);
        assertThat(model.serviceTimes().speed("Bob", "board:net")).isEqualTo(1.0);
    }

    @Test
    void everyHeldCategoryBecomesRule() {
        assertThat(learn().requiredSkills()).containsExactlyInAnyOrder("board:net", "board:mail");
    }

    @Test
    void minimumHoldersDropsRareSkill() {
        // With at least three holders required, neither "net" (Ann, Bob) nor "mail" (Bob, Cy) qualifies.
        ReplaySettings strict = new ReplaySettings(SETTINGS.zone(), SETTINGS.historyShare(), SETTINGS.batchWindow(),
                SETTINGS.handlingCap(), SETTINGS.minEffort(), SETTINGS.capacity(), 3, SETTINGS.slaTargets(),
                SETTINGS.businessHours(), SETTINGS.shifts(), SETTINGS.tiers(), SETTINGS.tierWeights());

        LearnedModel model = new HistoryLearner(strict, new SkillNaming("board"), new EngineIds())
                .learn(history(), List.of());

        assertThat(model.requiredSkills()).isEmpty();
        assertThat(model.categoryRules()).isEmpty();
    }
}
