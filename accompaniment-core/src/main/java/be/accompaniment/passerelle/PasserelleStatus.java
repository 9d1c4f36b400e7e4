package be.accompaniment.passerelle;

import be.accompaniment.InvalidInputException;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a passerelle stands in its lifecycle; the statuses are those of a FHIR R4 {@code Task} used for referral
 * management, one to one, and {@link #fhirCode()} gives the FHIR code.
 *
 * <p>The allowed moves are data ({@link #nextStatuses()}). They follow the Task state machine of FHIR R4
 * (hl7.org/fhir/R4/task.html#statemachine), which FHIR presents as typical rather than mandatory, and the referral
 * task of the HL7 SDOH Clinical Care guide (TaskForReferralManagement, Gravity Project), where the referrer sets
 * draft and requested, the receiving actor sets the other statuses, and either may cancel:
 *
 * <pre>
 * DRAFT       → REQUESTED, CANCELLED                  (set by the referrer)
 * REQUESTED   → ACCEPTED, REJECTED, CANCELLED         (answer of the receiving actor; the referrer may cancel)
 * ACCEPTED    → IN_PROGRESS, ON_HOLD, CANCELLED
 * IN_PROGRESS → ON_HOLD, COMPLETED, FAILED, CANCELLED
 * ON_HOLD     → IN_PROGRESS, FAILED, CANCELLED
 * REJECTED, FAILED, COMPLETED, CANCELLED: terminal
 * </pre>
 *
 * Three FHIR codes are left out on purpose: {@code received} (an acknowledgement that the social field does not
 * distinguish from the answer itself: such a passerelle stays {@link #REQUESTED}), {@code ready} (for tasks that
 * need no acceptance, which a passerelle always does) and {@code entered-in-error} (a correction of a record, not
 * a step of a household's pathway: remove the record instead). FHIR lets some workflows leave terminal statuses;
 * this library does not: a new passerelle is made instead, so that the pathway keeps the first answer.
 */
public enum PasserelleStatus {
    /** Prepared by the referrer, not sent yet; the only status allowed while a needed consent is missing. */
    DRAFT("draft"),
    /** Sent to the receiving actor, who has not answered yet (FHIR {@code requested}). */
    REQUESTED("requested"),
    /** The receiving actor agreed to take the household up and has not started yet. */
    ACCEPTED("accepted"),
    /** The receiving actor declined before doing anything, e.g. no capacity or not competent. */
    REJECTED("rejected"),
    /** The receiving actor is working with the household. */
    IN_PROGRESS("in-progress"),
    /** Work was started and is paused, e.g. the household is unreachable or waits for a place. */
    ON_HOLD("on-hold"),
    /** Work was attempted and could not be carried through. */
    FAILED("failed"),
    /** The proposed measure was carried out. */
    COMPLETED("completed"),
    /** Withdrawn by the referrer or the receiving actor before completion (FHIR {@code cancelled}). */
    CANCELLED("cancelled");

    private final String fhirCode;
    private Set<PasserelleStatus> next;

    static {
        DRAFT.next = of(REQUESTED, CANCELLED);
        REQUESTED.next = of(ACCEPTED, REJECTED, CANCELLED);
        ACCEPTED.next = of(IN_PROGRESS, ON_HOLD, CANCELLED);
        IN_PROGRESS.next = of(ON_HOLD, COMPLETED, FAILED, CANCELLED);
        ON_HOLD.next = of(IN_PROGRESS, FAILED, CANCELLED);
        REJECTED.next = of();
        FAILED.next = of();
        COMPLETED.next = of();
        CANCELLED.next = of();
    }

    PasserelleStatus(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    private static ImmutableSet<PasserelleStatus> of(PasserelleStatus... statuses) {
        EnumSet<PasserelleStatus> set = EnumSet.noneOf(PasserelleStatus.class);
        set.addAll(Arrays.asList(statuses));
        return Sets.immutableEnumSet(set);
    }

    /**
     * The status of a FHIR {@code Task.status} code.
     *
     * @param code one of {@code draft requested accepted rejected in-progress on-hold failed completed cancelled},
     *     case-sensitive as in FHIR, not null
     * @return the status
     * @throws InvalidInputException if the code is not one of these (including {@code received}, {@code ready}
     *     and {@code entered-in-error}, which have no passerelle status)
     */
    public static PasserelleStatus fromFhirCode(String code) {
        Objects.requireNonNull(code, "code");
        for (PasserelleStatus s : values()) {
            if (s.fhirCode.equals(code)) {
                return s;
            }
        }
        throw new InvalidInputException(
                "passerelle status",
                "unknown FHIR task status \"" + code + "\"; expected one of "
                        + Arrays.stream(values()).map(s -> s.fhirCode).collect(Collectors.toList()));
    }

    /** The FHIR {@code Task.status} code, e.g. {@code "in-progress"}. */
    public String fhirCode() {
        return fhirCode;
    }

    /** The statuses this one may move to, in declaration order; empty for a terminal status. */
    public Set<PasserelleStatus> nextStatuses() {
        return next;
    }

    /**
     * Whether a passerelle in this status may move to {@code next}.
     *
     * @param next the status asked for, not null
     * @return true if the move is allowed
     */
    public boolean canMoveTo(PasserelleStatus next) {
        Objects.requireNonNull(next, "next");
        return this.next.contains(next);
    }

    /** Whether the passerelle is over (rejected, failed, completed or cancelled): no move is allowed from here. */
    public boolean isTerminal() {
        return next.isEmpty();
    }

    /**
     * Whether this status shows that the receiving actor took the household up: accepted, and the statuses only
     * reachable through acceptance (in progress, on hold, failed, completed). A cancelled passerelle may or may not
     * have been accepted before: look at its history.
     */
    public boolean isTakenUp() {
        return this == ACCEPTED || this == IN_PROGRESS || this == ON_HOLD || this == FAILED || this == COMPLETED;
    }
}
