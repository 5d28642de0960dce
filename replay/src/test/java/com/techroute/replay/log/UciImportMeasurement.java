package com.techroute.replay.log;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures import time and peak heap of a log, by hand rather than as a test: timing on a shared
 * machine is too noisy to assert. Peak heap is the sum of each heap pool's peak since the run
 * started, an upper bound because pools may peak at different moments; run with a small
 * {@code -Xmx} to find a hard bound. Usage, from the module directory after {@code mvn test-compile}:
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:CLASSPATH \
 *     com.techroute.replay.log.UciImportMeasurement ../data/uci-incidents/incident_event_log.zip 3
 * </pre>
 */
public final class UciImportMeasurement {

    private UciImportMeasurement() {
    }

    /**
     * Imports the file the given number of times, printing time and peak heap of each run.
     *
     * @param args the log file, then the number of runs (default 3)
     */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../data/uci-incidents/incident_event_log.zip");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long started = System.nanoTime();
            ImportResult result = new UciIncidentLogImporter().importLog(file);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long peakBytes = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.gc();
            long retainedBytes = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("run %d: %d tickets, %d rows, %d unreadable, %d ms, peak heap %d MiB, "
                    + "heap after GC holding the result %d MiB, max heap %d MiB%n",
                    run, result.ticketCount(), result.rowCount(), result.problemCount(), millis, peakBytes >> 20,
                    retainedBytes >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
