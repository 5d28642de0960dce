package com.techroute.replay.report;

import com.techroute.replay.chart.LineChart;
import com.techroute.replay.chart.StackedBarChart;
import com.techroute.replay.metrics.StrategyMetrics;
import com.techroute.replay.sim.SimulationResult;
import com.techroute.replay.sim.WorkQueue;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the report's charts from the replay's results. */
final class ReportCharts {

    /** People drawn in a workload chart: the busiest by handled effort. */
    static final int WORKLOAD_LINES = 8;

    private ReportCharts() {
    }

    /** Returns the SLA outcomes of every strategy as stacked bars. */
    static StackedBarChart slaOutcomes(List<StrategyMetrics> metrics) {
        List<String> bars = new ArrayList<>();
        double[][] values = new double[metrics.size()][];
        for (int i = 0; i < metrics.size(); i++) {
            StrategyMetrics strategy = metrics.get(i);
            bars.add(strategy.strategy());
            values[i] = new double[] {strategy.onTime(), strategy.resolveOnly(), strategy.respondOnly(),
                strategy.bothBreaches(), strategy.unassigned()};
        }
        return new StackedBarChart("SLA outcomes per strategy (share of scored tickets)", bars,
                List.of("both met", "resolve breached", "respond breached", "both breached", "never assigned"), values);
    }

    /** Returns the open effort over time of the strategy's busiest people. */
    static LineChart workload(SimulationResult result, ZoneId zone) {
        List<WorkQueue> busiest = new ArrayList<>(result.queues());
        busiest.sort(Comparator.comparing(WorkQueue::handled).reversed().thenComparing(WorkQueue::person));
        List<LineChart.Series> series = new ArrayList<>();
        for (WorkQueue queue : busiest.subList(0, Math.min(WORKLOAD_LINES, busiest.size()))) {
            double[] hours = result.workload().hoursByPerson().get(queue.person());
            if (hours != null) {
                series.add(new LineChart.Series(queue.person(), hours));
            }
        }
        return new LineChart("Open effort per technician: " + result.strategy() + " (the " + WORKLOAD_LINES
                + " busiest)", "hours of open effort", result.workload().instants(), series, zone);
    }
}
