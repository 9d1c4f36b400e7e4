package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.MeetingFrequency;
import be.accompaniment.coordination.PlatformId;
import be.accompaniment.i18n.Language;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value types of platform health: thresholds, findings, health. */
class HealthValuesTest {
    static void rejects(ThrowingCallable build, String where, String value) {
        assertThatThrownBy(build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo(where))
                .hasMessageContaining("was " + value);
    }

    @Nested
    class Thresholds {
        @Test
        void defaultsAreThoseDocumented() {
            HealthThresholds t = HealthThresholds.defaults();
            assertThat(t.minMembers()).isEqualTo(5);
            assertThat(t.meetingsConsidered()).isEqualTo(6);
            assertThat(t.minAttendanceRate()).isEqualTo(0.5);
            assertThat(t.absenceMinMeetings()).isEqualTo(3);
            assertThat(t.maxAbsentMembers()).isZero();
            assertThat(t.gapTolerance()).isEqualTo(1.5);
            assertThat(t.fallbackFrequency()).isEqualTo(MeetingFrequency.QUARTERLY);
            assertThat(t.maxShareWithoutObjectives()).isEqualTo(0.25);
            assertThat(t.taskWindowDays()).isEqualTo(365);
            assertThat(t.minTasks()).isEqualTo(2);
            assertThat(t.maxTaskConcentration()).isEqualTo(0.25);
            assertThat(t.maxTopTwoShare()).isEqualTo(0.6);
            assertThat(t.resourcePersonWindowDays()).isEqualTo(365);
            assertThat(t.minResourcePersons()).isEqualTo(1);
        }

        @Test
        void rejectsValuesOutOfRange() {
            String where = "health thresholds: ";
            rejects(() -> HealthThresholds.builder().minMembers(1).build(), where + "minMembers", "1");
            rejects(() -> HealthThresholds.builder().meetingsConsidered(1).build(), where + "meetingsConsidered", "1");
            rejects(
                    () -> HealthThresholds.builder().minAttendanceRate(1.5).build(),
                    where + "minAttendanceRate",
                    "1.5");
            rejects(() -> HealthThresholds.builder().absenceMinMeetings(0).build(), where + "absenceMinMeetings", "0");
            rejects(() -> HealthThresholds.builder().maxAbsentMembers(-1).build(), where + "maxAbsentMembers", "-1");
            rejects(() -> HealthThresholds.builder().gapTolerance(0.9).build(), where + "gapTolerance", "0.9");
            rejects(
                    () -> HealthThresholds.builder()
                            .maxShareWithoutObjectives(-0.1)
                            .build(),
                    where + "maxShareWithoutObjectives",
                    "-0.1");
            rejects(() -> HealthThresholds.builder().taskWindowDays(0).build(), where + "taskWindowDays", "0");
            rejects(() -> HealthThresholds.builder().minTasks(0).build(), where + "minTasks", "0");
            rejects(
                    () -> HealthThresholds.builder().maxTaskConcentration(2).build(),
                    where + "maxTaskConcentration",
                    "2.0");
            rejects(() -> HealthThresholds.builder().maxTopTwoShare(-1).build(), where + "maxTopTwoShare", "-1.0");
            rejects(
                    () -> HealthThresholds.builder().resourcePersonWindowDays(0).build(),
                    where + "resourcePersonWindowDays",
                    "0");
            rejects(
                    () -> HealthThresholds.builder().minResourcePersons(-1).build(),
                    where + "minResourcePersons",
                    "-1");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            HealthThresholds.defaults(),
                            HealthThresholds.builder().build())
                    .addEqualityGroup(HealthThresholds.builder().minMembers(3).build())
                    .addEqualityGroup(HealthThresholds.builder().gapTolerance(2).build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            NullPointerTester tester = new NullPointerTester();
            tester.testAllPublicStaticMethods(HealthThresholds.class);
            tester.testAllPublicInstanceMethods(HealthThresholds.builder());
        }
    }

