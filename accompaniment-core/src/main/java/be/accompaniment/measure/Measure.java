package be.accompaniment.measure;

import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.internal.Checks;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An accompaniment measure (mesure d'accompagnement): a {@link MeasureKind} that one provider runs for one
 * household, possibly for one of its situations, from a planned date through its start to its end.
 *
 * <p>Dates follow the status: a {@link MeasureStatus#PLANNED} measure has neither {@code startedOn} nor
 * {@code endedOn}; an active or suspended one has {@code startedOn} only; a completed one has both; an abandoned
 * one has {@code endedOn} and, if it had started, {@code startedOn}. Dates are in order: planned, started, ended.
 * {@code statusSince} is the day the current status began. Move a measure with {@link #moveTo}, which enforces
 * the transitions of {@link MeasureStatus}.
 *
 * <pre>{@code
 * Measure m = Measure.planned(MeasureId.of("m-1"), MeasureKind.BUDGET_GUIDANCE, ActorId.of("cpas-esneux"),
 *         HouseholdId.of("h-9"), LocalDate.of(2024, 3, 1));
 * Measure running = m.moveTo(MeasureStatus.ACTIVE, LocalDate.of(2024, 3, 8));
 * }</pre>
 *
 * <p>Immutable and thread-safe. JSON: {@code {"id":"m-1","kind":"BUDGET_GUIDANCE","provider":"cpas-esneux",
 * "household":"h-9","situation":"EVICTION_THREAT","plannedOn":"2024-03-01","startedOn":"2024-03-08",
 * "status":"ACTIVE","statusSince":"2024-03-08","collective":false}} ({@code situation}, {@code startedOn},
 * {@code endedOn} optional).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
public abstract class Measure {
    Measure() {}

    /**
     * A measure agreed on a date and not started yet.
     *
     * @param id the measure's id, not null
     * @param kind what is done, not null
     * @param provider the actor who runs it, not null
     * @param household the household it is for, not null
     * @param plannedOn the day it was agreed, not null
     * @return the planned measure
     */
    public static Measure planned(
            MeasureId id, MeasureKind kind, ActorId provider, HouseholdId household, LocalDate plannedOn) {
        return builder()
                .id(id)
                .kind(kind)
                .provider(provider)
                .household(household)
                .plannedOn(plannedOn)
                .status(MeasureStatus.PLANNED)
                .build();
    }

    /** A builder, for measures with a situation or already under way. */
    public static Builder builder() {
        return new Builder();
    }

    /** The measure's id. */
    public abstract MeasureId id();

    /** What is done. */
    public abstract MeasureKind kind();

    /** The actor who runs the measure. */
    public abstract ActorId provider();

    /** The household the measure is for (for a collective measure, the household this record follows). */
    public abstract HouseholdId household();

    /** The situation the measure answers, if it answers one. */
    public abstract Optional<SituationKind> situation();

    /** The day the measure was agreed. */
    public abstract LocalDate plannedOn();

    /** The day the measure started; absent while planned, and for a measure abandoned before it started. */
    public abstract Optional<LocalDate> startedOn();

    /** The day the measure ended (completed or abandoned); absent while it has not ended. */
    public abstract Optional<LocalDate> endedOn();

    /** Where the measure stands. */
    public abstract MeasureStatus status();

    /**
     * The day the current status began: by default {@code endedOn}, else {@code startedOn}, else
     * {@code plannedOn}; later than {@code startedOn} for a measure suspended or resumed after its start.
     */
    @Value.Default
    public LocalDate statusSince() {
        return endedOn().or(this::startedOn).orElse(plannedOn());
    }

    /**
     * Whether the measure is run with a group of households, a building or a neighbourhood. By default that of its
     * kind; an individual kind may be run collectively, a collective kind is always collective.
     */
    @Value.Default
    public boolean collective() {
        return kind().isCollective();
    }

    /**
     * This measure moved to another status on a day.
     *
     * <p>Moving to {@link MeasureStatus#ACTIVE} from planned sets {@code startedOn}; moving to a terminal status
     * sets {@code endedOn}.
     *
     * @param next the status asked for, not null
     * @param on the day of the move, not null, not before {@link #statusSince()}
     * @return the measure in its new status
     * @throws PathwayException if the move is not allowed from the current status or the day is too early
     */
    public final Measure moveTo(MeasureStatus next, LocalDate on) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(on, "on");
        if (!status().canMoveTo(next)) {
            throw new PathwayException("measure " + id() + ": cannot move from " + status() + " to " + next
                    + " (allowed: " + allowed(status()) + ")");
        }
        if (on.isBefore(statusSince())) {
            throw new PathwayException("measure " + id() + ": cannot move to " + next + " on " + on + ", before its "
                    + status() + " status began on " + statusSince());
        }
        Builder b = builder().from(this).status(next).statusSince(on);
        if (next == MeasureStatus.ACTIVE && startedOn().isEmpty()) {
            b.startedOn(on);
        }
        if (next.isTerminal()) {
            b.endedOn(on);
        }
        return b.build();
    }

    static String allowed(MeasureStatus status) {
        return status.isTerminal()
                ? "none"
                : status.nextStatuses().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    @Value.Check
    final void check() {
        MeasureStatus s = status();
        boolean mustHaveStart = s != MeasureStatus.PLANNED && s != MeasureStatus.ABANDONED;
        boolean mayHaveStart = s != MeasureStatus.PLANNED;
        presence(startedOn(), "startedOn", mustHaveStart, mayHaveStart);
        presence(endedOn(), "endedOn", s.isTerminal(), s.isTerminal());
        startedOn().ifPresent(d -> Checks.inOrder(plannedOn(), "plannedOn", d, "startedOn", this::what));
        endedOn().ifPresent(end -> {
            Checks.inOrder(plannedOn(), "plannedOn", end, "endedOn", this::what);
            startedOn().ifPresent(start -> Checks.inOrder(start, "startedOn", end, "endedOn", this::what));
            Checks.that(
                    statusSince().equals(end),
                    "statusSince",
                    this::what,
                    () -> "must equal endedOn " + end + " when status is " + s + ", was " + statusSince());
        });
        LocalDate latestStep = startedOn().orElse(plannedOn());
        Checks.inOrder(
                latestStep,
                startedOn().isPresent() ? "startedOn" : "plannedOn",
                statusSince(),
                "statusSince",
                this::what);
        Checks.that(
                collective() || !kind().isCollective(),
                "collective",
                this::what,
                () -> "must be true for the collective kind " + kind() + ", was false");
    }

    private void presence(Optional<LocalDate> date, String field, boolean required, boolean allowed) {
        MeasureStatus s = status();
        Checks.that(date.isPresent() || !required, field, this::what, () -> "must be present when status is " + s);
        Checks.that(
                date.isEmpty() || allowed,
                field,
                this::what,
                () -> "must be absent when status is " + s + ", was " + date.orElseThrow());
    }

    private String what() {
        return "measure " + id();
    }

    /** Builds a {@link Measure}. */
    public static final class Builder extends ImmutableMeasure.Builder {
        Builder() {}
    }
}
