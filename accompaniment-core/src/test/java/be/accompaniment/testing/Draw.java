package be.accompaniment.testing;

import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Draws values from a QuickTheories randomness source, so that generators can be written step by step and still shrink. */
final class Draw {
    private Draw() {}

    /** An integer from {@code min} to {@code max} inclusive. */
    static int between(RandomnessSource rs, int min, int max) {
        return (int) rs.next(Constraint.between(min, max));
    }

    /** True with the given probability in percent. */
    static boolean bool(RandomnessSource rs, int percent) {
        return between(rs, 1, 100) <= percent;
    }

    /** One of the values, uniformly. */
    @SafeVarargs
    static <T> T pick(RandomnessSource rs, T... values) {
        return values[between(rs, 0, values.length - 1)];
    }
}
