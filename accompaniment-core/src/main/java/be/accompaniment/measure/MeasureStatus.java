package be.accompaniment.measure;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where an accompaniment measure stands: planned, running, paused, or ended (completed or abandoned).
 *
 * <p>The allowed moves are data ({@link #nextStatuses()}):
 *
 * <pre>
 * PLANNED   → ACTIVE, ABANDONED
 * ACTIVE    → SUSPENDED, COMPLETED, ABANDONED
 * SUSPENDED → ACTIVE, ABANDONED
 * COMPLETED, ABANDONED: terminal
 * </pre>
 *
 * A suspended measure resumes before it can be completed: completion is a statement about work done, which a
 * paused measure is not doing.
 */
public enum MeasureStatus {
    /** Agreed with the household and the provider, not started yet. */
    PLANNED,
    /** Running: the provider is working with the household. */
    ACTIVE,
    /** Paused, e.g. while the household is in hospital or unreachable; expected to resume. */
    SUSPENDED,
    /** Ended with its purpose reached. */
    COMPLETED,
    /** Ended before its purpose was reached, by the household, the provider or circumstances. */
    ABANDONED;

    private Set<MeasureStatus> next;

    static {
        PLANNED.next = immutable(EnumSet.of(ACTIVE, ABANDONED));
        ACTIVE.next = immutable(EnumSet.of(SUSPENDED, COMPLETED, ABANDONED));
        SUSPENDED.next = immutable(EnumSet.of(ACTIVE, ABANDONED));
        COMPLETED.next = immutable(EnumSet.noneOf(MeasureStatus.class));
        ABANDONED.next = immutable(EnumSet.noneOf(MeasureStatus.class));
    }

    private static ImmutableSet<MeasureStatus> immutable(EnumSet<MeasureStatus> set) {
        return Sets.immutableEnumSet(set);
    }

    /** The statuses this one may move to, in declaration order; empty for a terminal status. */
    public Set<MeasureStatus> nextStatuses() {
        return next;
    }

    /**
     * Whether a measure in this status may move to {@code next}.
     *
     * @param next the status asked for, not null
     * @return true if the move is allowed
     */
    public boolean canMoveTo(MeasureStatus next) {
        Objects.requireNonNull(next, "next");
        return this.next.contains(next);
    }

    /** Whether the measure has ended (completed or abandoned): no move is allowed from here. */
    public boolean isTerminal() {
        return next.isEmpty();
    }
}
