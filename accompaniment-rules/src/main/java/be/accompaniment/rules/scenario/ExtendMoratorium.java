package be.accompaniment.rules.scenario;

import be.accompaniment.rules.calendar.MoratoriumScope;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intervention that changes whom a region's winter moratorium protects from a day on: e.g. extend the Walloon
 * moratorium, today for social housing only, to private leases.
 *
 * <p>The simulation adds a dated value to the region's winter-moratorium parameter, in the legal calendar and in
 * the rulebook the advisor reads, with the same window and exemptions and the new scope; its reference says it is
 * hypothetical. JSON: {@code {"kind":"extend-moratorium","effectiveFrom":"2026-09-01","scope":"ALL_LEASES"}}, with an
 * optional {@code "region"} (by default every region of the territory). Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableExtendMoratorium.class)
@JsonDeserialize(as = ImmutableExtendMoratorium.class)
public abstract non-sealed class ExtendMoratorium implements Intervention {
    ExtendMoratorium() {}

    /**
     * Extends the moratorium of every region of the territory to all leases.
     *
     * @param from the first day, not null
     * @return the intervention
     */
    public static ExtendMoratorium toAllLeases(LocalDate from) {
        return builder().effectiveFrom(from).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The first day the wider moratorium applies, as a dated value of the calendar. */
    @Override
    public abstract LocalDate effectiveFrom();

    /** Whom the moratorium protects from {@link #effectiveFrom()} on; {@link MoratoriumScope#ALL_LEASES} by default. */
    @Value.Default
    public MoratoriumScope scope() {
        return MoratoriumScope.ALL_LEASES;
    }

    /** The region whose moratorium changes; absent: every region of the territory. */
    public abstract Optional<Region> region();

    /** Builds an {@link ExtendMoratorium}. */
    public static final class Builder extends ImmutableExtendMoratorium.Builder {
        Builder() {}
    }
}
