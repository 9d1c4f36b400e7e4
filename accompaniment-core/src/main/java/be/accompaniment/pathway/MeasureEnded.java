package be.accompaniment.pathway;

import be.accompaniment.internal.Checks;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An accompaniment measure of the pathway ended, completed or abandoned.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"measure-ended","measure":"m-1","outcome":"COMPLETED","on":"2024-09-30"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(MeasureEnded.KIND)
@JsonSerialize(as = ImmutableMeasureEnded.class)
@JsonDeserialize(as = ImmutableMeasureEnded.class)
public abstract non-sealed class MeasureEnded implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "measure-ended";

    MeasureEnded() {}

    /**
     * A measure ended on a day.
     *
     * @param measure the measure, not null, started in the pathway
     * @param outcome {@link MeasureStatus#COMPLETED} or {@link MeasureStatus#ABANDONED}
     * @param on the day, not null
     * @return the event
     */
    public static MeasureEnded of(MeasureId measure, MeasureStatus outcome, LocalDate on) {
        return builder().measure(measure).outcome(outcome).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The measure that ended. */
    public abstract MeasureId measure();

    /** How it ended: {@link MeasureStatus#COMPLETED} or {@link MeasureStatus#ABANDONED}. */
    public abstract MeasureStatus outcome();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    @Value.Check
    final void check() {
        Checks.that(
                outcome().isTerminal(),
                "outcome",
                () -> "measure-ended " + measure(),
                () -> "must be COMPLETED or ABANDONED, was " + outcome());
    }

    /** Builds a {@link MeasureEnded}. */
    public static final class Builder extends ImmutableMeasureEnded.Builder {
        Builder() {}
    }
}
