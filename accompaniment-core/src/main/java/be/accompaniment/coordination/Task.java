package be.accompaniment.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task of a housing platform and the member organisations that carry it, e.g. "inventory of transit dwellings"
 * carried by the CPAS and the PCS.
 *
 * <p>Tasks shared among members, rather than carried by one or two, are a condition of a platform's success.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public abstract class Task {
    Task() {}

    /** A builder; {@code title}, {@code assignedOn} and at least one carrier are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** What is to be done, in a few words; never a person's name. */
    public abstract String title();

    /** The member organisations that carry it, at least one. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<ActorId> carriers();

    /** The day it was assigned. */
    public abstract LocalDate assignedOn();

    /** The day it is due, if a deadline was set; not before {@link #assignedOn()}. */
    public abstract Optional<LocalDate> dueOn();

    /** The day it was done, if it was; not before {@link #assignedOn()}. */
    public abstract Optional<LocalDate> doneOn();

    /** Whether it was done. */
    @JsonIgnore
    public boolean isDone() {
        return doneOn().isPresent();
    }

    /**
     * Whether it is open on a day: assigned on or before it and not done by then.
     *
     * @param day the day, not null
     */
    public boolean isOpenOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(assignedOn())
                && doneOn().map(done -> done.isAfter(day)).orElse(true);
    }

    /**
     * Whether it is late on a day: open then, with a due day before it.
     *
     * @param day the day, not null
     */
    public boolean isOverdueOn(LocalDate day) {
        return isOpenOn(day) && dueOn().map(due -> due.isBefore(day)).orElse(false);
    }

    @Value.Check
    final void check() {
        Checks.notBlank(title(), "title", () -> "task");
        Checks.notEmpty(carriers(), "carriers", this::describe);
        dueOn().ifPresent(due -> Checks.inOrder(assignedOn(), "assignedOn", due, "dueOn", this::describe));
        doneOn().ifPresent(done -> Checks.inOrder(assignedOn(), "assignedOn", done, "doneOn", this::describe));
    }

    private String describe() {
        return "task \"" + title() + "\"";
    }

    /** Builds a {@link Task}. */
    public static final class Builder extends ImmutableTask.Builder {
        Builder() {}
    }
}
