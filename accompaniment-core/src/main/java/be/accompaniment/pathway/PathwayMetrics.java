package be.accompaniment.pathway;

import be.accompaniment.household.HouseholdId;
import be.accompaniment.internal.Checks;
import be.accompaniment.passerelle.PasserelleStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Figures on one household's pathway, for research and for the evaluation of accompaniment.
 *
 * <ul>
 *   <li>{@link #daysToFirstContact()}: calendar days from the first {@link SituationOpened} to the first contact,
 *       which is the earliest {@link FirstContact} or passerelle answered {@link PasserelleStatus#ACCEPTED}; 0 if
 *       the contact came first; empty while there is no situation or no contact.
 *   <li>{@link #actorsInvolved()}: how many actors made or accepted a passerelle, met the household or ran a
 *       measure (see {@link PathwayState#actorsInvolved()}).
 *   <li>{@link #daysToStabilisation()}: calendar days from the first {@link SituationOpened} to the first
 *       {@link Stabilised}; empty if never stabilised.
 *   <li>{@link #outcome()}: relocation, upgrade of the dwelling, both or neither.
 *   <li>passerelles made, accepted (answered {@link PasserelleStatus#ACCEPTED}) and declined (answered
 *       {@link PasserelleStatus#REJECTED}).
 *   <li>{@link #destination()}: the last destination recorded by a relocation or a stabilisation.
 * </ul>
 *
 * <p>Immutable and thread-safe. JSON: {@code {"household":"h-9","daysToFirstContact":4,"actorsInvolved":3,
 * "daysToStabilisation":212,"outcome":"RELOCATION","passerellesMade":3,"passerellesAccepted":2,
 * "passerellesDeclined":1,"destination":"AIS_HOUSING"}} (the two day counts and {@code destination} optional).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePathwayMetrics.class)
@JsonDeserialize(as = ImmutablePathwayMetrics.class)
public abstract class PathwayMetrics {
    PathwayMetrics() {}

    /**
     * The metrics of a pathway.
     *
     * @param pathway the pathway, not null
     * @return its metrics
     */
    public static PathwayMetrics of(Pathway pathway) {
        Objects.requireNonNull(pathway, "pathway");
        LocalDate firstOpened = null;
        LocalDate firstContact = null;
        LocalDate firstStabilised = null;
        Destination destination = null;
        boolean relocated = false;
        boolean upgraded = false;
        int made = 0;
        int accepted = 0;
        int declined = 0;
        for (PathwayEvent e : pathway.events()) {
            if (e instanceof SituationOpened && firstOpened == null) {
                firstOpened = e.on();
            } else if (e instanceof FirstContact && firstContact == null) {
                firstContact = e.on();
            } else if (e instanceof PasserelleMade) {
                made++;
            } else if (e instanceof PasserelleAnswered a) {
                if (a.status() == PasserelleStatus.ACCEPTED) {
                    accepted++;
                    if (firstContact == null) {
                        firstContact = e.on();
                    }
                } else if (a.status() == PasserelleStatus.REJECTED) {
                    declined++;
                }
            } else if (e instanceof HouseholdRelocated r) {
                relocated = true;
                destination = r.destination();
            } else if (e instanceof DwellingUpgraded) {
                upgraded = true;
            } else if (e instanceof Stabilised s) {
                if (firstStabilised == null) {
                    firstStabilised = e.on();
                }
                if (s.destination().isPresent()) {
                    destination = s.destination().get();
                }
            }
        }
        Builder b = builder()
                .household(pathway.household())
                .actorsInvolved(pathway.state().actorsInvolved().size())
                .outcome(HousingOutcome.of(relocated, upgraded))
                .passerellesMade(made)
                .passerellesAccepted(accepted)
                .passerellesDeclined(declined)
                .destination(Optional.ofNullable(destination));
        if (firstOpened != null && firstContact != null) {
            b.daysToFirstContact((int) Math.max(0, ChronoUnit.DAYS.between(firstOpened, firstContact)));
        }
        if (firstOpened != null && firstStabilised != null) {
            b.daysToStabilisation((int) ChronoUnit.DAYS.between(firstOpened, firstStabilised));
        }
        return b.build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract HouseholdId household();

    /** Calendar days from the first situation opened to the first contact; empty if either is missing. */
    public abstract OptionalInt daysToFirstContact();

    /** The number of actors involved. */
    public abstract int actorsInvolved();

    /** Calendar days from the first situation opened to the first stabilisation; empty if never stabilised. */
    public abstract OptionalInt daysToStabilisation();

    /** What the pathway did with the household's housing. */
    public abstract HousingOutcome outcome();

    /** The number of passerelles made. */
    public abstract int passerellesMade();

    /** The number of passerelles accepted by their receiving actor. */
    public abstract int passerellesAccepted();

    /** The number of passerelles declined (rejected) by their receiving actor. */
    public abstract int passerellesDeclined();

    /** The last destination recorded by a relocation or a stabilisation. */
    public abstract Optional<Destination> destination();

    @Value.Check
    final void check() {
        daysToFirstContact().ifPresent(d -> Checks.atLeast(0, d, "daysToFirstContact", this::what));
        daysToStabilisation().ifPresent(d -> Checks.atLeast(0, d, "daysToStabilisation", this::what));
        Checks.atLeast(0, actorsInvolved(), "actorsInvolved", this::what);
        Checks.atLeast(0, passerellesAccepted(), "passerellesAccepted", this::what);
        Checks.atLeast(0, passerellesDeclined(), "passerellesDeclined", this::what);
        Checks.atLeast(passerellesAccepted() + passerellesDeclined(), passerellesMade(), "passerellesMade", this::what);
    }

    private String what() {
        return "pathway metrics of household " + household();
    }

    /** Builds a {@link PathwayMetrics}. */
    public static final class Builder extends ImmutablePathwayMetrics.Builder {
        Builder() {}
    }
}
