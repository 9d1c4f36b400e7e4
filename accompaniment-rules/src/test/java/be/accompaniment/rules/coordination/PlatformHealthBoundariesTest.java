package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.HealthFixtures.AIS;
import static be.accompaniment.rules.coordination.HealthFixtures.APL;
import static be.accompaniment.rules.coordination.HealthFixtures.CPAS;
import static be.accompaniment.rules.coordination.HealthFixtures.ON;
import static be.accompaniment.rules.coordination.HealthFixtures.PCS;
import static be.accompaniment.rules.coordination.HealthFixtures.REGIE;
import static be.accompaniment.rules.coordination.HealthFixtures.SIX;
import static be.accompaniment.rules.coordination.HealthFixtures.SLSP;
import static be.accompaniment.rules.coordination.HealthFixtures.healthy;
import static be.accompaniment.rules.coordination.HealthFixtures.meetingDay;
import static be.accompaniment.rules.coordination.HealthFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.Meeting;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.SubCommission;
import be.accompaniment.coordination.Task;
import be.accompaniment.coordination.Theme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The platform health assessment on the edges of its thresholds: a figure equal to its threshold is no finding, one
 * past it is; the severity changes exactly where the assessment says. Synthetic platforms of {@link HealthFixtures}.
 */
class PlatformHealthBoundariesTest {
    private static final PlatformHealthAssessor DEFAULTS = PlatformHealthAssessor.withDefaults();

    private static PlatformHealthAssessor with(HealthThresholds.Builder thresholds) {
        return PlatformHealthAssessor.of(thresholds.build());
    }

    private static Optional<HealthFinding> finding(PlatformHealth health, HealthFindingKind kind) {
        return health.finding(kind);
    }

    /** The fixture's seven monthly meetings with the given attendees at each. */
    private static List<Meeting> attended(List<ActorId> attendees) {
        return HealthFixtures.meetings(Collections.nCopies(7, attendees));
    }

    @Nested
    class Members {
        @Test
        void aPlatformOfExactlyTheMinimumHasEnoughMembers() {
            Platform five = healthy(List.of(AIS, APL, CPAS, PCS, REGIE)).build();
            assertThat(finding(DEFAULTS.assess(five, ON), HealthFindingKind.TOO_FEW_MEMBERS))
                    .isEmpty();
        }

        @Test
        void halfTheMinimumIsMajorNotCritical() {
            Platform three = healthy(List.of(AIS, APL, CPAS)).build();
            HealthFinding f = finding(
                            with(HealthThresholds.builder().minMembers(6)).assess(three, ON),
                            HealthFindingKind.TOO_FEW_MEMBERS)
                    .orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.figure()).isEqualTo(3);
        }

        @Test
        void attendanceOfExactlyHalfTheMinimumIsMajorNotCritical() {
            // four members at six meetings: 24 expected, 6 present = 0.25 = half of 0.5
            List<ActorId> four = List.of(AIS, APL, CPAS, PCS);
            Platform p = healthy(four).meetings(attended(List.of(AIS))).build();
            HealthFinding f = finding(
                            with(HealthThresholds.builder().minMembers(2)).assess(p, ON),
                            HealthFindingKind.LOW_ATTENDANCE)
                    .orElseThrow();
            assertThat(f.figure()).isEqualTo(0.25);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void aMemberAbsentFromExactlyTheMinimumNumberOfMeetingsIsAbsent() {
            List<ActorId> present = List.of(AIS, APL, CPAS, PCS, REGIE);
            Platform p = healthy(SIX).meetings(attended(present)).build();
            // six meetings considered, SLSP expected at all six and never there
            HealthFinding f = finding(
                            with(HealthThresholds.builder().absenceMinMeetings(6))
                                    .assess(p, ON),
                            HealthFindingKind.ABSENT_MEMBERS)
                    .orElseThrow();
            assertThat(f.actors()).containsExactly(SLSP);
            assertThat(finding(
                            with(HealthThresholds.builder().absenceMinMeetings(7))
                                    .assess(p, ON),
                            HealthFindingKind.ABSENT_MEMBERS))
                    .isEmpty();
        }

        @Test
        void aThirdOfTheMembersAbsentIsMinorBeyondItMajor() {
            Platform twoOfSix = healthy(SIX)
                    .meetings(attended(List.of(AIS, APL, CPAS, PCS)))
                    .build();
            assertThat(finding(DEFAULTS.assess(twoOfSix, ON), HealthFindingKind.ABSENT_MEMBERS)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MINOR);
            Platform threeOfSix =
                    healthy(SIX).meetings(attended(List.of(AIS, APL, CPAS))).build();
            assertThat(finding(DEFAULTS.assess(threeOfSix, ON), HealthFindingKind.ABSENT_MEMBERS)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MAJOR);
        }

        @Test
        void eachSubCommissionExpectsItsOwnMembers() {
            Platform.Builder b = healthy()
                    .addSubCommissions(SubCommission.builder()
                            .name("Habitat permanent")
                            .theme(Theme.PERMANENT_HABITAT)
                            .addMembers(PCS, CPAS)
                            .build())
                    .addSubCommissions(SubCommission.builder()
                            .name("Logement de transit")
                            .theme(Theme.TRANSIT_HOUSING)
                            .addMembers(AIS, APL)
                            .build());
            List<Meeting> meetings = new ArrayList<>(HealthFixtures.monthlyMeetings(SIX));
            meetings.set(
                    6,
                    Meeting.builder()
                            .from(meetings.get(6))
                            .attendees(List.of(AIS, APL))
                            .subCommission("Logement de transit")
                            .build());
            PlatformHealth health = DEFAULTS.assess(b.meetings(meetings).build(), ON);
            assertThat(health.attendanceRate()).hasValue(1.0);
        }
    }

