package be.accompaniment.rules.coordination;

import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of the score of a speed-dating encounter: why, how much, and the note of the complementarity table it
 * comes from.
 *
 * <p>JSON form: {@code {"kind":"COMPLEMENTARY_KINDS","weight":3.0,"note":"…"}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableEncounterReason.class)
@JsonDeserialize(as = ImmutableEncounterReason.class)
public abstract class EncounterReason {
    EncounterReason() {}

    /**
     * A reason without a note.
     *
     * @param kind why, not null
     * @param weight how much, finite and at least 0
     * @return the reason
     */
    public static EncounterReason of(ReasonKind kind, double weight) {
        return builder().kind(kind).weight(weight).build();
    }

    /** A builder; {@code kind} and {@code weight} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Why. */
    public abstract ReasonKind kind();

    /** How much it adds to the score. */
    public abstract double weight();

    /** The note of the complementarity table, when the reason comes from one of its entries. */
    public abstract Optional<String> note();

    @Value.Check
    final void check() {
        Checks.that(
                Double.isFinite(weight()) && weight() >= 0,
                "weight",
                () -> "encounter reason " + kind(),
                () -> "must be a finite number >= 0, was " + weight());
    }

    /** Builds an {@link EncounterReason}. */
    public static final class Builder extends ImmutableEncounterReason.Builder {
        Builder() {}
    }
}
