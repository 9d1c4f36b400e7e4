package be.accompaniment.household;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The dwelling a household lives in: size, rent and whether the lease is registered — what overcrowding norms,
 * rent allowances and the Brussels solidarity fund look at.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDwelling.class)
@JsonDeserialize(as = ImmutableDwelling.class)
public abstract class Dwelling {
    Dwelling() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of bedrooms (chambres), 0 for a studio. */
    public abstract int bedrooms();

    /** Living surface in square metres, at least 1, if known. */
    public abstract OptionalInt surfaceSquareMetres();

    /** Monthly rent without charges in euro cents, 0 or more; empty for owners or when unknown. */
    public abstract OptionalLong monthlyRentCents();

    /** Whether the lease is registered (bail enregistré), which some allowances and funds require. */
    @Value.Default
    public boolean leaseRegistered() {
        return false;
    }

    @Value.Check
    final void check() {
        Checks.atLeast(0, bedrooms(), "bedrooms", () -> "dwelling");
        surfaceSquareMetres().ifPresent(s -> Checks.atLeast(1, s, "surfaceSquareMetres", () -> "dwelling"));
        monthlyRentCents().ifPresent(r -> Checks.atLeast(0, r, "monthlyRentCents", () -> "dwelling"));
    }

    /** Builds a {@link Dwelling}. */
    public static final class Builder extends ImmutableDwelling.Builder {
        Builder() {}
    }
}
