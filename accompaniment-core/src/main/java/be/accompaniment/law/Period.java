package be.accompaniment.law;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A validity period of a rule or a value: from a first day, inclusive, until a last day, inclusive, or open-ended.
 *
 * <p>Example: the Brussels winter moratorium for all leases applies {@code Period.from(2023-09-01)}; the one-off
 * Walloon suspension ran {@code Period.of(2022-11-01, 2023-03-15)}.
 *
 * <p>Immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class Period implements Comparable<Period> {
    private final LocalDate from;
    private final LocalDate until;

    private Period(LocalDate from, LocalDate until) {
        this.from = from;
        this.until = until;
    }

    /**
     * An open-ended period.
     *
     * @param from the first day, inclusive, not null
     * @return the period
     */
    public static Period from(LocalDate from) {
        return new Period(Objects.requireNonNull(from, "from"), null);
    }

    /**
     * A closed period.
     *
     * @param from the first day, inclusive, not null
     * @param until the last day, inclusive, not null, not before {@code from}
     * @return the period
     * @throws InvalidInputException if {@code until} is before {@code from}
     */
    public static Period of(LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new InvalidInputException("period: until", "must not be before from " + from + ", was " + until);
        }
        return new Period(from, until);
    }

    /** The period that contains every day. */
    public static Period always() {
        return new Period(LocalDate.MIN, null);
    }

    @JsonCreator
    static Period json(
            @JsonProperty(value = "from", required = true) LocalDate from, @JsonProperty("until") LocalDate until) {
        return until == null ? from(from) : of(from, until);
    }

    /** The first day, inclusive. */
    @JsonProperty("from")
    public LocalDate from() {
        return from;
    }

    /** The last day, inclusive; empty when open-ended. */
    @JsonProperty("until")
    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    /** Whether the day is inside the period. */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        Objects.requireNonNull(other, "other");
        boolean startsBeforeOtherEnds = other.until == null || !from.isAfter(other.until);
        boolean otherStartsBeforeThisEnds = until == null || !other.from.isAfter(until);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Whether the period has no last day. */
    @JsonIgnore
    public boolean isOpenEnded() {
        return until == null;
    }

    /** Orders by first day, then by last day (open-ended last). */
    @Override
    public int compareTo(Period other) {
        int c = from.compareTo(other.from);
        if (c != 0) {
            return c;
        }
        if (until == null) {
            return other.until == null ? 0 : 1;
        }
        return other.until == null ? -1 : until.compareTo(other.until);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && from.equals(p.from) && Objects.equals(until, p.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    /** ISO form, {@code 2022-11-01/2023-03-15} or {@code 2023-09-01/..}. */
    @Override
    public String toString() {
        return from + "/" + (until == null ? ".." : until.toString());
    }
}
