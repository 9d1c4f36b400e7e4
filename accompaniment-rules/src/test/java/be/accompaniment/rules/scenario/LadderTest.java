package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.household.Tenure;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.HabitatStructure;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InsalubrityStage;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.WalloonDecision;
import be.accompaniment.situation.WalloonSurveyOutcome;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
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
                    Ladder.Worsening worsening = LADDER.worsen(r, s, TODAY);
                    if (kind == SituationKind.RENT_ARREARS && stage.equals("DEMAND")) {
                        // a formal demand escalates into an eviction claim instead
                        assertThat(worsening).isInstanceOf(Ladder.Worsening.Escalation.class);
                        continue;
                    }
                    assertThat(worsening).isInstanceOf(Ladder.Worsening.NextStage.class);
                    Situation next = worsening.situation();
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
    void rentArrearsAfterAFormalDemandEscalateIntoAnEvictionClaimFiledThatDay() {
        HouseholdRun r = run(7);
        RentArrears arrears = (RentArrears)
                LADDER.build(r, SituationKind.RENT_ARREARS, "DEMAND", TODAY.minusDays(40), TODAY.minusDays(20));
        LocalDate demand = arrears.demandOn().orElseThrow();

        Ladder.Worsening worsening = LADDER.worsen(r, arrears, TODAY);

        assertThat(worsening).isInstanceOf(Ladder.Worsening.Escalation.class);
        EvictionThreat claim = (EvictionThreat) worsening.situation();
        assertThat(claim.stage()).isEqualTo(EvictionStage.FILED);
        assertThat(claim.openedOn()).isEqualTo(TODAY);
        assertThat(claim.filedOn()).hasValue(TODAY);
        assertThat(claim.demandOn())
                .as("the demand made before, not the filing day")
                .hasValue(demand);
        assertThat(claim.procedure()).hasValue(EvictionProcedure.REQUETE);
        assertThat(claim.arrearsCents()).isEqualTo(arrears.arrearsCents());
    }

    @Test
    void rentArrearsWithoutADemandGetTheirDemandRatherThanACourtClaim() {
        HouseholdRun r = run(7);
        RentArrears arrears = (RentArrears)
                LADDER.build(r, SituationKind.RENT_ARREARS, "ARREARS", TODAY.minusDays(40), TODAY.minusDays(20));

        Ladder.Worsening worsening = LADDER.worsen(r, arrears, TODAY);

        assertThat(worsening).isInstanceOf(Ladder.Worsening.NextStage.class);
        RentArrears next = (RentArrears) worsening.situation();
        assertThat(next.demandOn()).hasValue(TODAY);
        assertThat(next.arrearsCents()).isEqualTo(arrears.arrearsCents());
        assertThat(next.openedOn()).isEqualTo(arrears.openedOn());
    }

    @Test
    void aTenantRarelyObjectsToTheCpasBeingNotifiedOfTheClaim() {
        int objections = 0;
        for (int h = 0; h < 100; h++) {
            HouseholdRun r = run(h);
            Situation demand = LADDER.build(r, SituationKind.EVICTION_THREAT, "DEMAND", TODAY.minusDays(20), TODAY);
            EvictionThreat filed =
                    (EvictionThreat) LADDER.worsen(r, demand, TODAY).situation();
            assertThat(filed.filedOn()).hasValue(TODAY);
            if (filed.tenantObjectedToCpasNotification()) {
                objections++;
            }
        }
        // one tenant in twenty, by default
        assertThat(objections).isLessThan(20);
    }

    @Test
    void aWalloonSurveyFindsTheDwellingImprovableOrNotAndTheDecisionFollows() {
        Set<WalloonSurveyOutcome> outcomes = EnumSet.noneOf(WalloonSurveyOutcome.class);
        int improvable = 0;
        for (int h = 0; h < 60; h++) {
            HouseholdRun r = run(h);
            Situation requested =
                    LADDER.build(r, SituationKind.INSALUBRITY, "SURVEY_REQUESTED", TODAY.minusDays(50), TODAY);
            Insalubrity surveyed =
                    (Insalubrity) LADDER.worsen(r, requested, TODAY).situation();
            assertThat(surveyed.surveyedOn()).hasValue(TODAY);
            WalloonSurveyOutcome outcome = surveyed.walloonOutcome().orElseThrow();
            outcomes.add(outcome);
            if (outcome == WalloonSurveyOutcome.AMELIORABLE) {
                improvable++;
            }
            Insalubrity decided =
                    (Insalubrity) LADDER.worsen(r, surveyed, TODAY.plusDays(30)).situation();
            assertThat(decided.brusselsOutcome()).isEmpty();
            if (outcome == WalloonSurveyOutcome.AMELIORABLE) {
                assertThat(decided.stage()).isEqualTo(InsalubrityStage.WORKS_ORDERED);
                assertThat(decided.walloonDecisions()).containsExactly(WalloonDecision.WORKS_ORDER);
                assertThat(decided.worksOrderedOn()).hasValue(TODAY.plusDays(30));
            } else {
                assertThat(decided.stage()).isEqualTo(InsalubrityStage.UNINHABITABILITY_DECREE);
                assertThat(decided.walloonDecisions()).containsExactly(WalloonDecision.UNINHABITABILITY_DECREE);
                assertThat(decided.uninhabitable()).isTrue();
                assertThat(decided.decreeOn()).hasValue(TODAY.plusDays(30));
            }
        }
        assertThat(outcomes)
                .containsExactlyInAnyOrder(WalloonSurveyOutcome.AMELIORABLE, WalloonSurveyOutcome.NON_AMELIORABLE);
        // seven surveys in ten find the dwelling improvable
        assertThat(improvable).isBetween(30, 55);
    }

    @Test
    void aWalloonInsalubrityIsBuiltWithTheSurveyOutcomeItsStageImplies() {
        for (int h = 0; h < 20; h++) {
            HouseholdRun r = run(h);
            Insalubrity works = (Insalubrity)
                    LADDER.build(r, SituationKind.INSALUBRITY, "WORKS_ORDERED", TODAY.minusDays(90), TODAY);
            assertThat(works.walloonOutcome()).hasValue(WalloonSurveyOutcome.AMELIORABLE);
            assertThat(works.walloonDecisions()).containsExactly(WalloonDecision.WORKS_ORDER);
            Insalubrity ban =
                    (Insalubrity) LADDER.build(r, SituationKind.INSALUBRITY, "LETTING_BAN", TODAY.minusDays(90), TODAY);
            assertThat(ban.walloonDecisions()).containsExactly(WalloonDecision.LETTING_PERMIT_WITHDRAWN);
            Insalubrity decree = (Insalubrity)
                    LADDER.build(r, SituationKind.INSALUBRITY, "UNINHABITABILITY_DECREE", TODAY.minusDays(90), TODAY);
            assertThat(decree.walloonOutcome()).hasValue(WalloonSurveyOutcome.NON_AMELIORABLE);
            assertThat(decree.walloonDecisions()).containsExactly(WalloonDecision.UNINHABITABILITY_DECREE);
            assertThat(decree.uninhabitable()).isTrue();
        }
    }

    @Test
    void aHomelessHouseholdIsCategorisedByWhereItStays() {
        Engine engine = new Engine(
                ScenarioFixtures.ourthe(90, 1),
                Gazetteer.belgium(),
                CALENDAR,
                directory -> new TableAdvising(directory),
                1,
                false);
        Set<EthosCategory> roofless = EnumSet.noneOf(EthosCategory.class);
        for (int h = 0; h < 90; h++) {
            Tenure tenure = h % 3 == 0 ? Tenure.HOSTED : h % 3 == 1 ? Tenure.SQUAT : Tenure.NO_HOUSING;
            engine.population().tenure(h, tenure);
            HouseholdRun r = new HouseholdRun(h, engine);
            EthosCategory ethos = LADDER.build(r, SituationKind.HOMELESSNESS, "HOMELESS", TODAY, TODAY)
                    .ethos();
            switch (tenure) {
                case HOSTED -> assertThat(ethos).isEqualTo(EthosCategory.E8_1);
                case SQUAT -> assertThat(ethos).isEqualTo(EthosCategory.E8_2);
                default -> roofless.add(ethos);
            }
        }
        // without a roof of their own: in the street, in a night shelter or in a homeless hostel
        assertThat(roofless).containsExactlyInAnyOrder(EthosCategory.E1_1, EthosCategory.E2_1, EthosCategory.E3_1);
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

    /** The situations built for many households: what each draw decides spreads over its range. */
    @Test
    void spreadsWhatItDrawsOverItsRange() {
        Set<LocalDate> hearings = new HashSet<>();
        Set<LocalDate> executions = new HashSet<>();
        Set<InstitutionType> institutions = EnumSet.noneOf(InstitutionType.class);
        Set<Long> admittedBefore = new HashSet<>();
        Map<WalloonSurveyOutcome, Integer> outcomes = new EnumMap<>(WalloonSurveyOutcome.class);
        Map<EthosCategory, Integer> roofless = new EnumMap<>(EthosCategory.class);
        Map<HabitatStructure, Integer> structures = new EnumMap<>(HabitatStructure.class);
        Set<Integer> months = new HashSet<>();
        Set<FamilyRuptureCause> causes = EnumSet.noneOf(FamilyRuptureCause.class);
        LocalDate opened = TODAY.minusDays(100);
        for (int h = 0; h < 300; h++) {
            HouseholdRun r = run(h);
            EvictionThreat hearing =
                    (EvictionThreat) LADDER.build(r, SituationKind.EVICTION_THREAT, "HEARING_SET", opened, TODAY);
            hearings.add(hearing.hearingOn().orElseThrow());
            EvictionThreat scheduled = (EvictionThreat)
                    LADDER.build(r, SituationKind.EVICTION_THREAT, "EXECUTION_SCHEDULED", opened, TODAY);
            executions.add(scheduled.executionOn().orElseThrow());
            InstitutionExit exit =
                    (InstitutionExit) LADDER.build(r, SituationKind.INSTITUTION_EXIT, "ADMITTED", opened, TODAY);
            institutions.add(exit.institution());
            admittedBefore.add(ChronoUnit.DAYS.between(exit.admittedOn(), opened));
            Insalubrity surveyed = (Insalubrity) LADDER.build(r, SituationKind.INSALUBRITY, "SURVEYED", opened, TODAY);
            outcomes.merge(surveyed.walloonOutcome().orElseThrow(), 1, Integer::sum);
            if (r.tenure() != Tenure.HOSTED && r.tenure() != Tenure.SQUAT) {
                roofless.merge(
                        LADDER.build(r, SituationKind.HOMELESSNESS, "HOMELESS", opened, TODAY)
                                .ethos(),
                        1,
                        Integer::sum);
            }
            structures.merge(
                    ((PermanentHabitat) LADDER.build(r, SituationKind.PERMANENT_HABITAT, "RESIDENT", opened, TODAY))
                            .structure(),
                    1,
                    Integer::sum);
            months.add(((RentArrears) LADDER.build(r, SituationKind.RENT_ARREARS, "ARREARS", opened, TODAY))
                    .monthsOfArrears());
            causes.add(
                    ((FamilyRupture) LADDER.build(r, SituationKind.FAMILY_RUPTURE, "AT_HOME", opened, TODAY)).cause());
        }
        // a hearing 1 to 40 days ahead; an execution 1 to 21 days ahead, past any moratorium
        assertThat(hearings).hasSizeGreaterThan(30);
        assertThat(executions).hasSizeGreaterThan(10);
        // admitted 30 to 730 days before the situation opened
        assertThat(admittedBefore).hasSizeGreaterThan(150).allMatch(d -> d >= 30 && d < 730);
        assertThat(institutions).hasSize(6);
        // seven surveys in ten find the dwelling improvable
        assertThat(outcomes).containsOnlyKeys(WalloonSurveyOutcome.AMELIORABLE, WalloonSurveyOutcome.NON_AMELIORABLE);
        assertThat(outcomes.get(WalloonSurveyOutcome.AMELIORABLE) / 300.0).isBetween(0.6, 0.8);
        // roofless a quarter of the time, in emergency accommodation 45 %, in a homeless hostel the rest
        assertThat(roofless).containsOnlyKeys(EthosCategory.E1_1, EthosCategory.E2_1, EthosCategory.E3_1);
        double homeless = roofless.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(roofless.get(EthosCategory.E1_1) / homeless).isBetween(0.15, 0.35);
        assertThat(roofless.get(EthosCategory.E2_1) / homeless).isBetween(0.35, 0.55);
        // six in ten in a mobile home
        assertThat(structures)
                .containsOnlyKeys(HabitatStructure.MOBILE_HOME, HabitatStructure.NON_CONVENTIONAL_BUILDING);
        assertThat(structures.get(HabitatStructure.MOBILE_HOME) / 300.0).isBetween(0.5, 0.7);
        assertThat(months).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(causes).containsExactlyInAnyOrder(FamilyRuptureCause.values());
    }

    /** The milestones already past are spread from the opening day to today, the last one today. */
    @Test
    void spreadsThePastMilestonesFromTheOpeningToToday() {
        LocalDate opened = TODAY.minusDays(80);
        EvictionThreat served =
                (EvictionThreat) LADDER.build(run(0), SituationKind.EVICTION_THREAT, "SERVED", opened, TODAY);

        assertThat(served.demandOn()).contains(opened);
        assertThat(served.filedOn()).contains(opened.plusDays(20));
        assertThat(served.cpasNotifiedOn()).contains(opened.plusDays(40));
        assertThat(served.judgmentOn()).contains(opened.plusDays(60));
        assertThat(served.judgmentServedOn()).contains(TODAY);
    }
}
