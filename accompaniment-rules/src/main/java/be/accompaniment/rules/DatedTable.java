package be.accompaniment.rules;

import be.accompaniment.law.DatedValue;
import java.util.List;

/**
 * A {@link DatedValue} compiled for the advisor's hot path: first days as epoch-day ints, values in an array, a binary
 * search without allocation. Immutable and thread-safe when the values are.
 */
final class DatedTable<T> {
    private final DatedValue<T> source;
    private final int[] from;
    private final Object[] values;

    DatedTable(DatedValue<T> source) {
        this.source = source;
        List<DatedValue.Step<T>> steps = source.steps();
        this.from = new int[steps.size()];
        this.values = new Object[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            from[i] = (int) steps.get(i).from().toEpochDay();
            values[i] = steps.get(i).value().orElse(null);
        }
    }

    String name() {
        return source.name();
    }

    DatedValue<T> source() {
        return source;
    }

    /** The value in force on an epoch day, or null if none (before the first step or after a repeal). */
    @SuppressWarnings("unchecked")
    T on(int day) {
        int lo = 0;
        int hi = from.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (from[mid] > day) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found < 0 ? null : (T) values[found];
    }
}
