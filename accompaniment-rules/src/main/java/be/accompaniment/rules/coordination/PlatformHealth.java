package be.accompaniment.rules.coordination;

import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.PlatformId;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The health of a housing platform on a day: the figures measured against each condition of success and the
 * findings, most serious first, with the thresholds they were judged against.
 *
 * <p>A platform with no finding {@linkplain #isHealthy() is healthy}. Produced by {@link PlatformHealthAssessor}.
 * JSON form: {@code {"platform":"pf-ath","platformName":…,"assessedOn":"2015-06-30","thresholds":{…},
 * "currentMembers":9,"meetingsConsidered":6,"attendanceRate":0.71,"longestGapDays":64,"daysSinceLastMeeting":25,
 * "meetingsWithoutObjectives":1,"tasksConsidered":4,"taskConcentration":0.31,"topTwoShare":0.63,
 * "resourcePersons":1,"findings":[{…}]}}; a rate or index that could not be measured is absent. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutablePlatformHealth.class)
@JsonDeserialize(as = ImmutablePlatformHealth.class)
public abstract class PlatformHealth {
    private static final Comparator<HealthFinding> MOST_SERIOUS_FIRST =
            Comparator.comparing(HealthFinding::severity).reversed().thenComparing(HealthFinding::kind);

    PlatformHealth() {}

    /** A builder; every attribute but the optional figures and the findings is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The platform assessed. */
    public abstract PlatformId platform();

    /** Its name, for reports. */
    public abstract String platformName();

    /** The day of the assessment. */
    public abstract LocalDate assessedOn();

    /** The thresholds it was judged against. */
    public abstract HealthThresholds thresholds();

    /** The number of current members, resource persons left out. */
    public abstract int currentMembers();

    /** The number of meetings attendance, gaps and objectives were judged on: the last ones, up to the threshold. */
    public abstract int meetingsConsidered();

    /** Attendees per expected member over the meetings considered, between 0 and 1; empty without meetings. */
    public abstract Optional<Double> attendanceRate();

    /** The longest gap between two consecutive meetings considered, in days; empty with fewer than two. */
    public abstract Optional<Integer> longestGapDays();

    /** The days since the last meeting, or since the start if it held none. */
    public abstract int daysSinceLastMeeting();

    /** The number of meetings considered that set no objective. */
    public abstract int meetingsWithoutObjectives();

    /** The number of tasks assigned within the window or still open. */
    public abstract int tasksConsidered();

    /** The Herfindahl–Hirschman index of the task load among carriers, between 0 and 1; empty without tasks. */
    public abstract Optional<Double> taskConcentration();

    /** The share of the task load on the two most loaded members, between 0 and 1; empty without tasks. */
    public abstract Optional<Double> topTwoShare();

    /** The number of outside resource persons invited within the window, including resource-person members. */
    public abstract int resourcePersons();

    /** The findings, most serious first, then in {@link HealthFindingKind} order. */
    public abstract ImmutableList<HealthFinding> findings();

    /** Whether nothing was found wanting. */
    @JsonIgnore
    public boolean isHealthy() {
        return findings().isEmpty();
    }

    /** The severity of the most serious finding, or empty when healthy. */
    public Optional<Severity> worstSeverity() {
        return findings().isEmpty()
                ? Optional.empty()
                : Optional.of(findings().get(0).severity());
    }

    /**
     * The finding of a kind.
     *
     * @param kind the kind, not null
     * @return the finding, or empty if none of that kind
     */
    public Optional<HealthFinding> finding(HealthFindingKind kind) {
        Objects.requireNonNull(kind, "kind");
        return findings().stream().filter(f -> f.kind() == kind).findFirst();
    }

    /**
     * The findings that come from a condition of success, most serious first.
     *
     * @param condition the condition, not null
     * @return the findings, possibly none
     */
    public ImmutableList<HealthFinding> findings(SuccessCondition condition) {
        Objects.requireNonNull(condition, "condition");
        return findings().stream().filter(f -> f.condition() == condition).collect(ImmutableList.toImmutableList());
    }

    /**
     * The report as text, members by id: a header, the figures, then each finding with its severity, condition and
     * suggestion.
     *
     * @param language the language, not null
     * @return the report, lines separated by {@code \n}, ending with one
     */
    public String report(Language language) {
        return report(language, ActorId::value);
    }

