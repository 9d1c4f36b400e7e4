package be.accompaniment.rules.calendar;

import be.accompaniment.internal.Checks;
import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The first day on which an eviction judgment served on a day may be executed, and why: the minimum delay after
 * service (C.jud. art. 1344quater), then, if that day falls inside an applicable winter moratorium or suspension, the
 * day after the protection ends. The answer of {@link LegalCalendar#earliestExecution}.
 *
 * <p>The day is a floor set by the law, not a forecast: the bailiff must still give notice ({@link
 * LegalCalendar#earliestExecutionAfterNotice}), the judge may have set a later date, and the day may be a weekend or a
 * holiday.
 *
 * <p>JSON: {@code {"servedOn":"2023-10-10","region":"BRUSSELS_CAPITAL","minimumDelay":{…Deadline…},
 * "postponedBy":{…MoratoriumDecision…},"on":"2024-03-16"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEarliestExecution.class)
@JsonDeserialize(as = ImmutableEarliestExecution.class)
public abstract class EarliestExecution {
    EarliestExecution() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The day the judgment was served (signifié). */
    public abstract LocalDate servedOn();

    /** The region whose law was applied. */
    public abstract Region region();

    /** The end of the minimum delay after service. */
    public abstract Deadline minimumDelay();

    /** The moratorium decision that pushed the day back, when the end of the minimum delay was protected. */
    public abstract Optional<MoratoriumDecision> postponedBy();

    /** The first day on which the eviction may be executed. */
    public abstract LocalDate on();

    /** Whether a moratorium or a suspension pushed the day back. */
    @Value.Derived
    @JsonIgnore
    public boolean isPostponed() {
        return postponedBy().isPresent();
    }

    /** The chain of legal texts: the minimum delay's, then those of the protections that postponed the day. */
    @Value.Derived
    @JsonIgnore
    public ImmutableList<LegalReference> references() {
        return Stream.concat(
                        Stream.of(minimumDelay().reference()),
                        postponedBy().stream().flatMap(d -> d.references().stream()))
                .distinct()
                .collect(ImmutableList.toImmutableList());
    }

    @Value.Check
    final void check() {
        Checks.inOrder(minimumDelay().on(), "minimumDelay.on", on(), "on", this::describe);
    }

    private String describe() {
        return "earliest execution " + region() + " served " + servedOn();
    }

    /** Builds an {@link EarliestExecution}. */
    public static final class Builder extends ImmutableEarliestExecution.Builder {
        Builder() {}
    }
}
