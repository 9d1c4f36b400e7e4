package be.accompaniment.rules.scenario;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The distribution of monthly incomes of a generated population: log-normal around a median for a single adult,
 * scaled by the household's size (0.5 per further adult, 0.3 per child, the modified OECD scale).
 *
 * <p>JSON: {@code {"medianCents":240000,"spread":0.55}}: half of single adults have less than €2,400 a month; the
 * spread is the standard deviation of the income's logarithm. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncomeModel.class)
@JsonDeserialize(as = ImmutableIncomeModel.class)
public abstract class IncomeModel {
    IncomeModel() {}

    /**
     * A distribution.
     *
     * @param medianCents the median monthly income of a single adult in euro cents, 0 or more
     * @param spread the standard deviation of the logarithm, 0 to 3
     * @return the distribution
     */
    public static IncomeModel of(long medianCents, double spread) {
        return builder().medianCents(medianCents).spread(spread).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The median monthly income of a single adult in euro cents, 0 or more. */
    public abstract long medianCents();

    /** The standard deviation of the logarithm of the income, 0 to 3. */
    public abstract double spread();

    @Value.Check
    final void check() {
        Checks.atLeast(0, medianCents(), "medianCents", () -> "income model");
        Checks.that(
                Double.isFinite(spread()) && spread() >= 0 && spread() <= 3,
                "spread",
                () -> "income model",
                () -> "must be between 0 and 3, was " + spread());
    }

    /** Builds an {@link IncomeModel}. */
    public static final class Builder extends ImmutableIncomeModel.Builder {
        Builder() {}
    }
}
