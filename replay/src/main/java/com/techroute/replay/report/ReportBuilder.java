package com.techroute.replay.report;

import com.techroute.replay.ReplayResult;
import com.techroute.replay.ReplaySettings;
import com.techroute.replay.SettingsText;
import com.techroute.replay.rebalance.EngineRebalancing;
import com.techroute.replay.rebalance.ReplayRebalance;
import com.techroute.replay.learn.LearnedModel;
import com.techroute.replay.log.RowProblem;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.scenario.LogSplit;
import com.techroute.replay.scenario.ReplayScenario;
import com.techroute.replay.sim.HistoricalDispatcher;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link ReportDocument} of a replay: settings, what was learned, the figures and the charts. */
public final class ReportBuilder {

    /** Unreadable rows listed in the report; all of them go to {@code unreadable-rows.csv}. */
    public static final int LISTED_PROBLEMS = 100;
    /** File names of the charts. */
    public static final String SLA_CHART = "sla-outcomes.png";
    public static final String ENGINE_WORKLOAD_CHART = "workload-engine.png";
    public static final String BASELINE_WORKLOAD_CHART = "workload-what-people-did.png";

    private ReportBuilder() {
    }

    /** Builds the report of a replay. */
    public static ReportDocument build(ReplayResult replay) {
        ReportDocument document = new ReportDocument();
        overview(document, replay);
        settings(document, replay.scenario().settings());
        learned(document, replay.scenario());
        results(document, replay);
        unreadableRows(document, replay.imported().problems());
        return document;
    }

    private static void overview(ReportDocument document, ReplayResult replay) {
        ReplayScenario scenario = replay.scenario();
        LogSplit split = scenario.split();
        ZoneId zone = scenario.settings().zone();
        document.heading(1, "Replay of " + replay.source().path().getFileName());
        document.paragraph("Log " + replay.source().path() + " (" + replay.source().formatName() + "): "
                + ReportFormat.count(replay.imported().rowCount()) + " rows, "
                + ReportFormat.count(replay.imported().problemCount()) + " unreadable, "
                + ReportFormat.count(replay.imported().ticketCount()) + " tickets opened from "
                + ReportFormat.time(split.first(), zone) + " to " + ReportFormat.time(split.last(), zone) + ".");
        document.paragraph("The history part, the tickets opened before " + ReportFormat.time(split.splitAt(), zone)
                + " (" + ReportFormat.count(split.history().size()) + " tickets), taught the engine and is not"
                + " scored. The " + ReportFormat.count(scenario.tickets().size()) + " later tickets were replayed"
                + " through each strategy. Replay time: " + ReportFormat.hours(replay.elapsed().toMillis() / 1000.0)
                + " s, without reading the log and writing this report.");
    }

