package org.commerceintegration.monitoring.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Processed and failed counts of one queue: per second for the last minute (the "last minute" figure slides with
 * the clock) and per minute for the last hour (the chart). Fixed-size rings indexed by time, so memory is constant
 * and nothing needs cleaning up: a slot whose stamp is stale counts as zero. Thread-safe.
 */
final class ThroughputCounter {

    private static final int SLOTS = 60;

    private final long[] secondStamp = new long[SLOTS];
    private final long[] secondProcessed = new long[SLOTS];
    private final long[] secondFailed = new long[SLOTS];
    private final long[] minuteStamp = new long[SLOTS];
    private final long[] minuteProcessed = new long[SLOTS];
    private final long[] minuteFailed = new long[SLOTS];

    ThroughputCounter() {
        java.util.Arrays.fill(secondStamp, -1);
        java.util.Arrays.fill(minuteStamp, -1);
    }

    synchronized void record(boolean processed, long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        int s = slot(second);
        if (secondStamp[s] != second) {
            secondStamp[s] = second;
            secondProcessed[s] = 0;
            secondFailed[s] = 0;
        }
        long minute = Math.floorDiv(second, 60);
        int m = slot(minute);
        if (minuteStamp[m] != minute) {
            minuteStamp[m] = minute;
            minuteProcessed[m] = 0;
            minuteFailed[m] = 0;
        }
        if (processed) {
            secondProcessed[s]++;
            minuteProcessed[m]++;
        } else {
            secondFailed[s]++;
            minuteFailed[m]++;
        }
    }

    /** {processed, failed} in the 60 seconds up to and including the current one. */
    synchronized long[] lastMinute(long nowMillis) {
        long now = Math.floorDiv(nowMillis, 1000);
        long processed = 0;
        long failed = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (secondStamp[i] > now - SLOTS && secondStamp[i] <= now) {
                processed += secondProcessed[i];
                failed += secondFailed[i];
            }
        }
        return new long[] {processed, failed};
    }

    /** The last 60 minutes, oldest first, the current (partial) minute last; minutes without messages as zero. */
    synchronized List<MinuteCount> lastHour(long nowMillis) {
        long current = Math.floorDiv(nowMillis, 60_000);
        List<MinuteCount> series = new ArrayList<>(SLOTS);
        for (long minute = current - SLOTS + 1; minute <= current; minute++) {
            int m = slot(minute);
            boolean live = minuteStamp[m] == minute;
            series.add(new MinuteCount(
                    Instant.ofEpochSecond(minute * 60), live ? minuteProcessed[m] : 0, live ? minuteFailed[m] : 0));
        }
        return series;
    }

    private static int slot(long time) {
        return (int) Math.floorMod(time, (long) SLOTS);
    }
}
