package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The record of the conditions that held: entries kept in order, beyond the first array, and read from a mark. */
class TraceTest {
    @Test
    void keepsEveryEntryInOrderBeyondItsFirstArray() {
        Trace trace = new Trace();
        // a hundred conditions: well beyond the sixteen pairs of the first array
        for (int i = 0; i < 100; i++) {
            trace.add(i, -i, 1_000L + i);
        }

        long[] all = trace.copyFrom(0);

        assertThat(all).hasSize(200);
        for (int i = 0; i < 100; i++) {
            assertThat(Trace.node(all[2 * i])).isEqualTo(i);
            assertThat(Trace.extra(all[2 * i])).isEqualTo(-i);
            assertThat(all[2 * i + 1]).isEqualTo(1_000L + i);
        }
    }

    @Test
    void readsFromAMarkAndForgetsWhatFollowsAReset() {
        Trace trace = new Trace();
        trace.add(1, 0, 10);
        int mark = trace.mark();
        trace.add(2, 0, Trace.NO_VALUE);

        assertThat(trace.copyFrom(mark)).hasSize(2);
        assertThat(Trace.node(trace.copyFrom(mark)[0])).isEqualTo(2);

        trace.reset(mark);
        assertThat(trace.copyFrom(mark)).isEmpty();
        assertThat(trace.copyFrom(0)).containsExactly(((long) 1 << 32), 10);
        trace.clear();
        assertThat(trace.copyFrom(0)).isEmpty();
    }
}
