package be.accompaniment.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting a housing platform held: its date, the member organisations present, the objectives it set, the themes
 * it discussed and the outside resource persons it invited; of the whole platform, or of one sub-commission.
 *
 * <p>Regular meetings with objectives keep a platform alive. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting {
    Meeting() {}

    /** A builder; {@code heldOn} and at least one attendee are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The day it was held. */
    public abstract LocalDate heldOn();

    /** The member organisations present, at least one. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<ActorId> attendees();

    /** The objectives set at the meeting, each a short text; possibly none. */
    public abstract ImmutableList<String> objectives();

    /** The themes discussed. */
    public abstract ImmutableSet<Theme> themes();

    /** The outside resource persons invited. */
    public abstract ImmutableList<ResourcePerson> resourcePersons();

    /** The name of the sub-commission that met, or empty for a meeting of the whole platform. */
    public abstract Optional<String> subCommission();

    /** Whether the meeting set at least one objective. */
    public boolean hasObjectives() {
        return !objectives().isEmpty();
    }

    @Value.Check
    final void check() {
        Checks.notEmpty(attendees(), "attendees", this::describe);
        for (int i = 0; i < objectives().size(); i++) {
            Checks.notBlank(objectives().get(i), "objectives[" + i + "]", this::describe);
        }
        subCommission().ifPresent(s -> Checks.notBlank(s, "subCommission", this::describe));
    }

    private String describe() {
        return "meeting of " + heldOn();
    }

    /** Builds a {@link Meeting}. */
    public static final class Builder extends ImmutableMeeting.Builder {
        Builder() {}
    }
}
