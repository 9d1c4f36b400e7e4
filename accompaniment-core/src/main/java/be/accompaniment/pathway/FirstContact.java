package be.accompaniment.pathway;

import be.accompaniment.actor.ActorId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The first contact of an actor with the household: a visit, an interview, a call answered. One per actor; the
 * earliest contact of the pathway, or the earliest accepted passerelle, counts for
 * {@link PathwayMetrics#daysToFirstContact()}.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"first-contact","actor":"cpas-esneux","on":"2024-02-05"}}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(FirstContact.KIND)
@JsonSerialize(as = ImmutableFirstContact.class)
@JsonDeserialize(as = ImmutableFirstContact.class)
public abstract non-sealed class FirstContact implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "first-contact";

    FirstContact() {}

    /**
     * A first contact on a day.
     *
     * @param actor the actor who met the household, not null
     * @param on the day, not null
     * @return the event
     */
    public static FirstContact of(ActorId actor, LocalDate on) {
        return builder().actor(actor).on(on).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The actor who met the household. */
    public abstract ActorId actor();

    /** The day of the event. */
    @Override
    public abstract LocalDate on();

    /** Builds a {@link FirstContact}. */
    public static final class Builder extends ImmutableFirstContact.Builder {
        Builder() {}
    }
}
