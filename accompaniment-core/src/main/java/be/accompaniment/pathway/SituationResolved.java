package be.accompaniment.pathway;

import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An open situation of the household was resolved: the eviction was averted or the household rehoused, the
 * dwelling made fit, the release prepared with a home to go to.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"situation-resolved","situation":"EVICTION_THREAT","on":"2024-06-01"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(SituationResolved.KIND)
@JsonSerialize(as = ImmutableSituationResolved.class)
@JsonDeserialize(as = ImmutableSituationResolved.class)
public abstract non-sealed class SituationResolved implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "situation-resolved";

    SituationResolved() {}

    /**
     * A situation resolved on a day.
     *
     * @param situation the situation, not null, open in the pathway
     * @param on the day, not null
     * @return the event
     */
    public static SituationResolved of(SituationKind situation, LocalDate on) {
        return builder().situation(situation).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The situation that resolved. */
    public abstract SituationKind situation();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    /** Builds a {@link SituationResolved}. */
    public static final class Builder extends ImmutableSituationResolved.Builder {
        Builder() {}
    }
}
