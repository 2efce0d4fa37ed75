package org.commerceintegration.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * CPU time and heap of the server process over a measured interval: CPU from the platform's process CPU time (the
 * share of all cores used between {@link #start()} and {@link #stop()}), heap as the highest sampled use.
 */
final class ProcessLoad {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private long startCpuNanos;
    private long startWallNanos;
    private long cpuNanos = -1;
    private long wallNanos;
    private long peakHeapBytes;

    static ProcessLoad start() {
        ProcessLoad load = new ProcessLoad();
        load.startCpuNanos = processCpuNanos();
        load.startWallNanos = System.nanoTime();
        load.sample();
        return load;
    }

    /** Notes the heap in use now; called while the measured work runs. */
    void sample() {
        peakHeapBytes = Math.max(peakHeapBytes, MEMORY.getHeapMemoryUsage().getUsed());
    }

    void stop() {
        sample();
        wallNanos = System.nanoTime() - startWallNanos;
        long end = processCpuNanos();
        cpuNanos = end < 0 || startCpuNanos < 0 ? -1 : end - startCpuNanos;
    }

    /** Percent of all cores, or -1 when the platform does not tell the process CPU time. */
    double cpuPercent() {
        return cpuNanos < 0 || wallNanos <= 0 ? -1 : 100.0 * cpuNanos / wallNanos / CORES;
    }

    /** CPU milliseconds per unit of work (a message, an order), or -1 when unknown. */
    double cpuMillisPer(long units) {
        return cpuNanos < 0 || units <= 0 ? -1 : cpuNanos / 1e6 / units;
    }

    double peakHeapMegabytes() {
        return peakHeapBytes / 1048576.0;
    }

    static int cores() {
        return CORES;
    }

    /** Heap in use after a full collection: what the live objects take, in megabytes. */
    static double liveHeapMegabytes() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }
}
