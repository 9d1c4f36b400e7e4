package be.accompaniment.rules.coordination;

import be.accompaniment.coordination.MeetingFrequency;
import be.accompaniment.internal.AccompanimentStyle;
import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The thresholds a platform health assessment judges a housing platform against; every one has a default and can be
 * changed, since the practice guide names conditions of success but no figures.
 *
 * <p>The defaults are choices, not law: five current members; attendance of at least half the expected members over
 * the last six meetings; no member absent from three or more meetings it could attend; gaps up to 1.5 times the
 * agreed frequency (quarterly when none was agreed); at most a quarter of meetings without objectives; at least two
 * tasks assigned over the last year or still open, with a Herfindahl–Hirschman index of the task load of at most
 * 0.25 (the level the U.S. Horizontal Merger Guidelines of 2010 call highly concentrated) and at most 60 % of the
 * load on the two most loaded members; at least one outside resource person over the last year.
 *
 * <p>JSON form: an object with any of the attributes below; missing ones take their default. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AccompanimentStyle
@JsonSerialize(as = ImmutableHealthThresholds.class)
@JsonDeserialize(as = ImmutableHealthThresholds.class)
public abstract class HealthThresholds {
    HealthThresholds() {}

    /** The default thresholds. */
    public static HealthThresholds defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The fewest current members (role member, not resource person) a platform needs; at least 2, default 5. */
    @Value.Default
    public int minMembers() {
        return 5;
    }

    /** How many of the last meetings attendance, gaps and objectives are judged on; at least 2, default 6. */
    @Value.Default
    public int meetingsConsidered() {
        return 6;
    }

    /** The lowest acceptable attendance, present per expected member, between 0 and 1; default 0.5. */
    @Value.Default
    public double minAttendanceRate() {
        return 0.5;
    }

    /**
     * How many of the meetings considered a member must have been expected at, without attending any, to count as a
     * member who never comes; at least 1, default 3.
     */
    @Value.Default
    public int absenceMinMeetings() {
        return 3;
    }

    /** The largest acceptable number of members who never come; at least 0, default 0. */
    @Value.Default
    public int maxAbsentMembers() {
        return 0;
    }

    /**
     * How far a gap between meetings may exceed the agreed frequency, as a factor of its usual number of days; at
     * least 1, default 1.5 (a bimonthly platform may go 91 days without meeting).
     */
    @Value.Default
    public double gapTolerance() {
        return 1.5;
    }

    /** The frequency gaps are judged against when the platform agreed none; default quarterly. */
    @Value.Default
    public MeetingFrequency fallbackFrequency() {
        return MeetingFrequency.QUARTERLY;
    }

    /** The largest acceptable share of meetings considered without objectives, between 0 and 1; default 0.25. */
    @Value.Default
    public double maxShareWithoutObjectives() {
        return 0.25;
    }

    /** How far back, in days, a task assigned and already done still counts; at least 1, default 365. */
    @Value.Default
    public int taskWindowDays() {
        return 365;
    }

    /** The fewest tasks, recent or open, a platform should share out; at least 1, default 2. */
    @Value.Default
    public int minTasks() {
        return 2;
    }

    /** The largest acceptable Herfindahl–Hirschman index of the task load, between 0 and 1; default 0.25. */
    @Value.Default
    public double maxTaskConcentration() {
        return 0.25;
    }

    /** The largest acceptable share of the task load on the two most loaded members, between 0 and 1; default 0.6. */
    @Value.Default
    public double maxTopTwoShare() {
        return 0.6;
    }

    /** How far back, in days, invited resource persons count; at least 1, default 365. */
    @Value.Default
    public int resourcePersonWindowDays() {
        return 365;
    }

    /** The fewest outside resource persons a platform should have invited in that window; at least 0, default 1. */
    @Value.Default
    public int minResourcePersons() {
        return 1;
    }

    @Value.Check
    final void check() {
        Checks.atLeast(2, minMembers(), "minMembers", HealthThresholds::describe);
        Checks.atLeast(2, meetingsConsidered(), "meetingsConsidered", HealthThresholds::describe);
        share(minAttendanceRate(), "minAttendanceRate");
        Checks.atLeast(1, absenceMinMeetings(), "absenceMinMeetings", HealthThresholds::describe);
        Checks.atLeast(0, maxAbsentMembers(), "maxAbsentMembers", HealthThresholds::describe);
        Checks.that(
                gapTolerance() >= 1 && Double.isFinite(gapTolerance()),
                "gapTolerance",
                HealthThresholds::describe,
                () -> "must be >= 1, was " + gapTolerance());
        share(maxShareWithoutObjectives(), "maxShareWithoutObjectives");
        Checks.atLeast(1, taskWindowDays(), "taskWindowDays", HealthThresholds::describe);
        Checks.atLeast(1, minTasks(), "minTasks", HealthThresholds::describe);
        share(maxTaskConcentration(), "maxTaskConcentration");
        share(maxTopTwoShare(), "maxTopTwoShare");
        Checks.atLeast(1, resourcePersonWindowDays(), "resourcePersonWindowDays", HealthThresholds::describe);
        Checks.atLeast(0, minResourcePersons(), "minResourcePersons", HealthThresholds::describe);
    }

    private static void share(double value, String field) {
        Checks.that(
                value >= 0 && value <= 1,
                field,
                HealthThresholds::describe,
                () -> "must be between 0 and 1, was " + value);
    }

    private static String describe() {
        return "health thresholds";
    }

    /** Builds {@link HealthThresholds}. */
    public static final class Builder extends ImmutableHealthThresholds.Builder {
        Builder() {}
    }
}
