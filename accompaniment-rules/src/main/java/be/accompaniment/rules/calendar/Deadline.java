package be.accompaniment.rules.calendar;

import be.accompaniment.internal.Checks;
import be.accompaniment.law.LegalReference;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A day fixed by a legal delay counted from another day, with the parameter and the legal text behind it: the answer
 * of the {@link LegalCalendar}'s delay questions.
 *
 * <p>For a forward question ({@link LegalCalendar#cpasForwardingDeadline}) {@link #on()} comes after {@link
 * #countedFrom()}; for {@link LegalCalendar#latestNoticeDate} it comes before.
 *
 * <p>JSON: {@code {"parameter":"wallonia/cpas-forwarding-delay","countedFrom":"2024-03-01",
 * "delay":{"amount":5,"unit":"CALENDAR_DAYS"},"on":"2024-03-06","reference":{…}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline {
    Deadline() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name of the dated parameter applied, e.g. {@code "wallonia/execution-notice"}. */
    public abstract String parameter();

    /** The day the delay is counted from (not counted itself). */
    public abstract LocalDate countedFrom();

    /** The delay in force on {@link #countedFrom()}. */
    public abstract Delay delay();

    /** The resulting day. */
    public abstract LocalDate on();

    /** The legal text that sets the delay. */
    public abstract LegalReference reference();

    @Value.Check
    final void check() {
        Checks.notBlank(parameter(), "parameter", () -> "deadline");
    }

    /** Builds a {@link Deadline}. */
    public static final class Builder extends ImmutableDeadline.Builder {
        Builder() {}
    }
}
