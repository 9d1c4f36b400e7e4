package be.accompaniment.rules.coordination;

import be.accompaniment.actor.Sector;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How much an encounter across two sectors is worth — a public body meeting an association builds the bridges
 * (passerelles) the field asks for — as a weight added to the score of the encounter, in either order.
 *
 * <p>JSON form: {@code {"a":"PUBLIC","b":"ASSOCIATIVE","weight":1.0,"note":"…"}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableSectorPairWeight.class)
@JsonDeserialize(as = ImmutableSectorPairWeight.class)
public abstract class SectorPairWeight {
    SectorPairWeight() {}

    /**
     * A weight for a pair of sectors.
     *
     * @param a a sector, not null
     * @param b another sector or the same, not null
     * @param weight the weight, finite and at least 0
     * @param note why the encounter is worth it, not blank
     * @return the weight
     */
    public static SectorPairWeight of(Sector a, Sector b, double weight, String note) {
        return builder().a(a).b(b).weight(weight).note(note).build();
    }

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** One sector. */
    public abstract Sector a();

    /** The other sector, possibly the same. */
    public abstract Sector b();

    /** The weight added to an encounter across the two sectors. */
    public abstract double weight();

    /** Why the encounter is worth it. */
    public abstract String note();

    /**
     * Whether it is the weight of these two sectors, in either order.
     *
     * @param x a sector, not null
     * @param y another sector, not null
     */
    public boolean matches(Sector x, Sector y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return (a() == x && b() == y) || (a() == y && b() == x);
    }

    @Value.Check
    final void check() {
        String where = "sector pair " + a() + "-" + b();
        Checks.that(
                Double.isFinite(weight()) && weight() >= 0,
                "weight",
                () -> where,
                () -> "must be a finite number >= 0, was " + weight());
        Checks.notBlank(note(), "note", () -> where);
    }

    /** Builds a {@link SectorPairWeight}. */
    public static final class Builder extends ImmutableSectorPairWeight.Builder {
        Builder() {}
    }
}
