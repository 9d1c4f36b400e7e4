package be.accompaniment.passerelle;

import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.internal.Checks;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A passerelle: a bridge from one actor (the referrer) to another, for a household and one of its situations,
 * proposing a measure, with the household's consent and a lifecycle of {@link PasserelleStatus}es.
 *
 * <p>A passerelle is created as a {@link PasserelleStatus#DRAFT draft} or directly
 * {@link PasserelleStatus#REQUESTED requested}; {@link #transition} moves it along the allowed transitions and
 * records each step in {@link #history()}, with days never going back. While {@link #consent()} is
 * {@link ConsentStatus#MISSING} it cannot leave the draft status, except to be cancelled; {@code consent} records
 * the consent under which the passerelle was sent, so a household that withdraws it later is recorded by cancelling
 * the passerelle with {@link StatusReason#CONSENT_WITHDRAWN}. The two actors differ.
 *
 * <pre>{@code
 * Passerelle p = Passerelle.requested(PasserelleId.of("p-12"), HouseholdId.of("h-9"), SituationKind.EVICTION_THREAT,
 *         ActorId.of("cpas-anderlecht"), ActorId.of("ais-quartiers"), ActorKind.AIS, MeasureKind.AIS_RENTAL,
 *         ConsentStatus.GIVEN, LocalDate.of(2024, 3, 1));
 * Passerelle answered = p.transition(PasserelleStatus.REJECTED, LocalDate.of(2024, 3, 5), StatusReason.NO_CAPACITY);
 * }</pre>
 *
 * <p>Immutable and thread-safe. JSON: {@code {"id":"p-12","household":"h-9","situation":"EVICTION_THREAT",
 * "referrer":"cpas-anderlecht","receiver":"ais-quartiers","receiverKind":"AIS","measure":"AIS_RENTAL","consent":"GIVEN",
 * "createdOn":"2024-03-01","status":"REJECTED","history":[{"from":"REQUESTED","to":"REJECTED",
 * "on":"2024-03-05","reason":"NO_CAPACITY"}]}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePasserelle.class)
@JsonDeserialize(as = ImmutablePasserelle.class)
public abstract class Passerelle {
    Passerelle() {}

    /**
     * A passerelle sent to the receiving actor on a day.
     *
     * @param id the passerelle's id, not null
     * @param household the household, not null
     * @param situation the situation it answers, not null
     * @param referrer the actor who makes the passerelle, not null
     * @param receiver the receiving actor, not null, not the referrer
     * @param receiverKind the kind of the receiving actor, not null
     * @param measure the measure proposed, not null
     * @param consent the household's consent, not null, not {@link ConsentStatus#MISSING}
     * @param on the day it was sent, not null
     * @return the requested passerelle
     * @throws be.accompaniment.InvalidInputException if consent is missing or the two actors are the same
     */
    public static Passerelle requested(
            PasserelleId id,
            HouseholdId household,
            SituationKind situation,
            ActorId referrer,
            ActorId receiver,
            ActorKind receiverKind,
            MeasureKind measure,
            ConsentStatus consent,
            LocalDate on) {
        return create(
                id,
                household,
                situation,
                referrer,
                receiver,
                receiverKind,
                measure,
                consent,
                on,
                PasserelleStatus.REQUESTED);
    }

    /**
     * A passerelle prepared on a day and not sent yet, e.g. while the household's consent is missing.
     *
     * @param id the passerelle's id, not null
     * @param household the household, not null
     * @param situation the situation it answers, not null
     * @param referrer the actor who makes the passerelle, not null
     * @param receiver the receiving actor, not null, not the referrer
     * @param receiverKind the kind of the receiving actor, not null
     * @param measure the measure proposed, not null
     * @param consent the household's consent, not null
     * @param on the day it was prepared, not null
     * @return the draft passerelle
     * @throws be.accompaniment.InvalidInputException if the two actors are the same
     */
    public static Passerelle draft(
            PasserelleId id,
            HouseholdId household,
            SituationKind situation,
            ActorId referrer,
            ActorId receiver,
            ActorKind receiverKind,
            MeasureKind measure,
            ConsentStatus consent,
            LocalDate on) {
        return create(
                id,
                household,
                situation,
                referrer,
                receiver,
                receiverKind,
                measure,
                consent,
                on,
                PasserelleStatus.DRAFT);
    }

    private static Passerelle create(
            PasserelleId id,
            HouseholdId household,
            SituationKind situation,
            ActorId referrer,
            ActorId receiver,
            ActorKind receiverKind,
            MeasureKind measure,
            ConsentStatus consent,
            LocalDate on,
            PasserelleStatus status) {
        return builder()
                .id(id)
                .household(household)
                .situation(situation)
                .referrer(referrer)
                .receiver(receiver)
                .receiverKind(receiverKind)
                .measure(measure)
                .consent(consent)
                .createdOn(on)
                .status(status)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The passerelle's id. */
    public abstract PasserelleId id();

    /** The household the passerelle is for. */
    public abstract HouseholdId household();

    /** The situation the passerelle answers. */
    public abstract SituationKind situation();

    /** The referrer: the actor who makes the passerelle ("from"). */
    public abstract ActorId referrer();

    /** The receiving actor ("to"), asked to take the household up. */
    public abstract ActorId receiver();

    /** The kind of the receiving actor. */
    public abstract ActorKind receiverKind();

    /** The measure proposed to the receiving actor. */
    public abstract MeasureKind measure();

    /** The household's consent to share its data with the receiving actor for this purpose. */
    public abstract ConsentStatus consent();

    /** The day the passerelle was created, as a draft or as a request. */
    public abstract LocalDate createdOn();

    /** The current status. */
    public abstract PasserelleStatus status();

    /** The steps taken since creation, oldest first; empty while the passerelle is in its initial status. */
    public abstract ImmutableList<StatusChange> history();

    /** The status the passerelle was created in: draft or requested. */
    public final PasserelleStatus initialStatus() {
        return history().isEmpty() ? status() : history().get(0).from();
    }

    /** The day of the last step, or the creation day if none. */
    public final LocalDate lastChangedOn() {
        return history().isEmpty()
                ? createdOn()
                : history().get(history().size() - 1).on();
    }

    /** Whether the passerelle is still under way (its status is not terminal). */
    @JsonIgnore
    public final boolean isOpen() {
        return !status().isTerminal();
    }

    /** Whether the receiving actor accepted the household at some point, even if it later cancelled or failed. */
    public final boolean wasTakenUp() {
        return status().isTakenUp() || history().stream().anyMatch(c -> c.to() == PasserelleStatus.ACCEPTED);
    }

    /**
     * This passerelle moved to the next status on a day, without a reason.
     *
     * @param next the status asked for, not null
     * @param on the day, not null, not before {@link #lastChangedOn()}
     * @return the passerelle in its new status, with the step added to its history
     * @throws PathwayException if the move is not allowed, the consent is missing, or the day is too early
     */
    public final Passerelle transition(PasserelleStatus next, LocalDate on) {
        return move(next, on, Optional.empty());
    }

    /**
     * This passerelle moved to the next status on a day, for a coded reason.
     *
     * @param next the status asked for, not null
     * @param on the day, not null, not before {@link #lastChangedOn()}
     * @param reason why, not null
     * @return the passerelle in its new status, with the step added to its history
     * @throws PathwayException if the move is not allowed, the consent is missing, or the day is too early
     */
    public final Passerelle transition(PasserelleStatus next, LocalDate on, StatusReason reason) {
        return move(next, on, Optional.of(Objects.requireNonNull(reason, "reason")));
    }

    private Passerelle move(PasserelleStatus next, LocalDate on, Optional<StatusReason> reason) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(on, "on");
        if (!status().canMoveTo(next)) {
            throw new PathwayException(what() + ": cannot move from " + status().fhirCode() + " to " + next.fhirCode()
                    + " (allowed: " + allowed(status()) + ")");
        }
        if (!consent().allowsSending() && !mayBeInWithoutConsent(next)) {
            throw new PathwayException(what() + ": cannot move from " + status().fhirCode() + " to " + next.fhirCode()
                    + ": the household's consent to share its data is missing");
        }
        if (on.isBefore(lastChangedOn())) {
            throw new PathwayException(what() + ": cannot move to " + next.fhirCode() + " on " + on
                    + ", before its last change on " + lastChangedOn());
        }
        StatusChange change = StatusChange.builder()
                .from(status())
                .to(next)
                .on(on)
                .reason(reason)
                .build();
        return builder().from(this).status(next).addHistory(change).build();
    }

    static String allowed(PasserelleStatus status) {
        return status.isTerminal()
                ? "none"
                : status.nextStatuses().stream().map(PasserelleStatus::fhirCode).collect(Collectors.joining(", "));
    }

    private static boolean mayBeInWithoutConsent(PasserelleStatus status) {
        return status == PasserelleStatus.DRAFT || status == PasserelleStatus.CANCELLED;
    }

    @Value.Check
    final void check() {
        Checks.that(
                !referrer().equals(receiver()),
                "receiver",
                this::what,
                () -> "must differ from the referrer, was " + receiver());
        List<StatusChange> steps = history();
        PasserelleStatus initial = initialStatus();
        Checks.that(
                initial == PasserelleStatus.DRAFT || initial == PasserelleStatus.REQUESTED,
                steps.isEmpty() ? "status" : "history[0].from",
                this::what,
                () -> "must be draft or requested at creation, was " + initial.fhirCode());
        LocalDate previousDay = createdOn();
        String previousField = "createdOn";
        PasserelleStatus current = initial;
        for (int i = 0; i < steps.size(); i++) {
            StatusChange step = steps.get(i);
            String field = "history[" + i + "]";
            PasserelleStatus expected = current;
            Checks.that(
                    step.from() == expected,
                    field + ".from",
                    this::what,
                    () -> "must be the status reached before, " + expected.fhirCode() + ", was "
                            + step.from().fhirCode());
            Checks.inOrder(previousDay, previousField, step.on(), field + ".on", this::what);
            previousDay = step.on();
            previousField = field + ".on";
            current = step.to();
        }
        PasserelleStatus reached = current;
        Checks.that(
                status() == reached,
                "status",
                this::what,
                () -> "must be the status reached by the history, " + reached.fhirCode() + ", was "
                        + status().fhirCode());
        if (!consent().allowsSending()) {
            withoutConsent(initial, steps.isEmpty() ? "status" : "history[0].from");
            for (int i = 0; i < steps.size(); i++) {
                withoutConsent(steps.get(i).to(), "history[" + i + "].to");
            }
        }
    }

    private void withoutConsent(PasserelleStatus reached, String field) {
        Checks.that(
                mayBeInWithoutConsent(reached),
                field,
                this::what,
                () -> "must stay draft (or be cancelled) while consent is missing, was " + reached.fhirCode());
    }

    private String what() {
        return "passerelle " + id();
    }

    /** Builds a {@link Passerelle}. */
    public static final class Builder extends ImmutablePasserelle.Builder {
        Builder() {}
    }
}
