package be.accompaniment.rules.calendar;

import be.accompaniment.internal.Checks;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A one-off suspension of the execution of evictions for a fixed period, outside the yearly moratorium: the Covid-19
 * suspensions of 2020–2021, the Walloon energy-crisis suspension of 1 November 2022 – 15 March 2023 (décret du 22
 * septembre 2022).
 *
 * <p>JSON: {@code {"name":"wallonia/energy-crisis-2022","period":{"from":"2022-11-01","until":"2023-03-15"},
 * "scope":"ALL_LEASES","exemptions":["PUBLIC_SAFETY"],"reference":{"title":"…"}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTemporarySuspension.class)
@JsonDeserialize(as = ImmutableTemporarySuspension.class)
public abstract class TemporarySuspension {
    TemporarySuspension() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A short identifier used in messages, e.g. {@code "wallonia/energy-crisis-2022"}; not blank. */
    public abstract String name();

    /** The days on which evictions are suspended: a closed period. */
    public abstract Period period();

    /** Whom the suspension protects. */
    public abstract MoratoriumScope scope();

    /** Whether a tenant who refused the CPAS's budget guidance loses the protection. */
    @Value.Default
    public boolean lostIfBudgetGuidanceRefused() {
        return false;
    }

    /** Grounds on which an eviction may still be executed during the suspension; may be empty. */
    public abstract ImmutableSet<MoratoriumExemption> exemptions();

    /** The text that ordered the suspension; {@code verified} is false where its dates are not checked. */
    public abstract LegalReference reference();

    /**
     * What the suspension says about a tenant on a day.
     *
     * @param day the day of the intended eviction
     * @param socialHousing whether the tenant rents social housing
     * @param budgetGuidanceRefused whether the tenant refused the CPAS's budget guidance
     * @return the outcome
     */
    public MoratoriumOutcome outcome(LocalDate day, boolean socialHousing, boolean budgetGuidanceRefused) {
        Objects.requireNonNull(day, "day");
        if (scope() == MoratoriumScope.SOCIAL_HOUSING_ONLY && !socialHousing) {
            return MoratoriumOutcome.OUT_OF_SCOPE;
        }
        if (lostIfBudgetGuidanceRefused() && budgetGuidanceRefused) {
            return MoratoriumOutcome.LOST_BUDGET_GUIDANCE_REFUSED;
        }
        return period().contains(day) ? MoratoriumOutcome.PROTECTS : MoratoriumOutcome.OUTSIDE_PERIOD;
    }

    @Value.Check
    final void check() {
        Checks.notBlank(name(), "name", () -> "temporary suspension");
        Checks.that(
                !period().isOpenEnded(),
                "period.until",
                this::describe,
                () -> "must be set: a suspension is a closed period, was " + period());
    }

    private String describe() {
        return "temporary suspension " + name();
    }

    /** Builds a {@link TemporarySuspension}. */
    public static final class Builder extends ImmutableTemporarySuspension.Builder {
        Builder() {}
    }
}
