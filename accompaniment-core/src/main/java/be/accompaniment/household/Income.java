package be.accompaniment.household;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A monthly income of a household from one source, in euro cents, e.g. {@code Income.of(REVENU_D_INTEGRATION,
 * 126_300)} for €1,263.00 a month.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncome.class)
@JsonDeserialize(as = ImmutableIncome.class)
public abstract class Income {
    Income() {}

    /**
     * An income.
     *
     * @param source the source, not null
     * @param monthlyCents the net monthly amount in euro cents, 0 or more
     * @return the income
     */
    public static Income of(IncomeSource source, long monthlyCents) {
        return builder().source(source).monthlyCents(monthlyCents).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Where the income comes from. */
    public abstract IncomeSource source();

    /** The net monthly amount in euro cents, 0 or more. */
    public abstract long monthlyCents();

    @Value.Check
    final void check() {
        Checks.atLeast(0, monthlyCents(), "monthlyCents", () -> "income " + source());
    }

    /** Builds an {@link Income}. */
    public static final class Builder extends ImmutableIncome.Builder {
        Builder() {}
    }
}