    @Nested
    class Finding {
        @Test
        void ofNamesNoActor() {
            HealthFinding f = HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MINOR, 0, 1);
            assertThat(f.actors()).isEmpty();
            assertThat(f.condition()).isEqualTo(SuccessCondition.FIRST_MEETING_DECISIONS);
            assertThat(f.describe(Language.EN)).isEqualTo("No meeting place was agreed.");
            assertThat(f.suggestion(Language.NL)).startsWith("Spreek af waar het platform vergadert");
        }

        @Test
        void sharesReadAsPercentagesAndIndicesWithTwoDecimals() {
            assertThat(HealthFinding.of(HealthFindingKind.LOW_ATTENDANCE, Severity.MAJOR, 0.375, 0.5)
                            .describe(Language.EN))
                    .isEqualTo("38 % of the expected members attended the last meetings, below 50 %.");
            assertThat(HealthFinding.builder()
                            .kind(HealthFindingKind.TASKS_CONCENTRATED)
                            .severity(Severity.MINOR)
                            .figure(0.3)
                            .threshold(0.25)
                            .addActors(ActorId.of("ais-ourthe"))
                            .build()
                            .describe(Language.DE))
                    .isEqualTo("Die Aufgabenlast ist konzentriert: Herfindahl-Hirschman-Index 0,30, über 0,25;"
                            + " am stärksten belastet: ais-ourthe.");
        }