    private static void settings(ReportDocument document, ReplaySettings settings) {
        document.heading(2, "Settings");
        document.paragraph("Values the log cannot supply; each is a flag of the replay command.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("--zone", settings.zone().getId(), "zone of the log's local times, the shifts and the"
                + " business hours"));
        rows.add(List.of("--history-share", String.valueOf(settings.historyShare()), "share of the time span"
                + " learned from and not scored"));
        rows.add(List.of("--batch-window", SettingsText.format(settings.batchWindow()), "tickets arriving within"
                + " it are assigned as one batch; 0s assigns each alone"));
        rows.add(List.of("--handling-cap", SettingsText.format(settings.handlingCap()), "longest simulated"
                + " handling time and effort estimate, in working time"));
        rows.add(List.of("--min-effort", SettingsText.format(settings.minEffort()), "shortest effort estimate"));
        rows.add(List.of("--capacity", SettingsText.format(settings.capacity()), "most open effort a technician"
                + " may hold"));
        rows.add(List.of("--min-skill-holders", String.valueOf(settings.minSkillHolders()), "technicians who"
                + " must have a category's skill before tickets require it"));
        rows.add(List.of("--sla", SettingsText.format(settings.slaTargets()), "respond/resolve targets per"
                + " priority, in business hours"));
        rows.add(List.of("--business-hours", SettingsText.format(settings.businessHours()), "calendar of the SLA"
                + " targets, and the shifts of people whose hours cannot be learned"));
        rows.add(List.of("--shifts", settings.shifts().name().toLowerCase(Locale.ROOT).replace('_', '-'), "where technicians'"
                + " shifts come from"));
        rows.add(List.of("--tiers", settings.tiers().name().toLowerCase(Locale.ROOT), "where client tiers come from"));
        rows.add(List.of("--tier-weights", join(settings.tierWeights()), "weights of platinum, gold, silver,"
                + " bronze"));
        ReplayRebalance rebalance = settings.rebalance();
        if (rebalance != null) {
            rows.add(List.of("--rebalance-every", SettingsText.format(rebalance.every()), "simulated time between"
                    + " two rebalances of the engine's queues, in the \"" + EngineRebalancing.NAME + "\" strategy"));
            rows.add(List.of("--rebalance-max-moves", String.valueOf(rebalance.maxMoves()), "maximum number of tickets one"
                    + " rebalance may move"));
            rows.add(List.of("--rebalance-time-limit", SettingsText.format(rebalance.timeLimit()), "wall-clock"
                    + " time one rebalance's solver may spend"));
            rows.add(List.of("--rebalance-move-penalty", String.valueOf(rebalance.movePenalty()), "cost of one"
                    + " move in factor-score points; solver seed " + ReplayRebalance.SEED));
        }
        document.table(List.of("flag", "value", "what it sets"), rows);
    }

    private static void learned(ReportDocument document, ReplayScenario scenario) {
        LearnedModel model = scenario.model();
        List<String> items = new ArrayList<>();
        items.add(ReportFormat.count(model.technicians().size()) + " technicians: everyone who took a ticket in"
                + " the history part; " + ReportFormat.count(model.defaultShiftPeople().size()) + " of them work"
                + " the business hours because their shifts were not learned" + names(model.defaultShiftPeople()));
        items.add(ReportFormat.count(model.requiredSkills().size()) + " categories require their skill; "
                + ReportFormat.count(scenario.ticketsWithoutRequirement()) + " scored tickets require no skill,"
                + " because no technician (or fewer than --min-skill-holders) resolved their category in the"
                + " history part, or they have no category");
        items.add(ReportFormat.count(model.serviceTimes().learnedSpeedCount()) + " speeds learned per technician"
                + " and category; median handling time of the history part "
                + SettingsText.format(model.serviceTimes().overallMedian()) + " of working time");
        items.add("client tiers: " + tierCounts(model.clientTiers().clientCounts()));
        items.add(ReportFormat.count(model.unknownPeople().size()) + " people unknown to the engine, who take"
                + " tickets only after the history part" + names(model.unknownPeople()));
        items.add(ReportFormat.count(scenario.reassignments()) + " reassignments in the log's scored part, on "
                + ReportFormat.count(scenario.reassignedTickets()) + " tickets; \"what people did\" follows the"
                + " first assignee");
        items.add(ReportFormat.count(scenario.ticketsNobodyTook()) + " scored tickets nobody took in the log, and "
                + ReportFormat.count(scenario.unresolvedTickets()) + " the log never resolved (simulated with"
                + " their effort estimate)");
        document.heading(2, "What the history part taught");
        document.bullets(items);
    }

    private static void results(ReportDocument document, ReplayResult replay) {
        document.heading(2, "Results");
        document.paragraph("Rates are shares of all scored tickets; a ticket never assigned counts as breaching"
                + " both targets. Times to start are over assigned tickets. Load counts every technician, and"
                + " anyone else who got work.");
        document.table(MetricsTable.header(replay.metrics()), MetricsTable.rows(replay.metrics()));
        ZoneId zone = replay.scenario().settings().zone();
        document.figure(SLA_CHART, ReportCharts.slaOutcomes(replay.metrics()));
        document.figure(ENGINE_WORKLOAD_CHART, ReportCharts.workload(replay.results().get(0), zone));
        document.figure(BASELINE_WORKLOAD_CHART,
                ReportCharts.workload(replay.result(HistoricalDispatcher.NAME), zone));
    }

    private static void unreadableRows(ReportDocument document, List<RowProblem> problems) {
        document.heading(2, "Unreadable rows");
        if (problems.isEmpty()) {
            document.paragraph("Every row of the log was read.");
            return;
        }
        document.paragraph(ReportFormat.count(problems.size()) + " rows could not be read and are left out;"
                + " unreadable-rows.csv lists them all."
                + (problems.size() > LISTED_PROBLEMS ? " The first " + LISTED_PROBLEMS + " follow." : ""));
        List<List<String>> rows = new ArrayList<>();
        for (RowProblem problem : problems.subList(0, Math.min(LISTED_PROBLEMS, problems.size()))) {
            rows.add(List.of(String.valueOf(problem.lineNumber()), problem.message()));
        }
        document.table(List.of("line", "problem"), rows);
    }

    private static String names(Collection<String> people) {
        if (people.isEmpty()) {
            return "";
        }
        return ": " + String.join(", ", people);
    }

    private static String tierCounts(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new TreeMap<>(counts);
        List<String> parts = new ArrayList<>();
        sorted.forEach((tier, count) -> parts.add(tier + " " + count));
        return parts.isEmpty() ? "one tier for all clients" : String.join(", ", parts)
                + " clients with history volume; clients first seen later are bronze";
    }

    private static String join(List<Double> values) {
        List<String> parts = new ArrayList<>();
        for (double value : values) {
            parts.add(value == Math.rint(value) ? Long.toString(Math.round(value)) : Double.toString(value));
        }
        return String.join(",", parts);
    }
}
