package be.accompaniment.pathway;

import be.accompaniment.InvalidInputException;
import be.accompaniment.internal.Checks;
import be.accompaniment.territory.NisCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The household moved to another dwelling (relocation), in a commune, to a kind of housing.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"household-relocated","commune":"62063","destination":"AIS_HOUSING","on":"2024-08-01"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(HouseholdRelocated.KIND)
@JsonSerialize(as = ImmutableHouseholdRelocated.class)
@JsonDeserialize(as = ImmutableHouseholdRelocated.class)
public abstract non-sealed class HouseholdRelocated implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "household-relocated";

    HouseholdRelocated() {}

    /**
     * A move on a day.
     *
     * @param commune the NIS code of the commune moved to, not null, not an aggregate code
     * @param destination the kind of housing moved to, not null
     * @param on the day, not null
     * @return the event
     * @throws InvalidInputException if the code is that of a region, province or arrondissement
     */
    public static HouseholdRelocated of(NisCode commune, Destination destination, LocalDate on) {
        return builder().commune(commune).destination(destination).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The commune moved to, by its NIS code. */
    public abstract NisCode commune();

    /** The kind of housing moved to. */
    public abstract Destination destination();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    @Value.Check
    final void check() {
        Checks.that(
                !commune().isAggregate(),
                "commune",
                () -> "household-relocated on " + on(),
                () -> "must be the code of a commune, was the aggregate code " + commune());
    }

    /** Builds a {@link HouseholdRelocated}. */
    public static final class Builder extends ImmutableHouseholdRelocated.Builder {
        Builder() {}
    }
}
