package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How complementary two kinds of actor are when they meet: a weight added to the score of an encounter between an
 * actor of one kind and an actor of the other, in either order, with the reason.
 *
 * <p>Example: {@code KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 3, "…")}. JSON form:
 * {@code {"a":"AIS","b":"APL","weight":3.0,"note":"…"}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableKindPairWeight.class)
@JsonDeserialize(as = ImmutableKindPairWeight.class)
public abstract class KindPairWeight {
    KindPairWeight() {}

    /**
     * A weight for a pair of kinds.
     *
     * @param a a kind, not null
     * @param b another kind or the same, not null
     * @param weight the weight, finite and at least 0
     * @param note why they are complementary, not blank
     * @return the weight
     */
    public static KindPairWeight of(ActorKind a, ActorKind b, double weight, String note) {
        return builder().a(a).b(b).weight(weight).note(note).build();
    }

    /** A builder; every attribute is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** One kind. */
    public abstract ActorKind a();

    /** The other kind, possibly the same (two AIS of one basin sharing candidate-tenant files). */
    public abstract ActorKind b();

    /** The weight added to an encounter of the two kinds. */
    public abstract double weight();

    /** Why they are complementary, and where that comes from. */
    public abstract String note();

    /**
     * Whether it is the weight of these two kinds, in either order.
     *
     * @param x a kind, not null
     * @param y another kind, not null
     */
    public boolean matches(ActorKind x, ActorKind y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        return (a() == x && b() == y) || (a() == y && b() == x);
    }

    @Value.Check
    final void check() {
        String where = "kind pair " + a() + "-" + b();
        Checks.that(
                Double.isFinite(weight()) && weight() >= 0,
                "weight",
                () -> where,
                () -> "must be a finite number >= 0, was " + weight());
        Checks.notBlank(note(), "note", () -> where);
    }

    /** Builds a {@link KindPairWeight}. */
    public static final class Builder extends ImmutableKindPairWeight.Builder {
        Builder() {}
    }
}
