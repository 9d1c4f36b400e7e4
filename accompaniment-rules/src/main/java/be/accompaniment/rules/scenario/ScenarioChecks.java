package be.accompaniment.rules.scenario;

import be.accompaniment.internal.Checks;
import java.util.function.Supplier;

/** Validation helpers for the scenario's value types, in the style of {@link Checks}. */
final class ScenarioChecks {
    private ScenarioChecks() {}

    /** Fails unless the value is a probability, between 0 and 1 inclusive. */
    static void probability(double value, String field, Supplier<String> what) {
        Checks.that(value >= 0 && value <= 1, field, what, () -> "must be a probability between 0 and 1, was " + value);
    }

    /** Fails unless the value is finite and at least {@code min}. */
    static void atLeast(double min, double value, String field, Supplier<String> what) {
        Checks.that(Double.isFinite(value) && value >= min, field, what, () -> "must be >= " + min + ", was " + value);
    }
}
