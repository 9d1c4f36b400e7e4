package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.HealthFixtures.AIS;
import static be.accompaniment.rules.coordination.HealthFixtures.APL;
import static be.accompaniment.rules.coordination.HealthFixtures.CPAS;
import static be.accompaniment.rules.coordination.HealthFixtures.ON;
import static be.accompaniment.rules.coordination.HealthFixtures.PCS;
import static be.accompaniment.rules.coordination.HealthFixtures.REGIE;
import static be.accompaniment.rules.coordination.HealthFixtures.SIX;
import static be.accompaniment.rules.coordination.HealthFixtures.SLSP;
import static be.accompaniment.rules.coordination.HealthFixtures.START;
import static be.accompaniment.rules.coordination.HealthFixtures.healthy;
import static be.accompaniment.rules.coordination.HealthFixtures.meetingDay;
import static be.accompaniment.rules.coordination.HealthFixtures.meetings;
import static be.accompaniment.rules.coordination.HealthFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.Meeting;
import be.accompaniment.coordination.MemberRole;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.SubCommission;
import be.accompaniment.coordination.Task;
import be.accompaniment.coordination.Theme;
import be.accompaniment.i18n.Language;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlatformHealthAssessorTest {
    private static final PlatformHealthAssessor DEFAULTS = PlatformHealthAssessor.withDefaults();

    /** A case that spoils one condition of the healthy platform, with thresholds that isolate its finding. */
    private record Case(Platform platform, LocalDate on, HealthThresholds thresholds) {
        PlatformHealth health() {
            return PlatformHealthAssessor.of(thresholds).assess(platform, on);
        }

        Case withOn(LocalDate day) {
            return new Case(platform, day, thresholds);
        }
    }

    private static Case of(Platform.Builder platform) {
        return new Case(platform.build(), ON, HealthThresholds.defaults());
    }

    /** One case per finding kind; each produces that kind and no other. */
    private static final Map<HealthFindingKind, Case> CASES = cases();

    private static Map<HealthFindingKind, Case> cases() {
        Map<HealthFindingKind, Case> cases = new EnumMap<>(HealthFindingKind.class);
        List<ActorId> four = List.of(AIS, APL, CPAS, PCS);
        cases.put(HealthFindingKind.TOO_FEW_MEMBERS, of(healthy(four)));
        // two of six attend each meeting, in turn: everyone comes sometimes, but attendance is a third
        List<List<ActorId>> inTurn = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            inTurn.add(List.of(SIX.get(k % 6), SIX.get((k + 1) % 6)));
        }
        cases.put(HealthFindingKind.LOW_ATTENDANCE, of(healthy().meetings(meetings(inTurn))));
        List<ActorId> withoutRegie = List.of(AIS, APL, CPAS, PCS, SLSP);
        cases.put(
                HealthFindingKind.ABSENT_MEMBERS,
                of(healthy()
                        .meetings(meetings(List.of(
                                withoutRegie,
                                withoutRegie,
                                withoutRegie,
                                withoutRegie,
                                withoutRegie,
                                withoutRegie,
                                withoutRegie)))));
        List<Meeting> gap = new ArrayList<>(meetings(List.of(SIX, SIX, SIX, SIX, SIX, SIX)));
        // the fourth meeting comes 100 days after the third instead of 30
        List<Meeting> shifted = new ArrayList<>();
        for (int k = 0; k < gap.size(); k++) {
            Meeting m = gap.get(k);
            shifted.add(
                    k < 3
                            ? m
                            : Meeting.builder()
                                    .from(m)
                                    .heldOn(meetingDay(2).plusDays(100 + 10L * (k - 3)))
                                    .build());
        }
        cases.put(
                HealthFindingKind.MEETINGS_TOO_FAR_APART,
                new Case(
                        healthy().meetings(shifted).build(), meetingDay(2).plusDays(140), HealthThresholds.defaults()));
        cases.put(
                HealthFindingKind.NO_RECENT_MEETING,
                new Case(healthy().build(), meetingDay(6).plusDays(60), HealthThresholds.defaults()));
        List<Meeting> noObjectives = new ArrayList<>();
        List<Meeting> all = HealthFixtures.monthlyMeetings(SIX);
        for (int k = 0; k < all.size(); k++) {
            noObjectives.add(
                    k % 2 == 0
                            ? all.get(k)
                            : Meeting.builder()
                                    .from(all.get(k))
                                    .objectives(List.of())
                                    .build());
        }
        cases.put(HealthFindingKind.MEETINGS_WITHOUT_OBJECTIVES, of(healthy().meetings(noObjectives)));
        cases.put(HealthFindingKind.FEW_TASKS, of(healthy().tasks(List.of(task(AIS)))));
        // 20 tasks: 10 on the AIS, 2 on each other member: HHI 0.30; the top two carry 60 %, allowed here
        List<Task> concentrated = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            concentrated.add(task(AIS));
        }
        for (ActorId m : List.of(APL, CPAS, PCS, REGIE, SLSP)) {
            concentrated.add(task(m));
            concentrated.add(task(m));
        }
        cases.put(
                HealthFindingKind.TASKS_CONCENTRATED,
                new Case(
                        healthy().tasks(concentrated).build(),
                        ON,
                        HealthThresholds.builder().maxTopTwoShare(0.7).build()));
        cases.put(
                HealthFindingKind.TASKS_CARRIED_BY_TWO,
                new Case(
                        healthy()
                                .tasks(List.of(task(AIS), task(AIS), task(AIS), task(APL), task(APL), task(CPAS)))
                                .build(),
                        ON,
                        HealthThresholds.builder().maxTaskConcentration(1).build()));
        cases.put(
                HealthFindingKind.NO_RESOURCE_PERSON,
                of(healthy().meetings(meetings(List.of(SIX, SIX, SIX, SIX, SIX))))
                        .withOn(meetingDay(4).plusDays(10)));
        cases.put(HealthFindingKind.NO_PILOT, of(healthy().pilot(Optional.empty())));
        cases.put(HealthFindingKind.NO_VENUE, of(healthy().venue(Optional.empty())));
        cases.put(HealthFindingKind.NO_SECRETARIAT, of(healthy().secretariat(Optional.empty())));
        cases.put(HealthFindingKind.NO_MEETING_FREQUENCY, of(healthy().meetingFrequency(Optional.empty())));
        cases.put(HealthFindingKind.NO_PURPOSE, of(healthy().purposes(List.of())));
        cases.put(HealthFindingKind.NO_PRIORITY_THEMES, of(healthy().themes(List.of())));
        return cases;
    }

    @Test
    void theHealthyPlatformHasNoFinding() {
        PlatformHealth health = DEFAULTS.assess(healthy().build(), ON);
        assertThat(health.findings()).isEmpty();
        assertThat(health.isHealthy()).isTrue();
        assertThat(health.worstSeverity()).isEmpty();
        assertThat(health.currentMembers()).isEqualTo(6);
        assertThat(health.meetingsConsidered()).isEqualTo(6);
        assertThat(health.attendanceRate()).hasValue(1.0);
        assertThat(health.longestGapDays()).hasValue(30);
        assertThat(health.daysSinceLastMeeting()).isEqualTo(16);
        assertThat(health.tasksConsidered()).isEqualTo(6);
        assertThat(health.taskConcentration().orElseThrow()).isCloseTo(1.0 / 6, offset(1e-9));
        assertThat(health.topTwoShare().orElseThrow()).isCloseTo(2.0 / 6, offset(1e-9));
        assertThat(health.resourcePersons()).isEqualTo(1);
    }

    @Test
    void everyFindingKindHasACase() {
        assertThat(CASES.keySet()).containsExactlyInAnyOrder(HealthFindingKind.values());
    }

    @ParameterizedTest
    @EnumSource(HealthFindingKind.class)
    void eachCaseProducesItsFindingAndNoOther(HealthFindingKind kind) {
        PlatformHealth health = CASES.get(kind).health();
        assertThat(health.findings()).extracting(HealthFinding::kind).containsExactly(kind);
        HealthFinding finding = health.finding(kind).orElseThrow();
        assertThat(finding.condition()).isEqualTo(kind.condition());
        assertThat(health.findings(kind.condition())).containsExactly(finding);
        for (Language language : Language.values()) {
            assertThat(finding.describe(language)).isNotBlank().doesNotContain("{");
            assertThat(finding.suggestion(language)).isNotBlank();
            assertThat(health.report(language)).contains(finding.describe(language));
        }
    }

    @Nested
    class Figures {
        @Test
        void attendanceIsPresentPerExpectedMember() {
            HealthFinding f = CASES.get(HealthFindingKind.LOW_ATTENDANCE)
                    .health()
                    .findings()
                    .get(0);
            // the last six meetings: 2 present of 6 expected each
            assertThat(f.figure()).isEqualTo(12.0 / 36);
            assertThat(f.threshold()).isEqualTo(0.5);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void membersWhoNeverComeAreNamed() {
            HealthFinding f = CASES.get(HealthFindingKind.ABSENT_MEMBERS)
                    .health()
                    .findings()
                    .get(0);
            assertThat(f.actors()).containsExactly(REGIE);
            assertThat(f.figure()).isEqualTo(1);
            assertThat(f.severity()).isEqualTo(Severity.MINOR);
            assertThat(f.describe(Language.EN)).contains("regie-esneux");
        }

        @Test
        void aMemberWhoJoinedLateIsNotAbsentFromMeetingsBeforeIt() {
            Platform p = healthy()
                    .addMembers(Membership.of(ActorId.of("frw"), meetingDay(5).plusDays(1)))
                    .build();
            assertThat(DEFAULTS.assess(p, ON).finding(HealthFindingKind.ABSENT_MEMBERS))
                    .isEmpty();
        }

        @Test
        void subCommissionMeetingsExpectOnlyTheirMembers() {
            Platform.Builder b = healthy()
                    .addSubCommissions(SubCommission.builder()
                            .name("Habitat permanent")
                            .theme(Theme.PERMANENT_HABITAT)
                            .addMembers(PCS, CPAS)
                            .build());
            List<Meeting> meetings = new ArrayList<>(HealthFixtures.monthlyMeetings(SIX));
            meetings.set(
                    6,
                    Meeting.builder()
                            .from(meetings.get(6))
                            .attendees(List.of(PCS, CPAS))
                            .subCommission("Habitat permanent")
                            .build());
            PlatformHealth health = DEFAULTS.assess(b.meetings(meetings).build(), ON);
            assertThat(health.attendanceRate()).hasValue(1.0);
            assertThat(health.isHealthy()).isTrue();

            // the CPAS misses its sub-commission: over the last six meetings, 31 of 32 expected were there
            meetings.set(
                    6,
                    Meeting.builder()
                            .from(meetings.get(6))
                            .attendees(List.of(PCS))
                            .build());
            assertThat(DEFAULTS.assess(b.meetings(meetings).build(), ON).attendanceRate())
                    .hasValue(31.0 / 32);
        }

        @Test
        void theLongestGapIsJudgedAgainstTheAgreedFrequencyTimesTheTolerance() {
            HealthFinding f = CASES.get(HealthFindingKind.MEETINGS_TOO_FAR_APART)
                    .health()
                    .findings()
                    .get(0);
            assertThat(f.figure()).isEqualTo(100);
            assertThat(f.threshold()).isEqualTo(45);
            assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        }

        @Test
        void withoutAgreedFrequencyGapsAreJudgedAgainstTheFallback() {
            Platform p = healthy().meetingFrequency(Optional.empty()).build();
            PlatformHealth health = DEFAULTS.assess(p, meetingDay(6).plusDays(120));
            assertThat(health.finding(HealthFindingKind.NO_RECENT_MEETING)).isEmpty();
            health = DEFAULTS.assess(p, meetingDay(6).plusDays(140));
            assertThat(health.finding(HealthFindingKind.NO_RECENT_MEETING)
                            .orElseThrow()
                            .threshold())
                    .isEqualTo(91 * 1.5);
        }

        @Test
        void noRecentMeetingGrowsCriticalBeyondTwiceTheAllowedGap() {
            assertThat(CASES.get(HealthFindingKind.NO_RECENT_MEETING)
                            .health()
                            .findings()
                            .get(0)
                            .severity())
                    .isEqualTo(Severity.MAJOR);
            PlatformHealth later =
                    DEFAULTS.assess(healthy().build(), meetingDay(6).plusDays(91));
            assertThat(later.finding(HealthFindingKind.NO_RECENT_MEETING)
                            .orElseThrow()
                            .severity())
                    .isEqualTo(Severity.CRITICAL);
        }

        @Test
        void aPlatformThatNeverMetCountsDaysFromItsStart() {
            Platform p = healthy().meetings(List.of()).build();
            PlatformHealth health = DEFAULTS.assess(p, START.plusDays(50));
            assertThat(health.daysSinceLastMeeting()).isEqualTo(50);
            assertThat(health.attendanceRate()).isEmpty();
            assertThat(health.longestGapDays()).isEmpty();
            assertThat(health.finding(HealthFindingKind.NO_RECENT_MEETING)
                            .orElseThrow()
                            .figure())
                    .isEqualTo(50);
        }

        @Test
        void taskLoadIsSplitAmongCarriers() {
            Platform p = healthy()
                    .tasks(List.of(task(AIS, APL), task(AIS), task(CPAS, PCS, REGIE, SLSP)))
                    .build();
            PlatformHealth health = DEFAULTS.assess(p, ON);
            // loads: AIS 1.5, APL 0.5, four others 0.25 each, of 3
            double hhi = (0.25 + 1.0 / 36 + 4 * (1.0 / 144));
            assertThat(health.taskConcentration().orElseThrow()).isCloseTo(hhi, offset(1e-9));
            assertThat(health.topTwoShare().orElseThrow()).isCloseTo(2.0 / 3, offset(1e-9));
            assertThat(health.finding(HealthFindingKind.TASKS_CARRIED_BY_TWO)
                            .orElseThrow()
                            .actors())
                    .containsExactly(AIS, APL);
        }

        @Test
        void tasksDoneBeforeTheWindowDoNotCount() {
            Platform p = healthy()
                    .tasks(List.of(
                            Task.builder()
                                    .from(task(AIS))
                                    .doneOn(START.plusDays(40))
                                    .build(),
                            task(APL)))
                    .build();
            PlatformHealth health = PlatformHealthAssessor.of(HealthThresholds.builder()
                            .taskWindowDays(30)
                            .minTasks(1)
                            .build())
                    .assess(p, START.plusDays(100));
            assertThat(health.tasksConsidered()).isEqualTo(1);
        }

        @Test
        void resourcePersonMembersCount() {
            Platform p = healthy()
                    .meetings(meetings(List.of(SIX, SIX, SIX, SIX, SIX)))
                    .addMembers(Membership.builder()
                            .actor(ActorId.of("spw-logement"))
                            .joinedOn(START)
                            .role(MemberRole.RESOURCE_PERSON)
                            .build())
                    .build();
            PlatformHealth health = DEFAULTS.assess(p, meetingDay(4).plusDays(10));
            assertThat(health.resourcePersons()).isEqualTo(1);
            assertThat(health.currentMembers()).isEqualTo(6);
            assertThat(health.isHealthy()).isTrue();
        }

        @Test
        void aPilotWhoLeftIsAMissingPilot() {
            Platform p = healthy()
                    .members(Stream.concat(
                                    Stream.of(Membership.builder()
                                            .actor(AIS)
                                            .joinedOn(START)
                                            .leftOn(meetingDay(6))
                                            .build()),
                                    SIX.stream().filter(m -> !m.equals(AIS)).map(m -> Membership.of(m, START)))
                            .toList())
                    .build();
            HealthFinding f =
                    DEFAULTS.assess(p, ON).finding(HealthFindingKind.NO_PILOT).orElseThrow();
            assertThat(f.actors()).containsExactly(AIS);
            assertThat(f.describe(Language.EN)).isEqualTo("The pilot, ais-ourthe, is no longer a member.");
            assertThat(f.describe(Language.FR)).isEqualTo("Le pilote, ais-ourthe, n'est plus membre.");
        }

        @Test
        void tooFewMembersIsCriticalBelowHalfTheThreshold() {
            assertThat(CASES.get(HealthFindingKind.TOO_FEW_MEMBERS)
                            .health()
                            .findings()
                            .get(0)
                            .severity())
                    .isEqualTo(Severity.MAJOR);
            Platform two = healthy(List.of(AIS, APL)).build();
            HealthFinding f = DEFAULTS.assess(two, ON)
                    .finding(HealthFindingKind.TOO_FEW_MEMBERS)
                    .orElseThrow();
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.figure()).isEqualTo(2);
            assertThat(f.threshold()).isEqualTo(5);
        }
    }

    @Test
    void findingsComeMostSeriousFirst() {
        Platform p = healthy()
                .pilot(Optional.empty())
                .venue(Optional.empty())
                .themes(List.of())
                .build();
        PlatformHealth health = DEFAULTS.assess(p, meetingDay(6).plusDays(200));
        assertThat(health.findings())
                .extracting(HealthFinding::kind)
                .containsExactly(
                        HealthFindingKind.NO_RECENT_MEETING,
                        HealthFindingKind.NO_PILOT,
                        HealthFindingKind.NO_VENUE,
                        HealthFindingKind.NO_PRIORITY_THEMES);
        assertThat(health.worstSeverity()).hasValue(Severity.CRITICAL);
    }

    @Test
    void rejectsADayBeforeTheStart() {
        assertThatThrownBy(() -> DEFAULTS.assess(healthy().build(), START.minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("platform health pf-ourthe: assessedOn"))
                .hasMessageContaining("was 2020-01-05");
    }

    @Test
    void reportsInEveryLanguage() {
        PlatformHealth healthy = DEFAULTS.assess(healthy().build(), ON);
        assertThat(healthy.report(Language.EN))
                .isEqualTo("Plate-forme logement Ourthe-Amblève (pf-ourthe), assessed on 2020-07-20\n"
                        + "  members 6 · attendance 100 % (last 6 meetings) · longest gap 30 d · last meeting 16 d"
                        + " ago · tasks 6 (HHI 0.17, top two 33 %) · resource persons 1\n"
                        + "  No finding: every condition of success is met.\n");
        assertThat(healthy.report(Language.FR)).contains("IHH 0,17");
        for (Language language : Language.values()) {
            assertThat(healthy.report(language)).doesNotContain("{");
        }
    }

    @Test
    void everyKindIsCoveredOnlyOnce() {
        EnumSet<HealthFindingKind> seen = EnumSet.noneOf(HealthFindingKind.class);
        CASES.values()
                .forEach(c -> c.health()
                        .findings()
                        .forEach(f -> assertThat(seen.add(f.kind())).isTrue()));
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Platform.class, healthy().build())
                .setDefault(HealthThresholds.class, HealthThresholds.defaults())
                .setDefault(LocalDate.class, ON);
        tester.testAllPublicStaticMethods(PlatformHealthAssessor.class);
        tester.testAllPublicInstanceMethods(DEFAULTS);
    }
}