    /**
     * The report as text: a header, the figures, then each finding with its severity, condition and suggestion.
     *
     * @param language the language, not null
     * @param actorName the name to show for a member, not null
     * @return the report, lines separated by {@code \n}, ending with one
     */
    public String report(Language language, Function<ActorId, String> actorName) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(actorName, "actorName");
        Locale locale = language.locale();
        StringBuilder out = new StringBuilder();
        out.append(Messages.get(
                        language,
                        "report.header",
                        "name",
                        platformName(),
                        "id",
                        platform().value(),
                        "date",
                        assessedOn().toString()))
                .append('\n');
        out.append("  ")
                .append(Messages.get(
                        language,
                        "report.figures",
                        "members",
                        Integer.toString(currentMembers()),
                        "meetings",
                        Integer.toString(meetingsConsidered()),
                        "attendance",
                        attendanceRate()
                                .map(r -> String.format(locale, "%.0f %%", r * 100))
                                .orElse("–"),
                        "gap",
                        longestGapDays().map(String::valueOf).orElse("–"),
                        "since",
                        Integer.toString(daysSinceLastMeeting()),
                        "tasks",
                        Integer.toString(tasksConsidered()),
                        "hhi",
                        taskConcentration()
                                .map(h -> String.format(locale, "%.2f", h))
                                .orElse("–"),
                        "top",
                        topTwoShare()
                                .map(s -> String.format(locale, "%.0f %%", s * 100))
                                .orElse("–"),
                        "resource",
                        Integer.toString(resourcePersons())))
                .append('\n');
        if (isHealthy()) {
            out.append("  ").append(Messages.get(language, "report.healthy")).append('\n');
        }
        for (HealthFinding f : findings()) {
            out.append("  [")
                    .append(Labels.of(f.severity(), language))
                    .append("] ")
                    .append(Labels.of(f.condition(), language))
                    .append(" — ")
                    .append(f.describe(language, actorName))
                    .append('\n')
                    .append("      → ")
                    .append(f.suggestion(language))
                    .append('\n');
        }
        return out.toString();
    }

    @Value.Check
    final PlatformHealth check() {
        Checks.notBlank(platformName(), "platformName", this::where);
        Checks.atLeast(0, currentMembers(), "currentMembers", this::where);
        Checks.atLeast(0, meetingsConsidered(), "meetingsConsidered", this::where);
        Checks.atLeast(0, daysSinceLastMeeting(), "daysSinceLastMeeting", this::where);
        Checks.between(0, meetingsConsidered(), meetingsWithoutObjectives(), "meetingsWithoutObjectives", this::where);
        Checks.atLeast(0, tasksConsidered(), "tasksConsidered", this::where);
        Checks.atLeast(0, resourcePersons(), "resourcePersons", this::where);
        longestGapDays().ifPresent(g -> Checks.atLeast(0, g, "longestGapDays", this::where));
        attendanceRate().ifPresent(r -> share(r, "attendanceRate"));
        taskConcentration().ifPresent(r -> share(r, "taskConcentration"));
        topTwoShare().ifPresent(r -> share(r, "topTwoShare"));
        Checks.that(
                findings().stream().map(HealthFinding::kind).distinct().count()
                        == findings().size(),
                "findings",
                this::where,
                () -> "must name each kind once, was "
                        + findings().stream().map(HealthFinding::kind).toList());
        if (Comparators.isInOrder(findings(), MOST_SERIOUS_FIRST)) {
            return this;
        }
        return builder()
                .from(this)
                .findings(ImmutableList.sortedCopyOf(MOST_SERIOUS_FIRST, findings()))
                .build();
    }

    private void share(double value, String field) {
        Checks.that(value >= 0 && value <= 1, field, this::where, () -> "must be between 0 and 1, was " + value);
    }

    private String where() {
        return "platform health " + platform();
    }

    /** Platform, day and the kinds found. */
    @Override
    public String toString() {
        return "PlatformHealth{" + platform() + ", " + assessedOn() + ", "
                + findings().stream().map(f -> f.kind() + "/" + f.severity()).toList() + "}";
    }

    /** Builds a {@link PlatformHealth}. */
    public static final class Builder extends ImmutablePlatformHealth.Builder {
        Builder() {}
    }
}
