package be.accompaniment.rules.scenario;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One household composition of a generated population and its weight: e.g. two adults and two children, weight
 * 0.18.
 *
 * <p>JSON: {@code {"adults":2,"children":2,"weight":0.18}}. Weights need not sum to 1: each composition is drawn in
 * proportion to its weight. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompositionShare.class)
@JsonDeserialize(as = ImmutableCompositionShare.class)
public abstract class CompositionShare {
    CompositionShare() {}

    /**
     * A composition.
     *
     * @param adults the number of adults, 1 to 6
     * @param children the number of children, 0 to 12
     * @param weight the relative weight, more than 0
     * @return the composition
     */
    public static CompositionShare of(int adults, int children, double weight) {
        return builder().adults(adults).children(children).weight(weight).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of adults, 1 to 6; the first is the reference person, the second their partner. */
    public abstract int adults();

    /** The number of children, 0 to 12. */
    public abstract int children();

    /** The relative weight, more than 0. */
    public abstract double weight();

    @Value.Check
    final void check() {
        Checks.between(1, 6, adults(), "adults", this::describe);
        Checks.between(0, 12, children(), "children", this::describe);
        Checks.that(
                Double.isFinite(weight()) && weight() > 0,
                "weight",
                this::describe,
                () -> "must be more than 0, was " + weight());
    }

    private String describe() {
        return "composition " + adults() + "+" + children();
    }

    /** Builds a {@link CompositionShare}. */
    public static final class Builder extends ImmutableCompositionShare.Builder {
        Builder() {}
    }
}
