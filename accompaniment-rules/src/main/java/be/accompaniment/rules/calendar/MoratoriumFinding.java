package be.accompaniment.rules.calendar;

import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * What one moratorium rule (the winter moratorium in force, or a one-off suspension) says about one tenant on one day,
 * with the period it refers to and the legal text: one line of a {@link MoratoriumDecision}.
 *
 * <p>For the winter moratorium, {@link #period()} is the occurrence of the window that contains the day, or the next
 * one; for a suspension, its whole period.
 *
 * <p>JSON: {@code {"kind":"WINTER_MORATORIUM","outcome":"PROTECTS","period":{"from":"2023-11-01",
 * "until":"2024-03-15"},"scope":"ALL_LEASES","exemptions":[…],"reference":{…}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoratoriumFinding.class)
@JsonDeserialize(as = ImmutableMoratoriumFinding.class)
public abstract class MoratoriumFinding {
    MoratoriumFinding() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Which kind of rule this is. */
    public abstract ProtectionKind kind();

    /** What the rule says. */
    public abstract MoratoriumOutcome outcome();

    /** The window occurrence or suspension period the outcome refers to. */
    public abstract Period period();

    /** Whom the rule protects. */
    public abstract MoratoriumScope scope();

    /** Grounds on which an eviction may still be executed despite the rule. */
    public abstract ImmutableSet<MoratoriumExemption> exemptions();

    /** The legal text of the rule. */
    public abstract LegalReference reference();

    /** Whether this rule forbids the eviction on the day. */
    public boolean protects() {
        return outcome() == MoratoriumOutcome.PROTECTS;
    }

    /** Builds a {@link MoratoriumFinding}. */
    public static final class Builder extends ImmutableMoratoriumFinding.Builder {
        Builder() {}
    }
}
