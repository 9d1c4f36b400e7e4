package be.accompaniment.rules;

import be.accompaniment.law.LegalReference;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The deadline of a suggestion: the day to act by, how it was computed, from which day, and the legal texts behind
 * it. A deadline already past on the as-of date is kept and flagged overdue.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DueDate {
    DueDate() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The day to act by. */
    public abstract LocalDate on();

    /** How the rule computes it. */
    public abstract DeadlineRule basis();

    /** The day it was counted from: the milestone, the as-of date, or the calendar's starting day. */
    public abstract Optional<LocalDate> countedFrom();

    /** The legal texts behind the delay, when the calendar or a dated parameter sets it; may be empty. */
    public abstract ImmutableList<LegalReference> references();

    /** Whether the day is a day an eviction could be executed (it then lies outside any applicable moratorium). */
    @Value.Default
    public boolean isEvictionDate() {
        return false;
    }

    /** Whether the day was already past on the as-of date. */
    @Value.Default
    public boolean isOverdue() {
        return false;
    }

    /** Builds a {@link DueDate}. */
    public static final class Builder extends ImmutableDueDate.Builder {
        Builder() {}
    }
}
