package be.accompaniment.territory;

import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The passing of a commune's territory to another commune on a date (fusion de communes / fusie van gemeenten):
 * the old code ends the day before, the successor covers its territory from that day.
 *
 * <p>Example: {@code Succession.of(73040, 71072, 2025-01-01, MERGER)} — Kortessem merged into the new commune of
 * Hasselt. Successions chain: Comines ({@code 54002}) became Comines-Warneton ({@code 54010}) in 1983, recoded
 * {@code 57097} in 2019.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableSuccession.class)
@JsonDeserialize(as = ImmutableSuccession.class)
public abstract class Succession {
    Succession() {}

    /**
     * A succession.
     *
     * @param predecessor the code that ends, a commune code, not null
     * @param successor the code that covers its territory, a different commune code, not null
     * @param effectiveOn the first day of the successor over that territory, not null
     * @param kind merger, absorption or recoding, not null
     * @return the succession
     * @throws be.accompaniment.InvalidInputException if the codes are equal or not commune codes
     */
    public static Succession of(NisCode predecessor, NisCode successor, LocalDate effectiveOn, SuccessionKind kind) {
        return builder()
                .predecessor(predecessor)
                .successor(successor)
                .effectiveOn(effectiveOn)
                .kind(kind)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The code that ends, e.g. {@code 73040} (Kortessem). */
    public abstract NisCode predecessor();

    /** The code that covers the territory from {@link #effectiveOn()}, e.g. {@code 71072} (Hasselt). */
    public abstract NisCode successor();

    /** The first day on which the successor covers the territory; the predecessor's last day is the day before. */
    public abstract LocalDate effectiveOn();

    /** Whether the commune merged into a new one, joined an existing one or only changed code. */
    public abstract SuccessionKind kind();

    @Value.Check
    final void check() {
        for (String field : new String[] {"predecessor", "successor"}) {
            NisCode c = field.equals("predecessor") ? predecessor() : successor();
            Checks.that(
                    c.isCommune(),
                    field,
                    this::describe,
                    () ->
                            "must be a commune code (an arrondissement XY with X and Y from 1 to 9, then a serial number other than 000), was "
                                    + c);
        }
        Checks.that(
                !predecessor().equals(successor()),
                "successor",
                this::describe,
                () -> "must differ from the predecessor, was " + successor());
    }

    private String describe() {
        return "succession " + predecessor() + " -> " + successor();
    }

    /** E.g. {@code Succession{73040 -> 71072 from 2025-01-01, MERGER}}. */
    @Override
    public String toString() {
        return "Succession{" + predecessor() + " -> " + successor() + " from " + effectiveOn() + ", " + kind() + "}";
    }

    /** Builds a {@link Succession}. */
    public static final class Builder extends ImmutableSuccession.Builder {
        Builder() {}
    }
}
