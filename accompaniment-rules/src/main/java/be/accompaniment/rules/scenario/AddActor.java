package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intervention that adds an actor to the directory from a day on: e.g. an APL in the Ourthe-Amblève basin from
 * the sixth month.
 *
 * <p>The actor serves a basin of the scenario or a list of communes. JSON: {@code {"kind":"add-actor",
 * "effectiveFrom":"2026-07-01","actorKind":"APL","basin":"Ourthe-Amblève","capacity":40}}; {@code id} defaults to
 * {@code <kind>-added-<basin or first commune>}, {@code services} to the kind's typical services; without
 * {@code capacity} the actor is never full. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableAddActor.class)
@JsonDeserialize(as = ImmutableAddActor.class)
public abstract non-sealed class AddActor implements Intervention {
    AddActor() {}

    /**
     * An actor of a kind serving a basin.
     *
     * @param from the first day, not null
     * @param kind the kind of actor, not null
     * @param basin the name of a basin of the scenario, not blank
     * @param capacity the households it can follow at once, 0 or more
     * @return the intervention
     */
    public static AddActor inBasin(LocalDate from, ActorKind kind, String basin, int capacity) {
        return builder()
                .effectiveFrom(from)
                .actorKind(kind)
                .basin(basin)
                .capacity(capacity)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first day the intervention applies: from the first step starting on or after it. */
    @Override
    public abstract LocalDate effectiveFrom();

    /** The kind of the new actor. */
    public abstract ActorKind actorKind();

    /** The id of the new actor, unique in the directory; by default derived from the kind and the area. */
    public abstract Optional<String> id();

    /** The name of the basin it serves; exactly one of {@code basin} and {@code communes} is given. */
    public abstract Optional<String> basin();

    /** The communes it serves; exactly one of {@code basin} and {@code communes} is given. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<NisCode> communes();

    /** The households it can follow at once, 0 or more; absent: it is never full. */
    public abstract Optional<Integer> capacity();

    /** The services it offers; empty: the kind's typical services. */
    public abstract ImmutableSet<ServiceKind> services();

    @Value.Check
    final void check() {
        Checks.that(
                basin().isPresent() != !communes().isEmpty(),
                "basin",
                this::describe,
                () -> "exactly one of basin and communes must be given, was "
                        + (basin().isPresent() ? "both" : "neither"));
        basin().ifPresent(b -> Checks.notBlank(b, "basin", this::describe));
        capacity().ifPresent(c -> Checks.atLeast(0, c, "capacity", this::describe));
    }

    private String describe() {
        return "add-actor " + actorKind() + " from " + effectiveFrom();
    }

    /** Builds an {@link AddActor}. */
    public static final class Builder extends ImmutableAddActor.Builder {
        Builder() {}
    }
}
