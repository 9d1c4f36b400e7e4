package be.accompaniment.rules.calendar;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A region's yearly winter moratorium on evictions (trêve hivernale, moratoire hivernal): the window, whom it
 * protects, and when the protection is lost. One value of the dated parameter {@link
 * CalendarParameters#winterMoratorium()}.
 *
 * <p>Example, Brussels since 1 September 2023 (art. 233duodecies CBL): window 1 November – 15 March, all leases.
 * Wallonia (CWHD art. 94): 1 November – 15 March, social housing only, lost if the tenant refused the CPAS's budget
 * guidance.
 *
 * <p>JSON: {@code {"window":{"start":"11-01","end":"03-15"},"scope":"ALL_LEASES",
 * "lostIfBudgetGuidanceRefused":false,"exemptions":["TENANT_REHOUSED"]}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWinterMoratorium.class)
@JsonDeserialize(as = ImmutableWinterMoratorium.class)
public abstract class WinterMoratorium {
    WinterMoratorium() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A moratorium without exemptions that is never lost.
     *
     * @param window the yearly window
     * @param scope whom it protects
     * @return the moratorium
     */
    public static WinterMoratorium of(SeasonWindow window, MoratoriumScope scope) {
        return builder().window(window).scope(scope).build();
    }

    /** The yearly window during which evictions are not executed. */
    public abstract SeasonWindow window();

    /** Whom the moratorium protects. */
    public abstract MoratoriumScope scope();

    /** Whether a tenant who refused the CPAS's budget guidance (guidance budgétaire) loses the protection. */
    @Value.Default
    public boolean lostIfBudgetGuidanceRefused() {
        return false;
    }

    /** Grounds on which an eviction may still be executed during the window; may be empty. */
    public abstract ImmutableSet<MoratoriumExemption> exemptions();

    /**
     * What the moratorium says about a tenant on a day.
     *
     * @param day the day of the intended eviction
     * @param socialHousing whether the tenant rents social housing (SLSP, SISP)
     * @param budgetGuidanceRefused whether the tenant refused the CPAS's budget guidance
     * @return the outcome; scope and loss are reported before the window, so that a tenant who is never protected
     *     reads so whatever the day
     */
    public MoratoriumOutcome outcome(LocalDate day, boolean socialHousing, boolean budgetGuidanceRefused) {
        Objects.requireNonNull(day, "day");
        if (scope() == MoratoriumScope.SOCIAL_HOUSING_ONLY && !socialHousing) {
            return MoratoriumOutcome.OUT_OF_SCOPE;
        }
        if (lostIfBudgetGuidanceRefused() && budgetGuidanceRefused) {
            return MoratoriumOutcome.LOST_BUDGET_GUIDANCE_REFUSED;
        }
        return window().contains(day) ? MoratoriumOutcome.PROTECTS : MoratoriumOutcome.OUTSIDE_PERIOD;
    }

    /** Builds a {@link WinterMoratorium}. */
    public static final class Builder extends ImmutableWinterMoratorium.Builder {
        Builder() {}
    }
}
