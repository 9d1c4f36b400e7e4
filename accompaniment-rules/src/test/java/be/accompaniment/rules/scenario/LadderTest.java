package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The stages of simulated situations in the Ourthe-Amblève fixture (Wallonia): a situation is built in the stage
 * asked, moves on by chance one stage at a time, and follows the legal clock of the eviction procedure from filing
 * to execution, never executed inside a moratorium that applies.
 */
class LadderTest {
    private static final LegalCalendar CALENDAR =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.WALLONIA)));
    private static final Engine ENGINE = new Engine(
            ScenarioFixtures.ourthe(300, 4),
            Gazetteer.belgium(),
            CALENDAR,
            directory -> new AdvisorAdvising(PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), directory)),
            1,
            false);
    private static final Ladder LADDER = new Ladder(42, Behaviour.defaults(), CALENDAR);
    /** A day inside the Walloon winter, so that moratoria matter. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

    private static final Map<SituationKind, Set<String>> WORSEN_BY_CHANCE = Map.of(
            SituationKind.EVICTION_THREAT, Set.of("DEMAND"),
            SituationKind.INSALUBRITY, Set.of("REPORTED", "SURVEY_REQUESTED", "SURVEYED"),
            SituationKind.INSTITUTION_EXIT, Set.of("ADMITTED"),
            SituationKind.HOMELESSNESS, Set.of("HOMELESS"),
            SituationKind.PERMANENT_HABITAT, Set.of("RESIDENT"),
            SituationKind.RENT_ARREARS, Set.of("ARREARS", "DEMAND"),
            SituationKind.FAMILY_RUPTURE, Set.of("AT_HOME"));

    private static HouseholdRun run(int index) {
        return new HouseholdRun(index, ENGINE);
    }

    private static int rank(Situation s) {
        return s.kind().stages().indexOf(s.stage());
    }

    @Test
    void buildsASituationInTheStageAsked() {
        for (SituationKind kind : SituationKind.values()) {
            for (String stage : SituationIncidence.openStages(kind)) {
                for (int h = 0; h < 60; h++) {
                    LocalDate opened = TODAY.minusDays(10 + h * 7L);
                    Situation s = LADDER.build(run(h), kind, stage, opened, TODAY);
                    assertThat(s.kind()).isEqualTo(kind);
                    assertThat(s.stage().name()).as("%s %s #%d", kind, stage, h).isEqualTo(stage);
                    assertThat(s.openedOn()).isEqualTo(opened);
                    for (LocalDate day : s.milestones().values()) {
                        assertThat(day).as("%s %s milestone", kind, stage).isAfterOrEqualTo(opened.minusDays(800));
                    }
                    if (s instanceof EvictionThreat e && stage.equals("EXECUTION_SCHEDULED")) {
                        LocalDate execution = e.executionOn().orElseThrow();
                        assertThat(execution).isAfter(TODAY);
                        assertThat(protectedOn(run(h), execution)).isFalse();
                    }
                    if (s instanceof EvictionThreat e && stage.equals("HEARING_SET")) {
                        assertThat(e.hearingOn().orElseThrow()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusDays(41));
                    }
                }
            }
        }
    }

    private static boolean protectedOn(HouseholdRun r, LocalDate day) {
        return CALENDAR.moratoriumOn(day, Region.WALLONIA, r.socialHousing(), r.budgetGuidanceRefused)
                .applies();
    }

    @Test
    void worsensByChanceOneStageOnAndOnlyFromEarlyStages() {
        for (SituationKind kind : SituationKind.values()) {
            for (String stage : SituationIncidence.openStages(kind)) {
                for (int h = 0; h < 20; h++) {
                    HouseholdRun r = run(h);
                    Situation s = LADDER.build(r, kind, stage, TODAY.minusDays(60), TODAY);
                    boolean byChance = WORSEN_BY_CHANCE.get(kind).contains(stage);
                    assertThat(LADDER.canWorsen(s)).as("%s %s", kind, stage).isEqualTo(byChance);
                    if (!byChance) {
                        continue;
                    }
                    Situation next = LADDER.worsen(r, s, TODAY);
                    if (kind == SituationKind.RENT_ARREARS && stage.equals("DEMAND")) {
                        // a formal demand escalates into an eviction claim instead
                        assertThat(next).isNull();
                        EvictionThreat claim = LADDER.escalate((RentArrears) s, TODAY);
                        assertThat(claim.stage()).isEqualTo(EvictionStage.FILED);
                        assertThat(claim.arrearsCents()).isEqualTo(((RentArrears) s).arrearsCents());
                        continue;
                    }
                    assertThat(next.kind()).isEqualTo(kind);
                    assertThat(next.openedOn()).isEqualTo(s.openedOn());
                    assertThat(rank(next))
                            .as("%s %s → %s", kind, stage, next.stage())
                            .isGreaterThan(rank(s));
                    if (!stage.equals("SURVEYED")) {
                        // one stage on; a survey leads to the decision its outcome calls for
                        assertThat(SituationIncidence.openStages(kind)
                                        .indexOf(next.stage().name()))
                                .isEqualTo(SituationIncidence.openStages(kind).indexOf(stage) + 1);
                    }
                }
            }
        }
    }

    @Test
    void isWorseningForTheKindsThatDeteriorate() {
        for (SituationKind kind : SituationKind.values()) {
            Situation s = LADDER.build(
                    run(0), kind, SituationIncidence.openStages(kind).get(0), TODAY, TODAY);
            assertThat(Ladder.isWorsening(s))
                    .as("%s", kind)
                    .isEqualTo(Set.of(
                                    SituationKind.EVICTION_THREAT,
                                    SituationKind.INSALUBRITY,
                                    SituationKind.RENT_ARREARS,
                                    SituationKind.FAMILY_RUPTURE)
                            .contains(kind));
        }
    }

    @Test
    void followsTheLegalClockFromFilingToExecution() {
        for (int h = 0; h < 60; h++) {
            HouseholdRun r = run(h);
            Situation s = LADDER.build(r, SituationKind.EVICTION_THREAT, "FILED", TODAY.minusDays(3), TODAY);
            LocalDate day = TODAY;
            EvictionStage[] expected = {
                EvictionStage.CPAS_NOTIFIED,
                EvictionStage.HEARING_SET,
                EvictionStage.JUDGMENT,
                EvictionStage.SERVED,
                EvictionStage.EXECUTION_SCHEDULED,
                EvictionStage.EXECUTED
            };
            for (EvictionStage next : expected) {
                LADDER.schedule(r, s, day);
                assertThat(r.legalAction).as("#%d before %s", h, next).isNotEqualTo(Ladder.NONE);
                assertThat(r.legalOn).isAfterOrEqualTo(day);
                day = r.legalOn;
                s = LADDER.applyLegal(r, s, r.legalAction, day);
                assertThat(s.stage()).as("#%d", h).isEqualTo(next);
            }
            EvictionThreat e = (EvictionThreat) s;
            LocalDate filed = e.filedOn().orElseThrow();
            assertThat(e.cpasNotifiedOn()).hasValue(filed.plusDays(4));
            // no appearance delay in the Walloon calendar: the hearing comes after the filing, in the drawn range
            DayRange hearingDelay = Behaviour.defaults().hearingAfterFilingDays();
            assertThat(e.hearingOn().orElseThrow())
                    .isAfterOrEqualTo(filed.plusDays(hearingDelay.min()))
                    .isBeforeOrEqualTo(filed.plusDays(hearingDelay.max()));
            assertThat(e.judgmentOn()).isEqualTo(e.hearingOn());
            LocalDate served = e.judgmentServedOn().orElseThrow();
            LocalDate execution = e.executedOn().orElseThrow();
            assertThat(e.executionOn()).hasValue(execution);
            assertThat(execution)
                    .isAfterOrEqualTo(CALENDAR.earliestExecution(
                                    served, Region.WALLONIA, r.socialHousing(), r.budgetGuidanceRefused)
                            .on());
            assertThat(protectedOn(r, execution))
                    .as("#%d executed on %s", h, execution)
                    .isFalse();
            assertThat(e.executionNoticeOn().orElseThrow())
                    .isBeforeOrEqualTo(execution)
                    .isAfterOrEqualTo(served);
            LADDER.schedule(r, s, execution);
            assertThat(r.legalAction).isEqualTo(Ladder.NONE);
            assertThat(r.legalOn).isNull();
        }
    }

    @Test
    void anObjectionToTheCpasNotificationSkipsIt() {
        HouseholdRun r = run(3);
        EvictionThreat filed = EvictionThreat.builder()
                .from((EvictionThreat) LADDER.build(r, SituationKind.EVICTION_THREAT, "FILED", TODAY, TODAY))
                .tenantObjectedToCpasNotification(true)
                .build();
        LADDER.schedule(r, filed, TODAY);
        assertThat(r.legalAction).isEqualTo(Ladder.HEARING_SET);
        assertThat(r.legalOn).isEqualTo(filed.filedOn().orElseThrow().plusDays(7));
    }

    @Test
    void releasesOnTheDayPlanned() {
        HouseholdRun r = run(5);
        InstitutionExit planned = (InstitutionExit)
                LADDER.build(r, SituationKind.INSTITUTION_EXIT, "RELEASE_PLANNED", TODAY.minusDays(30), TODAY);
        LocalDate release = planned.expectedReleaseOn().orElseThrow();
        assertThat(release).isAfterOrEqualTo(TODAY);
        LADDER.schedule(r, planned, TODAY);
        assertThat(r.legalAction).isEqualTo(Ladder.RELEASE);
        assertThat(r.legalOn).isEqualTo(release);
        InstitutionExit released = (InstitutionExit) LADDER.applyLegal(r, planned, Ladder.RELEASE, release);
        assertThat(released.releasedOn()).hasValue(release);
        LADDER.schedule(r, released, release);
        assertThat(r.legalAction).isEqualTo(Ladder.NONE);
        Situation admitted = LADDER.build(r, SituationKind.INSTITUTION_EXIT, "ADMITTED", TODAY.minusDays(30), TODAY);
        LADDER.schedule(r, admitted, TODAY);
        assertThat(r.legalAction).isEqualTo(Ladder.NONE);
    }
}
