package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A kind of actor to generate in a scenario's directory, with a capacity proportional to the households it serves:
 * e.g. one CPAS per commune following up to 6 households per thousand.
 *
 * <p>JSON: {@code {"kind":"CPAS","capacityPerThousandHouseholds":6.0,"minimumCapacity":2}}; without
 * {@code capacityPerThousandHouseholds} the generated actors have no known capacity and the simulation never finds
 * them full. {@code services} defaults to the kind's typical services. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableActorTemplate.class)
@JsonDeserialize(as = ImmutableActorTemplate.class)
public abstract class ActorTemplate {
    ActorTemplate() {}

    /**
     * A template with a capacity per thousand households served and a minimum capacity of 1.
     *
     * @param kind the kind of actor, not null
     * @param capacityPerThousandHouseholds households followed at once per thousand households served, 0 or more
     * @return the template
     */
    public static ActorTemplate of(ActorKind kind, double capacityPerThousandHouseholds) {
        return builder()
                .kind(kind)
                .capacityPerThousandHouseholds(capacityPerThousandHouseholds)
                .build();
    }

    /**
     * A template for actors without a known capacity.
     *
     * @param kind the kind of actor, not null
     * @return the template
     */
    public static ActorTemplate unlimited(ActorKind kind) {
        return builder().kind(kind).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The kind of actor. */
    public abstract ActorKind kind();

    /** Households followed at once per thousand households served, 0 or more; absent: capacity unknown. */
    public abstract OptionalDouble capacityPerThousandHouseholds();

    /** The least capacity of a generated actor, 0 or more; 1 by default. */
    @Value.Default
    public int minimumCapacity() {
        return 1;
    }

    /** The services offered; by default the kind's typical services. */
    public abstract ImmutableSet<ServiceKind> services();

    /**
     * The capacity of an actor generated from this template.
     *
     * @param householdsServed the number of simulated households in the communes it serves, 0 or more
     * @return the capacity, or empty when unknown
     */
    public Optional<Integer> capacityFor(int householdsServed) {
        if (capacityPerThousandHouseholds().isEmpty()) {
            return Optional.empty();
        }
        long c = Math.round(capacityPerThousandHouseholds().getAsDouble() * householdsServed / 1000.0);
        return Optional.of((int) Math.max(minimumCapacity(), Math.min(Integer.MAX_VALUE, c)));
    }

    @Value.Check
    final void check() {
        capacityPerThousandHouseholds()
                .ifPresent(c -> ScenarioChecks.atLeast(0, c, "capacityPerThousandHouseholds", this::describe));
        Checks.atLeast(0, minimumCapacity(), "minimumCapacity", this::describe);
    }

    private String describe() {
        return "actor template " + kind();
    }

    /** Builds an {@link ActorTemplate}. */
    public static final class Builder extends ImmutableActorTemplate.Builder {
        Builder() {}
    }
}