    @Nested
    class Meetings {
        @Test
        void twoMeetingsOnOneDayMakeAGapOfZeroDays() {
            List<Meeting> meetings = new ArrayList<>(HealthFixtures.monthlyMeetings(SIX));
            meetings.set(
                    6,
                    Meeting.builder()
                            .from(meetings.get(6))
                            .heldOn(meetingDay(5))
                            .build());
            PlatformHealth health = DEFAULTS.assess(healthy().meetings(meetings).build(), ON);
            assertThat(health.longestGapDays()).hasValue(30);
            List<Meeting> twoOnOneDay = List.of(meetings.get(5), meetings.get(6));
            assertThat(DEFAULTS.assess(
                                    healthy().meetings(twoOnOneDay).build(),
                                    meetingDay(5).plusDays(1))
                            .longestGapDays())
                    .hasValue(0);
        }

        @Test
        void aGapOfTwiceTheAllowedIsMinorBeyondItMajor() {
            // monthly: 30 days × 1.5 = 45 allowed
            assertThat(gapFinding(90).severity()).isEqualTo(Severity.MINOR);
            assertThat(gapFinding(91).severity()).isEqualTo(Severity.MAJOR);
            assertThat(DEFAULTS.assess(gapPlatform(45), meetingDay(1).plusDays(45))
                            .finding(HealthFindingKind.MEETINGS_TOO_FAR_APART))
                    .isEmpty();
            assertThat(gapFinding(46).figure()).isEqualTo(46);
        }

        private Platform gapPlatform(int days) {
            List<Meeting> meetings = HealthFixtures.monthlyMeetings(SIX).subList(0, 2);
            List<Meeting> two = List.of(
                    meetings.get(0),
                    Meeting.builder()
                            .from(meetings.get(1))
                            .heldOn(meetingDay(0).plusDays(days))
                            .build());
            return healthy().meetings(two).build();
        }

        private HealthFinding gapFinding(int days) {
            return DEFAULTS.assess(gapPlatform(days), meetingDay(0).plusDays(days))
                    .finding(HealthFindingKind.MEETINGS_TOO_FAR_APART)
                    .orElseThrow();
        }

        @Test
        void noRecentMeetingStartsPastTheAllowedGapAndIsCriticalPastTwiceIt() {
            Platform p = healthy().build();
            assertThat(DEFAULTS.assess(p, meetingDay(6).plusDays(45)).finding(HealthFindingKind.NO_RECENT_MEETING))
                    .isEmpty();
            assertThat(DEFAULTS.assess(p, meetingDay(6).plusDays(46))
                            .finding(HealthFindingKind.NO_RECENT_MEETING)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MAJOR);
            assertThat(DEFAULTS.assess(p, meetingDay(6).plusDays(90))
                            .finding(HealthFindingKind.NO_RECENT_MEETING)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MAJOR);
        }

        private Platform withoutObjectives(int count) {
            List<Meeting> meetings = new ArrayList<>(HealthFixtures.monthlyMeetings(SIX));
            for (int k = 0; k < count; k++) {
                meetings.set(
                        6 - k,
                        Meeting.builder()
                                .from(meetings.get(6 - k))
                                .objectives(List.of())
                                .build());
            }
            return healthy().meetings(meetings).build();
        }

