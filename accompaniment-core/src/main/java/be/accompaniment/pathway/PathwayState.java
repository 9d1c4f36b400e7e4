package be.accompaniment.pathway;

import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.internal.Checks;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a household's pathway stands after its events: the situations open, the passerelles and their statuses, the
 * measures running, the actors involved, whether the household moved or its dwelling was upgraded, and whether the
 * pathway is stabilised. Obtained from {@link Pathway#state()} or {@link Pathway#replay()}.
 *
 * <p>Actors involved are those who made a passerelle, accepted one, had a first contact with the household or ran
 * a measure for it; an actor who only received a passerelle it did not accept is not involved. The pathway is
 * stabilised from a {@link Stabilised} event until a situation opens again.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"household":"h-9","eventCount":7,"lastEventOn":"2024-06-01",
 * "openSituations":["INSALUBRITY"],"passerelles":{"p-1":"ACCEPTED"},"activeMeasures":{"m-1":"BUDGET_GUIDANCE"},
 * "actorsInvolved":["cpas-esneux","apl-ourthe"],"relocated":false,"upgraded":false}} ({@code lastEventOn} and
 * {@code stabilisedOn} optional).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePathwayState.class)
@JsonDeserialize(as = ImmutablePathwayState.class)
public abstract class PathwayState {
    PathwayState() {}

    /** The state of a pathway without events. */
    public static PathwayState empty(HouseholdId household) {
        return builder()
                .household(household)
                .eventCount(0)
                .relocated(false)
                .upgraded(false)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract HouseholdId household();

    /** The number of events replayed. */
    public abstract int eventCount();

    /** The day of the last event, if any. */
    public abstract Optional<LocalDate> lastEventOn();

    /** The situations open, in the order they opened. */
    public abstract ImmutableSet<SituationKind> openSituations();

    /** Every passerelle made, with its current status, in the order they were made. */
    public abstract ImmutableMap<PasserelleId, PasserelleStatus> passerelles();

    /** The measures started and not ended, with their kind, in the order they started. */
    public abstract ImmutableMap<MeasureId, MeasureKind> activeMeasures();

    /** The actors involved so far, in the order they joined the pathway. */
    public abstract ImmutableSet<ActorId> actorsInvolved();

    /** Whether the household moved at some point of the pathway. */
    public abstract boolean relocated();

    /** Whether the household's dwelling was upgraded at some point of the pathway. */
    public abstract boolean upgraded();

    /** The day the pathway was stabilised, while it is; empty if never stabilised or if a situation opened since. */
    public abstract Optional<LocalDate> stabilisedOn();

    /** Whether the pathway is stabilised now. */
    @JsonIgnore
    public final boolean isStabilised() {
        return stabilisedOn().isPresent();
    }

    /** What the pathway did with the household's housing so far. */
    @JsonIgnore
    public final HousingOutcome outcome() {
        return HousingOutcome.of(relocated(), upgraded());
    }

    @Value.Check
    final void check() {
        Checks.atLeast(0, eventCount(), "eventCount", this::what);
        stabilisedOn()
                .ifPresent(d -> Checks.that(
                        openSituations().isEmpty(),
                        "stabilisedOn",
                        this::what,
                        () -> "must be absent while situations are open " + openSituations() + ", was " + d));
    }

    private String what() {
        return "pathway state of household " + household();
    }

    /** Builds a {@link PathwayState}. */
    public static final class Builder extends ImmutablePathwayState.Builder {
        Builder() {}
    }
}
