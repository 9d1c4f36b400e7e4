package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.situation.Milestone;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a suggestion's deadline is computed: a number of days from a milestone of the situation, a number of days after
 * the as-of date, or a day the legal calendar computes. A number of days is written as an integer or as the name of a
 * {@link ParameterType#DAYS} parameter of the rulebook, read as of the as-of date.
 *
 * <p>JSON, exactly one form: {@code {"milestone":"HEARING","offsetDays":-7}} (optionally {@code "workingDays":true}),
 * {@code {"afterAsOf":30}} or {@code {"afterAsOf":"swl-delay"}}, {@code {"calendar":"EARLIEST_EXECUTION"}}. A deadline
 * that cannot be computed (its milestone not recorded) is absent from the suggestion; one already past stays, overdue.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeadlineRule {
    DeadlineRule() {}

    /**
     * A deadline a number of days from a milestone: {@code ofMilestone(HEARING, -7)} is a week before the hearing.
     *
     * @param milestone the milestone of the rule's situation, not null
     * @param offsetDays the calendar days to add, negative for days before
     * @return the rule
     */
    public static DeadlineRule ofMilestone(Milestone milestone, int offsetDays) {
        return ImmutableDeadlineRule.builder()
                .form(Form.MILESTONE)
                .milestone(milestone)
                .days(offsetDays)
                .build();
    }

    /**
     * A deadline a number of working days from a milestone (Saturdays, Sundays and Belgian public holidays skipped).
     *
     * @param milestone the milestone of the rule's situation, not null
     * @param offsetWorkingDays the working days to add, negative for days before
     * @return the rule
     */
    public static DeadlineRule ofMilestoneWorkingDays(Milestone milestone, int offsetWorkingDays) {
        return ImmutableDeadlineRule.builder()
                .form(Form.MILESTONE)
                .milestone(milestone)
                .days(offsetWorkingDays)
                .workingDays(true)
                .build();
    }

    /**
     * A deadline a number of days, given by a DAYS parameter, from a milestone.
     *
     * @param milestone the milestone of the rule's situation, not null
     * @param parameter the name of a DAYS parameter of the rulebook, not blank
     * @param workingDays whether the days are working days
     * @return the rule
     */
    public static DeadlineRule ofMilestone(Milestone milestone, String parameter, boolean workingDays) {
        return ImmutableDeadlineRule.builder()
                .form(Form.MILESTONE)
                .milestone(milestone)
                .daysParameter(parameter)
                .workingDays(workingDays)
                .build();
    }

    /**
     * A deadline a number of days after the as-of date.
     *
     * @param days the days, 0 or more
     * @return the rule
     */
    public static DeadlineRule afterAsOf(int days) {
        return ImmutableDeadlineRule.builder().form(Form.AFTER_AS_OF).days(days).build();
    }

    /**
     * A deadline a number of days, given by a DAYS parameter, after the as-of date.
     *
     * @param parameter the name of a DAYS parameter of the rulebook, not blank
     * @return the rule
     */
    public static DeadlineRule afterAsOf(String parameter) {
        return ImmutableDeadlineRule.builder()
                .form(Form.AFTER_AS_OF)
                .daysParameter(parameter)
                .build();
    }

    /**
     * A deadline computed by the legal calendar.
     *
     * @param deadline which one, not null
     * @return the rule
     */
    public static DeadlineRule ofCalendar(CalendarDeadline deadline) {
        return ImmutableDeadlineRule.builder()
                .form(Form.CALENDAR)
                .calendar(deadline)
                .build();
    }

    /** The form of the deadline. */
    public abstract Form form();

    /** The milestone counted from; present exactly for {@link Form#MILESTONE}. */
    public abstract Optional<Milestone> milestone();

    /** The number of days when given as a number; 0 when given by a parameter or for the calendar form. */
    @Value.Default
    public int days() {
        return 0;
    }

    /** The DAYS parameter that gives the number of days, if not a number. */
    public abstract Optional<String> daysParameter();

    /** Whether the days are working days; only for {@link Form#MILESTONE}. */
    @Value.Default
    public boolean workingDays() {
        return false;
    }

    /** The calendar deadline; present exactly for {@link Form#CALENDAR}. */
    public abstract Optional<CalendarDeadline> calendar();

    @Value.Check
    final void check() {
        Objects.requireNonNull(form(), "form");
        boolean milestoneForm = form() == Form.MILESTONE;
        boolean calendarForm = form() == Form.CALENDAR;
        require(
                milestone().isPresent() == milestoneForm,
                "milestone",
                "must be given exactly for a milestone deadline");
        require(calendar().isPresent() == calendarForm, "calendar", "must be given exactly for a calendar deadline");
        require(!workingDays() || milestoneForm, "workingDays", "applies to a milestone deadline only");
        require(
                !calendarForm || (days() == 0 && daysParameter().isEmpty()),
                "days",
                "must be absent for a calendar deadline");
        require(
                daysParameter().isEmpty() || days() == 0,
                "days",
                "must be a number or a parameter, not both, was " + days() + " and "
                        + daysParameter().orElse(""));
        daysParameter().ifPresent(p -> require(!p.isBlank(), "daysParameter", "must not be blank"));
        require(form() != Form.AFTER_AS_OF || days() >= 0, "afterAsOf", "must be >= 0, was " + days());
    }

    private static void require(boolean condition, String field, String problem) {
        if (!condition) {
            throw new InvalidInputException("deadline: " + field, problem);
        }
    }

    /** The three forms of a deadline. */
    public enum Form {
        /** Days from a milestone of the situation. */
        MILESTONE,
        /** Days after the as-of date. */
        AFTER_AS_OF,
        /** A day the legal calendar computes. */
        CALENDAR
    }
}
