package be.accompaniment.household;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household's consent to share its data: which recipients — kinds of actors, or named actors — may receive which
 * categories of data, for which purposes, from the day it was given until the day it is withdrawn (GDPR art. 6 §1 a
 * and 7: specific, informed, withdrawable at any time).
 *
 * <p>Example: consent for AIS of the region to receive the candidate file, for sharing candidate files, given on
 * 2024-03-01. A consent is active from {@link #givenOn()} inclusive until {@link #withdrawnOn()} exclusive.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableConsent.class)
@JsonDeserialize(as = ImmutableConsent.class)
public abstract class Consent {
    Consent() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Kinds of actors that may receive the data, e.g. every CPAS or every AIS. */
    public abstract ImmutableSet<ActorKind> recipientKinds();

    /** Named actors that may receive the data. */
    public abstract ImmutableSet<ActorId> recipients();

    /** Categories of data covered, at least one. */
    public abstract ImmutableSet<DataCategory> dataCategories();

    /** Purposes covered, at least one. */
    public abstract ImmutableSet<Purpose> purposes();

    /** The day the consent was given. */
    public abstract LocalDate givenOn();

    /** The day the consent was withdrawn, not before {@link #givenOn()}; from that day it no longer applies. */
    public abstract Optional<LocalDate> withdrawnOn();

    /**
     * Whether the consent applies on a day: given on or before it and not withdrawn on or before it.
     *
     * @param on the day, not null
     * @return whether it is active
     */
    public boolean isActiveOn(LocalDate on) {
        long day = Objects.requireNonNull(on, "on").toEpochDay();
        return day >= givenOnDay() && day < withdrawnOnDay();
    }

    /**
     * Whether the consent lets an actor receive the household's data for a purpose on a day: active then, covering
     * the purpose, and naming the actor or its kind.
     *
     * @param kind the kind of the receiving actor, not null
     * @param actor the receiving actor, not null
     * @param purpose the purpose, not null
     * @param on the day, not null
     * @return whether the consent covers the sharing
     */
    public boolean covers(ActorKind kind, ActorId actor, Purpose purpose, LocalDate on) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(purpose, "purpose");
        return coversPurposeOn(purpose, on) && (namesKind(kind) || recipients().contains(actor));
    }

    /**
     * Whether the consent lets every actor of a kind receive the household's data for a purpose on a day: active then,
     * covering the purpose, and naming the kind — not only some actors of it. Constant time: a consent keeps its
     * recipient kinds, purposes and days as primitive values, computed when it is built.
     *
     * @param kind the kind of the receiving actors, not null
     * @param purpose the purpose, not null
     * @param on the day, not null
     * @return whether the consent covers the sharing with any actor of the kind
     */
    public boolean coversKind(ActorKind kind, Purpose purpose, LocalDate on) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        return coversPurposeOn(purpose, on) && namesKind(kind);
    }

    private boolean coversPurposeOn(Purpose purpose, LocalDate on) {
        return isActiveOn(on) && (purposeBits() & (1 << purpose.ordinal())) != 0;
    }

    private boolean namesKind(ActorKind kind) {
        return (recipientKindBits() & (1L << kind.ordinal())) != 0;
    }

    /** {@link #recipientKinds()}, one bit per ordinal. */
    @Value.Derived
    @Value.Auxiliary
    @JsonIgnore
    long recipientKindBits() {
        return ordinalBits(recipientKinds());
    }

    /** {@link #purposes()}, one bit per ordinal. */
    @Value.Derived
    @Value.Auxiliary
    @JsonIgnore
    int purposeBits() {
        return (int) ordinalBits(purposes());
    }

    private static long ordinalBits(Iterable<? extends Enum<?>> constants) {
        long bits = 0;
        for (Enum<?> constant : constants) {
            bits |= 1L << constant.ordinal();
        }
        return bits;
    }

    /** {@link #givenOn()} as an epoch day. */
    @Value.Derived
    @Value.Auxiliary
    @JsonIgnore
    long givenOnDay() {
        return givenOn().toEpochDay();
    }

    /** {@link #withdrawnOn()} as an epoch day, {@link Long#MAX_VALUE} while not withdrawn. */
    @Value.Derived
    @Value.Auxiliary
    @JsonIgnore
    long withdrawnOnDay() {
        return withdrawnOn().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }

    /**
     * Whether the consent lets an actor receive one category of the household's data for a purpose on a day.
     *
     * @param kind the kind of the receiving actor, not null
     * @param actor the receiving actor, not null
     * @param purpose the purpose, not null
     * @param data the category of data, not null
     * @param on the day, not null
     * @return whether the consent covers the sharing of that category
     */
    public boolean covers(ActorKind kind, ActorId actor, Purpose purpose, DataCategory data, LocalDate on) {
        Objects.requireNonNull(data, "data");
        return covers(kind, actor, purpose, on) && dataCategories().contains(data);
    }

    @Value.Check
    final void check() {
        Checks.that(
                !recipientKinds().isEmpty() || !recipients().isEmpty(),
                "recipients",
                this::describe,
                () -> "must name at least one actor kind or actor, was none");
        Checks.notEmpty(dataCategories(), "dataCategories", this::describe);
        Checks.notEmpty(purposes(), "purposes", this::describe);
        withdrawnOn().ifPresent(w -> Checks.inOrder(givenOn(), "givenOn", w, "withdrawnOn", this::describe));
    }

    private String describe() {
        return "consent given " + givenOn();
    }

    /** Builds a {@link Consent}. */
    public static final class Builder extends ImmutableConsent.Builder {
        Builder() {}
    }
}
