package be.accompaniment.pathway;

import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A passerelle made earlier in the pathway changed status: the receiving actor's answer (accepted, rejected) and
 * every later step (in progress, on hold, completed, failed, cancelled). The step must be allowed by
 * {@link PasserelleStatus#canMoveTo} from the passerelle's current status.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"kind":"passerelle-answered","passerelle":"p-12","status":"REJECTED",
 * "on":"2024-03-05","reason":"NO_CAPACITY"}} ({@code reason} optional).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(PasserelleAnswered.KIND)
@JsonSerialize(as = ImmutablePasserelleAnswered.class)
@JsonDeserialize(as = ImmutablePasserelleAnswered.class)
public abstract non-sealed class PasserelleAnswered implements PathwayEvent {
    /** The JSON kind of this event. */
    static final String KIND = "passerelle-answered";

    PasserelleAnswered() {}

    /**
     * A status change without a reason.
     *
     * @param passerelle the passerelle's id, not null, made earlier in the pathway
     * @param status the status reached, not null
     * @param on the day, not null
     * @return the event
     */
    public static PasserelleAnswered of(PasserelleId passerelle, PasserelleStatus status, LocalDate on) {
        return builder().passerelle(passerelle).status(status).on(on).build();
    }

    /**
     * A status change with a coded reason.
     *
     * @param passerelle the passerelle's id, not null, made earlier in the pathway
     * @param status the status reached, not null
     * @param on the day, not null
     * @param reason why, not null
     * @return the event
     */
    public static PasserelleAnswered of(
            PasserelleId passerelle, PasserelleStatus status, LocalDate on, StatusReason reason) {
        return builder()
                .passerelle(passerelle)
                .status(status)
                .on(on)
                .reason(reason)
                .build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The passerelle's id. */
    public abstract PasserelleId passerelle();

    /** The status reached. */
    public abstract PasserelleStatus status();

    /** The day of the change. */
    @Override
    public abstract LocalDate on();

    /** Why, if said. */
    public abstract Optional<StatusReason> reason();

    /** Builds a {@link PasserelleAnswered}. */
    public static final class Builder extends ImmutablePasserelleAnswered.Builder {
        Builder() {}
    }
}
