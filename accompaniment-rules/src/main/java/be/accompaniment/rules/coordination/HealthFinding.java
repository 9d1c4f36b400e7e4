package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One thing a platform health assessment found wanting: its kind, how serious it is, the figure behind it, the
 * threshold it was judged against and the members concerned (members who never come, the two most loaded members, a
 * pilot who left…), with a sentence and a suggestion in four languages.
 *
 * <p>Example: {@code LOW_ATTENDANCE}, {@code MAJOR}, figure 0.38, threshold 0.5 — "38 % of expected members attended
 * the last 6 meetings". JSON form: {@code {"kind":"LOW_ATTENDANCE","severity":"MAJOR","figure":0.38,"threshold":0.5,
 * "actors":[]}}. Immutable and thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableHealthFinding.class)
@JsonDeserialize(as = ImmutableHealthFinding.class)
public abstract class HealthFinding {
    HealthFinding() {}

    /**
     * A finding that concerns no member in particular.
     *
     * @param kind what was found, not null
     * @param severity how serious it is, not null
     * @param figure the figure measured, finite and at least 0
     * @param threshold the threshold it was judged against, finite and at least 0
     * @return the finding
     */
    public static HealthFinding of(HealthFindingKind kind, Severity severity, double figure, double threshold) {
        return builder()
                .kind(kind)
                .severity(severity)
                .figure(figure)
                .threshold(threshold)
                .build();
    }

    /** A builder; {@code kind}, {@code severity}, {@code figure} and {@code threshold} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** What was found. */
    public abstract HealthFindingKind kind();

    /** How serious it is. */
    public abstract Severity severity();

    /** The figure measured; its unit depends on the {@linkplain HealthFindingKind kind}; 0 for a missing decision. */
    public abstract double figure();

    /** The threshold the figure was judged against, in the same unit; 1 for a missing decision. */
    public abstract double threshold();

    /** The members concerned, in id order; often none. */
    @Value.NaturalOrder
    public abstract ImmutableSortedSet<ActorId> actors();

    /** The condition of success the finding comes from. */
    @JsonIgnore
    public SuccessCondition condition() {
        return kind().condition();
    }

    /**
     * What was found, as a sentence with its figure and threshold, members by id.
     *
     * @param language the language, not null
     * @return the sentence
     */
    public String describe(Language language) {
        return describe(language, ActorId::value);
    }

    /**
     * What was found, as a sentence with its figure and threshold.
     *
     * @param language the language, not null
     * @param actorName the name to show for a member, not null
     * @return the sentence
     */
    public String describe(Language language, Function<ActorId, String> actorName) {
        Objects.requireNonNull(actorName, "actorName");
        // a pilot or secretariat that was designated but left reads differently from one never designated
        boolean left = (kind() == HealthFindingKind.NO_PILOT || kind() == HealthFindingKind.NO_SECRETARIAT)
                && !actors().isEmpty();
        return Messages.get(
                language,
                "finding." + kind().name() + (left ? ".left" : ""),
                "figure",
                format(figure(), language),
                "threshold",
                format(threshold(), language),
                "actors",
                actors().stream().map(actorName).collect(Collectors.joining(", ")));
    }

    /**
     * What the platform could do about it.
     *
     * @param language the language, not null
     * @return the suggestion
     */
    public String suggestion(Language language) {
        return Messages.get(language, "suggestion." + kind().name());
    }

    private String format(double value, Language language) {
        Objects.requireNonNull(language, "language");
        Locale locale = language.locale();
        return switch (kind()) {
            case LOW_ATTENDANCE, MEETINGS_WITHOUT_OBJECTIVES, TASKS_CARRIED_BY_TWO ->
                String.format(locale, "%.0f", value * 100);
            case TASKS_CONCENTRATED -> String.format(locale, "%.2f", value);
            default -> String.format(locale, "%.0f", value);
        };
    }

    @Value.Check
    final void check() {
        Checks.that(
                Double.isFinite(figure()) && figure() >= 0,
                "figure",
                this::where,
                () -> "must be a finite number >= 0, was " + figure());
        Checks.that(
                Double.isFinite(threshold()) && threshold() >= 0,
                "threshold",
                this::where,
                () -> "must be a finite number >= 0, was " + threshold());
    }

    private String where() {
        return "health finding " + kind();
    }

    /** Builds a {@link HealthFinding}. */
    public static final class Builder extends ImmutableHealthFinding.Builder {
        Builder() {}
    }
}
