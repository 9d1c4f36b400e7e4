package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intervention that multiplies the capacity of the actors of a kind from a day on: e.g. double the capacity of
 * the CPAS.
 *
 * <p>Actors without a known capacity stay so; a capacity is rounded to the nearest household. JSON:
 * {@code {"kind":"scale-capacity","effectiveFrom":"2026-01-01","actorKind":"CPAS","factor":2.0}}, with an optional
 * {@code "basin"} to limit it to the actors seated in one basin. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableScaleCapacity.class)
@JsonDeserialize(as = ImmutableScaleCapacity.class)
public abstract non-sealed class ScaleCapacity implements Intervention {
    ScaleCapacity() {}

    /**
     * Scales the capacity of every actor of a kind.
     *
     * @param from the first day, not null
     * @param kind the kind of actor, not null
     * @param factor the factor, 0 or more
     * @return the intervention
     */
    public static ScaleCapacity of(LocalDate from, ActorKind kind, double factor) {
        return builder().effectiveFrom(from).actorKind(kind).factor(factor).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first day the intervention applies: from the first step starting on or after it. */
    @Override
    public abstract LocalDate effectiveFrom();

    /** The kind of actor whose capacity changes. */
    public abstract ActorKind actorKind();

    /** The factor applied to their capacity, 0 or more. */
    public abstract double factor();

    /** The basin whose seated actors change; absent: the whole territory. */
    public abstract Optional<String> basin();

    /**
     * A capacity scaled by the factor.
     *
     * @param capacity a capacity, 0 or more
     * @return the scaled capacity, rounded
     */
    int scale(int capacity) {
        return (int) Math.min(Integer.MAX_VALUE, Math.round(capacity * factor()));
    }

    @Value.Check
    final void check() {
        ScenarioChecks.atLeast(
                0, factor(), "factor", () -> "scale-capacity " + actorKind() + " from " + effectiveFrom());
    }

    /** Builds a {@link ScaleCapacity}. */
    public static final class Builder extends ImmutableScaleCapacity.Builder {
        Builder() {}
    }
}
