package be.accompaniment.rules;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An income ceiling by household composition, such as the ceilings of the Walloon moving and rent allowance (ADeL):
 * an amount for a single person, another for a couple, plus an amount per dependant.
 *
 * <p>JSON: {@code {"basis":"YEARLY","singleCents":1550000,"coupleCents":2120000,"perDependantCents":290000}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeCeiling.class)
@JsonDeserialize(as = ImmutableIncomeCeiling.class)
public abstract class IncomeCeiling {
    IncomeCeiling() {}

    /**
     * A ceiling.
     *
     * @param basis monthly or yearly, not null
     * @param singleCents the ceiling for a person living alone, in euro cents, 0 or more
     * @param coupleCents the ceiling for a couple, in euro cents, 0 or more
     * @param perDependantCents the amount added per dependant, in euro cents, 0 or more
     * @return the ceiling
     */
    public static IncomeCeiling of(IncomeBasis basis, long singleCents, long coupleCents, long perDependantCents) {
        return ImmutableIncomeCeiling.builder()
                .basis(basis)
                .singleCents(singleCents)
                .coupleCents(coupleCents)
                .perDependantCents(perDependantCents)
                .build();
    }

    /** Whether the amounts are monthly or yearly. */
    public abstract IncomeBasis basis();

    /** The ceiling for a person living alone, in euro cents. */
    public abstract long singleCents();

    /** The ceiling for a couple, in euro cents. */
    public abstract long coupleCents();

    /** The amount added per dependant, in euro cents. */
    public abstract long perDependantCents();

    /**
     * The ceiling for a household, in euro cents on this ceiling's basis.
     *
     * @param couple whether the reference person lives with a partner
     * @param dependants the number of dependants (the household's minors), 0 or more
     * @return the ceiling
     */
    public long ceilingCents(boolean couple, int dependants) {
        return (couple ? coupleCents() : singleCents()) + perDependantCents() * Math.max(0, dependants);
    }

    @Value.Check
    final void check() {
        Checks.atLeast(0, singleCents(), "singleCents", () -> "income ceiling");
        Checks.atLeast(0, coupleCents(), "coupleCents", () -> "income ceiling");
        Checks.atLeast(0, perDependantCents(), "perDependantCents", () -> "income ceiling");
    }
}
