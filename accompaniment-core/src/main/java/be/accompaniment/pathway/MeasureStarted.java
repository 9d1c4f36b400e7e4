package be.accompaniment.pathway;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.measure.Measure;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An accompaniment measure started for the household. Each measure id starts once in a pathway.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"measure-started","measure":"m-1","measureKind":
 * "BUDGET_GUIDANCE","provider":"cpas-esneux","situation":"EVICTION_THREAT","on":"2024-03-08"}}
 * ({@code situation} optional).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(MeasureStarted.KIND)
@JsonSerialize(as = ImmutableMeasureStarted.class)
@JsonDeserialize(as = ImmutableMeasureStarted.class)
public abstract non-sealed class MeasureStarted implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "measure-started";

    MeasureStarted() {}

    /**
     * A measure started on a day.
     *
     * @param measure the measure's id, not null, not started before in the pathway
     * @param measureKind what is done, not null
     * @param provider the actor who runs it, not null
     * @param on the day, not null
     * @return the event
     */
    public static MeasureStarted of(MeasureId measure, MeasureKind measureKind, ActorId provider, LocalDate on) {
        return builder()
                .measure(measure)
                .measureKind(measureKind)
                .provider(provider)
                .on(on)
                .build();
    }

    /**
     * The event of a measure's start.
     *
     * @param measure the measure, not null, started
     * @return the event, on the measure's start day
     * @throws InvalidInputException if the measure has no start day
     */
    public static MeasureStarted from(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        LocalDate startedOn = measure.startedOn()
                .orElseThrow(() -> new InvalidInputException(
                        "measure " + measure.id(), "has not started (status " + measure.status() + ")"));
        return builder()
                .measure(measure.id())
                .measureKind(measure.kind())
                .provider(measure.provider())
                .situation(measure.situation())
                .on(startedOn)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The measure's id. */
    public abstract MeasureId measure();

    /** What is done (JSON {@code "measureKind"}, since {@code "kind"} names the event). */
    public abstract MeasureKind measureKind();

    /** The actor who runs the measure. */
    public abstract ActorId provider();

    /** The situation the measure answers, if it answers one. */
    public abstract Optional<SituationKind> situation();

    /** The day it started. */
    @Override
    public abstract LocalDate on();

    /** Builds a {@link MeasureStarted}. */
    public static final class Builder extends ImmutableMeasureStarted.Builder {
        Builder() {}
    }
}
