package be.accompaniment.coordination;

import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import org.immutables.value.Value;

/**
 * What links two actors that work together: the housing platforms they both belong to and the number of passerelles
 * (referrals of households) exchanged between them, in either direction.
 *
 * <p>The value of an edge of the {@link PartnerNetwork}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutablePartnership.class)
@JsonDeserialize(as = ImmutablePartnership.class)
public abstract class Partnership {
    Partnership() {}

    /** A builder; every attribute has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The platforms both actors belong to, in id order. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<PlatformId> sharedPlatforms();

    /** The number of passerelles exchanged between the two actors, in either direction; at least 0. */
    @Value.Default
    public int passerellesExchanged() {
        return 0;
    }

    @Value.Check
    final void check() {
        Checks.atLeast(0, passerellesExchanged(), "passerellesExchanged", () -> "partnership");
    }

    /** Builds a {@link Partnership}. */
    public static final class Builder extends ImmutablePartnership.Builder {
        Builder() {}
    }
}
