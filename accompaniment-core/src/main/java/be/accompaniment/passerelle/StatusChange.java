package be.accompaniment.passerelle;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in the lifecycle of a passerelle: from a status to the next, on a day, with an optional coded reason.
 *
 * <p>The step must be allowed by {@link PasserelleStatus#canMoveTo}. Immutable and thread-safe. JSON:
 * {@code {"from":"REQUESTED","to":"REJECTED","on":"2024-03-05","reason":"NO_CAPACITY"}} ({@code reason} optional).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public abstract class StatusChange {
    StatusChange() {}

    /**
     * A step without a reason.
     *
     * @param from the status left, not null
     * @param to the status reached, not null, allowed after {@code from}
     * @param on the day of the step, not null
     * @return the step
     */
    public static StatusChange of(PasserelleStatus from, PasserelleStatus to, LocalDate on) {
        return builder().from(from).to(to).on(on).build();
    }

    /**
     * A step with a coded reason.
     *
     * @param from the status left, not null
     * @param to the status reached, not null, allowed after {@code from}
     * @param on the day of the step, not null
     * @param reason why, not null
     * @return the step
     */
    public static StatusChange of(PasserelleStatus from, PasserelleStatus to, LocalDate on, StatusReason reason) {
        return builder().from(from).to(to).on(on).reason(reason).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The status left. */
    public abstract PasserelleStatus from();

    /** The status reached. */
    public abstract PasserelleStatus to();

    /** The day of the step. */
    public abstract LocalDate on();

    /** Why the step was taken, if said. */
    public abstract Optional<StatusReason> reason();

    @Value.Check
    final void check() {
        Checks.that(
                from().canMoveTo(to()),
                "to",
                () -> "status change on " + on(),
                () -> "cannot follow " + from().fhirCode() + " (allowed: " + Passerelle.allowed(from()) + "), was "
                        + to().fhirCode());
    }

    /** Builds a {@link StatusChange}. */
    public static final class Builder extends ImmutableStatusChange.Builder {
        Builder() {}
    }
}
