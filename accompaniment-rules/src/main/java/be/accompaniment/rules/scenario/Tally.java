package be.accompaniment.rules.scenario;

import java.util.Arrays;

/**
 * Counts of one step by commune and indicator, and the first-contact delays seen, kept by one task (a chunk of
 * households, or the sequential phase) and summed afterwards. Sums of integers do not depend on the order they are
 * added in, so the totals are the same on any number of threads.
 */
final class Tally {
    /** The number of indicators that are counts, which come first in {@link Indicator#all()}. */
    static final int COUNTS =
            (int) Indicator.all().stream().filter(Indicator::isCount).count();

    final long[] counts;
    int[] delays = new int[16];
    int delayCount;

    Tally(int communes) {
        counts = new long[communes * COUNTS];
    }

    void add(int commune, Indicator indicator) {
        counts[commune * COUNTS + indicator.index()]++;
    }

    void add(int commune, Indicator indicator, long n) {
        counts[commune * COUNTS + indicator.index()] += n;
    }

    /** Records the days to a first contact of a household of a commune. */
    void delay(int commune, int days) {
        if (delayCount + 2 > delays.length) {
            delays = Arrays.copyOf(delays, delays.length * 2);
        }
        delays[delayCount++] = commune;
        delays[delayCount++] = days;
    }

    void clear() {
        Arrays.fill(counts, 0);
        delayCount = 0;
    }
}
