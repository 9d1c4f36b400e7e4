package be.accompaniment.rules;

import java.util.Arrays;

/**
 * The conditions that held while a rule was evaluated, with the values seen: pairs of longs, the first packing the
 * condition node's id and an extra int (an income ceiling), the second the value. Reused; not thread-safe.
 */
final class Trace {
    static final long NO_VALUE = Long.MIN_VALUE;
    private static final long[] EMPTY = new long[0];

    private long[] data = new long[32];
    private int size;

    void clear() {
        size = 0;
    }

    int mark() {
        return size;
    }

    void reset(int mark) {
        size = mark;
    }

    void add(int node, int extra, long value) {
        if (size + 2 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size] = ((long) node << 32) | (extra & 0xFFFFFFFFL);
        data[size + 1] = value;
        size += 2;
    }

    /** The entries recorded from a mark on, as a new array. */
    long[] copyFrom(int mark) {
        return size == mark ? EMPTY : Arrays.copyOfRange(data, mark, size);
    }

    static int node(long header) {
        return (int) (header >>> 32);
    }

    static int extra(long header) {
        return (int) header;
    }
}
