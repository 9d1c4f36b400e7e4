package be.accompaniment.rules;

import java.util.Objects;

/**
 * A condition that held when a rule fired, with the value the advisor saw, e.g. {@code daysUntil HEARING = 12 within
 * [0, 30]} or {@code stage HEARING_SET in [FILED, CPAS_NOTIFIED, HEARING_SET]}. Of an {@code any}, the first
 * alternative that held is reported; of a {@code not}, the negated condition and the value it saw.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeldCondition {
    private final Condition condition;
    private final String text;

    HeldCondition(Condition condition, String text) {
        this.condition = condition;
        this.text = text;
    }

    /** The condition of the rulebook. */
    public Condition condition() {
        return condition;
    }

    /** The condition and the value seen, in the rulebook's vocabulary. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldCondition h && condition.equals(h.condition) && text.equals(h.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(condition, text);
    }

    /** The {@link #text()}. */
    @Override
    public String toString() {
        return text;
    }
}
