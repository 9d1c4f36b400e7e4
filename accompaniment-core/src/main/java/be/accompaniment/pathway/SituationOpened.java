package be.accompaniment.pathway;

import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A situation of the household became known to an actor and opened in its pathway, e.g. the CPAS received
 * notice of an eviction request, or a salubrity survey found the dwelling unfit. A kind of situation is open at
 * most once at a time.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"situation-opened","situation":"EVICTION_THREAT","on":"2024-02-01"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(SituationOpened.KIND)
@JsonSerialize(as = ImmutableSituationOpened.class)
@JsonDeserialize(as = ImmutableSituationOpened.class)
public abstract non-sealed class SituationOpened implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "situation-opened";

    SituationOpened() {}

    /**
     * A situation opened on a day.
     *
     * @param situation the situation, not null
     * @param on the day, not null
     * @return the event
     */
    public static SituationOpened of(SituationKind situation, LocalDate on) {
        return builder().situation(situation).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The situation that opened. */
    public abstract SituationKind situation();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    /** Builds a {@link SituationOpened}. */
    public static final class Builder extends ImmutableSituationOpened.Builder {
        Builder() {}
    }
}
