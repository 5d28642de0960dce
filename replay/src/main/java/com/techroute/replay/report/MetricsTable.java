package com.techroute.replay.report;

import com.techroute.replay.metrics.StrategyMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report's comparison table: one row per figure, one column per strategy. */
final class MetricsTable {

    private MetricsTable() {
    }

    static List<String> header(List<StrategyMetrics> metrics) {
        List<String> header = new ArrayList<>();
        header.add("figure");
        metrics.forEach(strategy -> header.add(strategy.strategy()));
        return header;
    }

    static List<List<String>> rows(List<StrategyMetrics> metrics) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("respond breaches", metrics,
                m -> ReportFormat.countAndRate(m.respondBreaches(), m.respondBreachRate())));
        rows.add(row("resolve breaches", metrics,
                m -> ReportFormat.countAndRate(m.resolveBreaches(), m.resolveBreachRate())));
        rows.add(row("time to start, mean (h)", metrics, m -> ReportFormat.hours(m.meanStartHours())));
        rows.add(row("time to start, median (h)", metrics, m -> ReportFormat.hours(m.medianStartHours())));
        rows.add(row("time to start, 90th percentile (h)", metrics, m -> ReportFormat.hours(m.p90StartHours())));
        rows.add(row("handled effort, max / mean", metrics, m -> ReportFormat.decimal(m.loadMaxOverMean())));
        rows.add(row("handled effort, Gini", metrics, m -> ReportFormat.decimal(m.loadGini())));
        rows.add(row("people with handled effort counted", metrics, m -> ReportFormat.count(m.people())));
        rows.add(row("skill match", metrics, m -> ReportFormat.percent(m.skillMatchRate()) + " of "
                + ReportFormat.count(m.skillChecked())));
        rows.add(row("first choice = log's first assignee", metrics, m -> m.hasFirstChoice()
                ? ReportFormat.percent(m.firstChoiceRate()) + " of " + ReportFormat.count(m.firstChoiceChecked())
                : "n/a"));
        rows.add(row("never assigned", metrics, m -> ReportFormat.count(m.unassigned())));
        rows.add(row("tickets to people unknown to the engine", metrics,
                m -> ReportFormat.count(m.ticketsToUnknownPeople())));
        if (metrics.stream().anyMatch(m -> m.rebalance() != null)) {
            rows.add(row("rebalance runs (with the solver)", metrics, m -> m.rebalance() == null ? "n/a"
                    : ReportFormat.count(m.rebalance().runs()) + " (" + ReportFormat.count(m.rebalance().solverRuns())
                            + ")"));
            rows.add(row("rebalance moves applied", metrics, m -> m.rebalance() == null ? "n/a"
                    : ReportFormat.count(m.rebalance().moves())));
            rows.add(row("rebalance solver time (s)", metrics, m -> m.rebalance() == null ? "n/a"
                    : ReportFormat.decimal(m.rebalance().solverTime().toMillis() / 1000.0)));
        }
        return rows;
    }

    private static List<String> row(String name, List<StrategyMetrics> metrics,
            Function<StrategyMetrics, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(name);
        metrics.forEach(strategy -> row.add(cell.apply(strategy)));
        return row;
    }
}
