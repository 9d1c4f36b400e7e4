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
import org.immutables.value.Value;

/**
 * Whether an eviction may be executed on a day for a tenant, under the winter moratorium and the one-off suspensions
 * of a region: the answer of {@link LegalCalendar#moratoriumOn}.
 *
 * <p>{@link #applies()} when at least one finding protects the tenant; {@link #protectedUntil()} is then the last day
 * of the unbroken protection that contains the day (a suspension may run on after the winter window, or the reverse).
 * Each finding carries its legal reference.
 *
 * <p>JSON: {@code {"on":"2023-11-10","region":"BRUSSELS_CAPITAL","findings":[{…}],"protectedUntil":"2024-03-15"}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMoratoriumDecision.class)
@JsonDeserialize(as = ImmutableMoratoriumDecision.class)
public abstract class MoratoriumDecision {
    MoratoriumDecision() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The day asked about. */
    public abstract LocalDate on();

    /** The region whose law was applied. */
    public abstract Region region();

    /**
     * One finding per rule considered: the winter moratorium in force on the day (absent once repealed), then each
     * suspension whose period contains the day.
     */
    public abstract ImmutableList<MoratoriumFinding> findings();

    /** The last day of the unbroken protection containing {@link #on()}; present exactly when {@link #applies()}. */
    public abstract Optional<LocalDate> protectedUntil();

    /** Whether an eviction may not be executed on the day. */
    @Value.Derived
    @JsonIgnore
    public boolean applies() {
        return findings().stream().anyMatch(MoratoriumFinding::protects);
    }

    /** The legal texts behind the answer: of the protecting rules when it applies, else of every rule considered. */
    @Value.Derived
    @JsonIgnore
    public ImmutableList<LegalReference> references() {
        return findings().stream()
                .filter(f -> !applies() || f.protects())
                .map(MoratoriumFinding::reference)
                .distinct()
                .collect(ImmutableList.toImmutableList());
    }

    @Value.Check
    final void check() {
        boolean protectedOnDay = findings().stream().anyMatch(MoratoriumFinding::protects);
        Checks.that(
                protectedUntil().isPresent() == protectedOnDay,
                "protectedUntil",
                this::describe,
                () -> (protectedOnDay
                                ? "must be set when a finding protects"
                                : "must be empty when no finding protects")
                        + ", was " + protectedUntil().map(LocalDate::toString).orElse("empty"));
        protectedUntil().ifPresent(until -> Checks.inOrder(on(), "on", until, "protectedUntil", this::describe));
    }

    private String describe() {
        return "moratorium decision " + region() + " " + on();
    }

    /** Builds a {@link MoratoriumDecision}. */
    public static final class Builder extends ImmutableMoratoriumDecision.Builder {
        Builder() {}
    }
}
