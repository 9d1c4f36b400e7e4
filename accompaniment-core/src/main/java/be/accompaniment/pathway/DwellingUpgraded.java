package be.accompaniment.pathway;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The household's dwelling was brought up to standard so that it could stay (requalification of the dwelling):
 * works done, an uninhabitability order lifted, conformity certified.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"dwelling-upgraded","upgrade":"DECREE_LIFTED","on":"2024-10-15"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(DwellingUpgraded.KIND)
@JsonSerialize(as = ImmutableDwellingUpgraded.class)
@JsonDeserialize(as = ImmutableDwellingUpgraded.class)
public abstract non-sealed class DwellingUpgraded implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "dwelling-upgraded";

    DwellingUpgraded() {}

    /**
     * A dwelling upgraded on a day.
     *
     * @param upgrade how, not null
     * @param on the day, not null
     * @return the event
     */
    public static DwellingUpgraded of(DwellingUpgrade upgrade, LocalDate on) {
        return builder().upgrade(upgrade).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** How the dwelling was upgraded. */
    public abstract DwellingUpgrade upgrade();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    /** Builds a {@link DwellingUpgraded}. */
    public static final class Builder extends ImmutableDwellingUpgraded.Builder {
        Builder() {}
    }
}
