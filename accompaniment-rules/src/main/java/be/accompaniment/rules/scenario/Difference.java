package be.accompaniment.rules.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How a figure differs between an intervention and its baseline over paired replications (the same seeds): the mean
 * of each, the mean difference, and a 95 % confidence interval of the difference (Student's t over the paired
 * differences). Figures that cannot be computed in a replication (NaN) leave that pair out; with fewer than two pairs
 * the interval is NaN.
 *
 * <p>JSON: {@code {"baseline":12.0,"intervention":9.5,"mean":-2.5,"low":-3.9,"high":-1.1,"replications":10}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDifference.class)
@JsonDeserialize(as = ImmutableDifference.class)
public abstract class Difference {
    Difference() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mean of the figure over the baseline's replications. */
    public abstract double baseline();

    /** The mean of the figure over the intervention's replications. */
    public abstract double intervention();

    /** The mean of the paired differences, intervention minus baseline. */
    public abstract double mean();

    /** The lower bound of the 95 % confidence interval of the difference. */
    public abstract double low();

    /** The upper bound of the 95 % confidence interval of the difference. */
    public abstract double high();

    /** The number of pairs the difference is computed over. */
    public abstract int replications();

    /** Whether the interval lies entirely above or below zero. */
    public boolean isSignificant() {
        return low() > 0 || high() < 0;
    }

    /** Builds a {@link Difference}. */
    public static final class Builder extends ImmutableDifference.Builder {
        Builder() {}
    }
}