        @Test
        void theShareWithoutObjectivesIsOfTheMeetingsConsidered() {
            assertThat(DEFAULTS.assess(withoutObjectives(1), ON).finding(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES))
                    .isEmpty();
            HealthFinding f = DEFAULTS.assess(withoutObjectives(2), ON)
                    .finding(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES)
                    .orElseThrow();
            assertThat(f.figure()).isEqualTo(2.0 / 6);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
        }

        @Test
        void exactlyTheShareAllowedWithoutObjectivesIsNoFinding() {
            // one of the last four meetings: 0.25, the default limit
            PlatformHealth health =
                    with(HealthThresholds.builder().meetingsConsidered(4)).assess(withoutObjectives(1), ON);
            assertThat(health.meetingsWithoutObjectives()).isEqualTo(1);
            assertThat(health.finding(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES))
                    .isEmpty();
            assertThat(with(HealthThresholds.builder().meetingsConsidered(3))
                            .assess(withoutObjectives(1), ON)
                            .finding(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES)
                            .orElseThrow()
                            .figure())
                    .isEqualTo(1.0 / 3);
        }

        @Test
        void halfTheMeetingsWithoutObjectivesIsMinorBeyondItMajor() {
            assertThat(DEFAULTS.assess(withoutObjectives(3), ON)
                            .finding(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MINOR);
            assertThat(DEFAULTS.assess(withoutObjectives(4), ON)
                            .finding(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MAJOR);
        }
    }

    @Nested
    class Tasks {
        private Platform withTasks(List<Task> tasks) {
            return healthy().tasks(tasks).build();
        }

        @Test
        void aTaskAssignedAfterTheDayDoesNotCount() {
            Task later =
                    Task.builder().from(task(AIS)).assignedOn(ON.plusDays(1)).build();
            Task thatDay = Task.builder().from(task(APL)).assignedOn(ON).build();
            PlatformHealth health = DEFAULTS.assess(withTasks(List.of(later, thatDay, task(CPAS))), ON);
            assertThat(health.tasksConsidered()).isEqualTo(2);
        }

        @Test
        void noTaskIsMajorAndTooFewMinor() {
            assertThat(DEFAULTS.assess(withTasks(List.of()), ON)
                            .finding(HealthFindingKind.FEW_TASKS)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MAJOR);
            assertThat(DEFAULTS.assess(withTasks(List.of(task(AIS))), ON)
                            .finding(HealthFindingKind.FEW_TASKS)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.MINOR);
        }

        @Test
        void exactlyTheMinimumNumberOfTasksIsJudgedForConcentration() {
            PlatformHealth health = DEFAULTS.assess(withTasks(List.of(task(AIS), task(AIS))), ON);
            assertThat(health.finding(HealthFindingKind.FEW_TASKS)).isEmpty();
            assertThat(health.finding(HealthFindingKind.TASKS_CONCENTRATED)
                            .orElseThrow()
                            .figure())
                    .isEqualTo(1.0);
        }

        @Test
        void aConcentrationOfOneHalfIsMajor() {
            // two carriers, one task each: 0.5² + 0.5² = 0.5
            HealthFinding f = DEFAULTS.assess(withTasks(List.of(task(AIS), task(APL))), ON)
                    .finding(HealthFindingKind.TASKS_CONCENTRATED)
                    .orElseThrow();
            assertThat(f.figure()).isEqualTo(0.5);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void twoCarryingExactlyTheShareAllowedIsNoFinding() {
            // three tasks in five on the two most loaded: 0.6, the default limit
            PlatformHealth health =
                    DEFAULTS.assess(withTasks(List.of(task(AIS), task(AIS), task(APL), task(CPAS), task(PCS))), ON);
            assertThat(health.topTwoShare()).hasValue(0.6);
            assertThat(health.finding(HealthFindingKind.TASKS_CARRIED_BY_TWO)).isEmpty();
            assertThat(DEFAULTS.assess(withTasks(List.of(task(AIS), task(AIS), task(APL), task(CPAS))), ON)
                            .finding(HealthFindingKind.TASKS_CARRIED_BY_TWO)
                            .orElseThrow()
                            .figure())
                    .isEqualTo(0.75);
        }

        @Test
        void twoCarryingNineTasksInTenIsMajor() {
            List<Task> tasks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                tasks.add(task(AIS));
            }
            for (int i = 0; i < 4; i++) {
                tasks.add(task(APL));
            }
            tasks.add(task(CPAS));
            HealthFinding f = DEFAULTS.assess(withTasks(tasks), ON)
                    .finding(HealthFindingKind.TASKS_CARRIED_BY_TWO)
                    .orElseThrow();
            assertThat(f.figure()).isEqualTo(0.9);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
            assertThat(f.actors()).containsExactly(AIS, APL);
        }
    }
}
