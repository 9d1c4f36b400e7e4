package be.accompaniment.pathway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The household's housing is stable: no situation is open and the actors consider the pathway settled (the outcome
 * pathways are measured by). A later situation may open again.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"stabilised","on":"2024-12-01","destination":"AIS_HOUSING"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(Stabilised.KIND)
@JsonSerialize(as = ImmutableStabilised.class)
@JsonDeserialize(as = ImmutableStabilised.class)
public abstract non-sealed class Stabilised implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "stabilised";

    Stabilised() {}

    /**
     * A stabilisation on a day, where the household lives.
     *
     * @param on the day, not null
     * @return the event
     */
    public static Stabilised of(LocalDate on) {
        return builder().on(on).build();
    }

    /**
     * A stabilisation on a day, in a known kind of housing.
     *
     * @param on the day, not null
     * @param destination where the household lives, not null
     * @return the event
     */
    public static Stabilised of(LocalDate on, Destination destination) {
        return builder().on(on).destination(destination).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Where the household lives when stabilised, as an HMIS-style destination, if recorded. */
    public abstract Optional<Destination> destination();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    /** Builds a {@link Stabilised}. */
    public static final class Builder extends ImmutableStabilised.Builder {
        Builder() {}
    }
}