        @Test
        void rejectsNegativeOrInfiniteFigures() {
            rejects(
                    () -> HealthFinding.of(HealthFindingKind.FEW_TASKS, Severity.MINOR, -1, 2),
                    "health finding FEW_TASKS: figure",
                    "-1.0");
            rejects(
                    () -> HealthFinding.of(HealthFindingKind.FEW_TASKS, Severity.MINOR, 1, Double.NaN),
                    "health finding FEW_TASKS: threshold",
                    "NaN");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 0, 1),
                            HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 0, 1))
                    .addEqualityGroup(HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MAJOR, 0, 1))
                    .addEqualityGroup(HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MINOR, 0, 1))
                    .addEqualityGroup(HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 1, 1))
                    .addEqualityGroup(HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 0, 2))
                    .addEqualityGroup(HealthFinding.builder()
                            .from(HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 0, 1))
                            .addActors(ActorId.of("pcs"))
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            NullPointerTester tester = new NullPointerTester()
                    .setDefault(HealthFindingKind.class, HealthFindingKind.NO_PILOT)
                    .setDefault(Severity.class, Severity.MAJOR)
                    .setDefault(ActorId.class, ActorId.of("pcs"));
            tester.testAllPublicStaticMethods(HealthFinding.class);
            tester.testAllPublicInstanceMethods(HealthFinding.builder());
            tester.testAllPublicInstanceMethods(HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 0, 1));
        }
    }

    @Nested
    class Health {
        private PlatformHealth.Builder minimal() {
            return PlatformHealth.builder()
                    .platform(PlatformId.of("pf-ath"))
                    .platformName("Plate-forme logement d'Ath")
                    .assessedOn(LocalDate.of(2015, 6, 30))
                    .thresholds(HealthThresholds.defaults())
                    .currentMembers(9)
                    .meetingsConsidered(6)
                    .daysSinceLastMeeting(25)
                    .meetingsWithoutObjectives(1)
                    .tasksConsidered(4)
                    .resourcePersons(1);
        }

        @Test
        void sortsFindingsMostSeriousFirst() {
            PlatformHealth h = minimal()
                    .addFindings(HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MINOR, 0, 1))
                    .addFindings(HealthFinding.of(HealthFindingKind.NO_RECENT_MEETING, Severity.CRITICAL, 200, 91))
                    .addFindings(HealthFinding.of(HealthFindingKind.NO_PILOT, Severity.MAJOR, 0, 1))
                    .build();
            assertThat(h.findings())
                    .extracting(HealthFinding::kind)
                    .containsExactly(
                            HealthFindingKind.NO_RECENT_MEETING,
                            HealthFindingKind.NO_PILOT,
                            HealthFindingKind.NO_VENUE);
            assertThat(h.toString())
                    .isEqualTo("PlatformHealth{pf-ath, 2015-06-30, [NO_RECENT_MEETING/CRITICAL,"
                            + " NO_PILOT/MAJOR, NO_VENUE/MINOR]}");
        }

        @Test
        void rejectsAKindTwice() {
            rejects(
                    () -> minimal()
                            .addFindings(HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MINOR, 0, 1))
                            .addFindings(HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MAJOR, 0, 1))
                            .build(),
                    "platform health pf-ath: findings",
                    "[NO_VENUE, NO_VENUE]");
        }

        @Test
        void rejectsFiguresOutOfRange() {
            rejects(() -> minimal().platformName(" ").build(), "platform health pf-ath: platformName", "\" \"");
            rejects(() -> minimal().currentMembers(-1).build(), "platform health pf-ath: currentMembers", "-1");
            rejects(
                    () -> minimal().meetingsWithoutObjectives(7).build(),
                    "platform health pf-ath: meetingsWithoutObjectives",
                    "7");
            rejects(() -> minimal().attendanceRate(1.2).build(), "platform health pf-ath: attendanceRate", "1.2");
            rejects(() -> minimal().longestGapDays(-3).build(), "platform health pf-ath: longestGapDays", "-3");
            rejects(
                    () -> minimal().taskConcentration(-0.1).build(),
                    "platform health pf-ath: taskConcentration",
                    "-0.1");
            rejects(() -> minimal().topTwoShare(3).build(), "platform health pf-ath: topTwoShare", "3.0");
            rejects(
                    () -> minimal().daysSinceLastMeeting(-1).build(),
                    "platform health pf-ath: daysSinceLastMeeting",
                    "-1");
            rejects(() -> minimal().tasksConsidered(-1).build(), "platform health pf-ath: tasksConsidered", "-1");
            rejects(() -> minimal().resourcePersons(-1).build(), "platform health pf-ath: resourcePersons", "-1");
            rejects(() -> minimal().meetingsConsidered(-1).build(), "platform health pf-ath: meetingsConsidered", "-1");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(minimal().build(), minimal().build())
                    .addEqualityGroup(minimal().currentMembers(3).build())
                    .addEqualityGroup(minimal().attendanceRate(0.5).build())
                    .addEqualityGroup(minimal()
                            .addFindings(HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MINOR, 0, 1))
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            NullPointerTester tester = new NullPointerTester()
                    .setDefault(PlatformId.class, PlatformId.of("pf-ath"))
                    .setDefault(HealthThresholds.class, HealthThresholds.defaults())
                    .setDefault(LocalDate.class, LocalDate.of(2015, 6, 30))
                    .setDefault(HealthFinding.class, HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MINOR, 0, 1))
                    .setDefault(PlatformHealth.class, minimal().build());
            tester.testAllPublicStaticMethods(PlatformHealth.class);
            tester.testAllPublicInstanceMethods(PlatformHealth.builder());
            tester.testAllPublicInstanceMethods(minimal().build());
        }

        @Test
        void readsFindingsByKindAndCondition() {
            PlatformHealth h = minimal()
                    .addAllFindings(List.of(
                            HealthFinding.of(HealthFindingKind.NO_VENUE, Severity.MINOR, 0, 1),
                            HealthFinding.of(HealthFindingKind.FEW_TASKS, Severity.MINOR, 1, 2)))
                    .build();
            assertThat(h.finding(HealthFindingKind.FEW_TASKS)).isPresent();
            assertThat(h.finding(HealthFindingKind.NO_PILOT)).isEmpty();
            assertThat(h.findings(SuccessCondition.SHARED_TASKS))
                    .extracting(HealthFinding::kind)
                    .containsExactly(HealthFindingKind.FEW_TASKS);
            assertThat(h.findings(SuccessCondition.MOTIVATED_PARTNERS)).isEmpty();
            assertThat(h.isHealthy()).isFalse();
            assertThat(h.worstSeverity()).hasValue(Severity.MINOR);
        }
    }
}
