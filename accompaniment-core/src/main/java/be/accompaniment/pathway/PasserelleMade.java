package be.accompaniment.pathway;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.internal.Checks;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusChange;
import be.accompaniment.situation.SituationKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A passerelle was sent from one actor to another for an open situation of the household: from then on it is
 * {@link PasserelleStatus#REQUESTED requested} until answered ({@link PasserelleAnswered}).
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"passerelle-made","passerelle":"p-12",
 * "situation":"EVICTION_THREAT","referrer":"cpas-anderlecht","receiver":"ais-quartiers","receiverKind":"AIS",
 * "measure":"AIS_RENTAL","on":"2024-03-01"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(PasserelleMade.KIND)
@JsonSerialize(as = ImmutablePasserelleMade.class)
@JsonDeserialize(as = ImmutablePasserelleMade.class)
public abstract non-sealed class PasserelleMade implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "passerelle-made";

    PasserelleMade() {}

    /**
     * The event of a passerelle being sent: on its creation day if it was created requested, else on the day it
     * left the draft status.
     *
     * @param passerelle the passerelle, not null, requested at some point
     * @return the event
     * @throws InvalidInputException if the passerelle was never sent (it is, or was cancelled as, a draft)
     */
    public static PasserelleMade from(Passerelle passerelle) {
        Objects.requireNonNull(passerelle, "passerelle");
        LocalDate sentOn;
        if (passerelle.initialStatus() == PasserelleStatus.REQUESTED) {
            sentOn = passerelle.createdOn();
        } else {
            sentOn = passerelle.history().stream()
                    .filter(c -> c.to() == PasserelleStatus.REQUESTED)
                    .map(StatusChange::on)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "passerelle " + passerelle.id(), "was never sent (status " + passerelle.status() + ")"));
        }
        return builder()
                .passerelle(passerelle.id())
                .situation(passerelle.situation())
                .referrer(passerelle.referrer())
                .receiver(passerelle.receiver())
                .receiverKind(passerelle.receiverKind())
                .measure(passerelle.measure())
                .on(sentOn)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The passerelle's id. */
    public abstract PasserelleId passerelle();

    /** The situation it answers, open in the pathway. */
    public abstract SituationKind situation();

    /** The actor who made it. */
    public abstract ActorId referrer();

    /** The actor it was sent to. */
    public abstract ActorId receiver();

    /** The kind of the receiving actor. */
    public abstract ActorKind receiverKind();

    /** The measure proposed. */
    public abstract MeasureKind measure();

    /** The day it was sent. */
    @Override
    public abstract LocalDate on();

    @Value.Check
    final void check() {
        Checks.that(
                !referrer().equals(receiver()),
                "receiver",
                () -> "passerelle-made " + passerelle(),
                () -> "must differ from the referrer, was " + receiver());
    }

    /** Builds a {@link PasserelleMade}. */
    public static final class Builder extends ImmutablePasserelleMade.Builder {
        Builder() {}
    }
}
