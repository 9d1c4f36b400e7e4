package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.situation.BrusselsInspectionOutcome;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InsalubrityStage;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The stages of simulated situations in a small Brussels fixture (four communes of the Region): an inspection by the
 * DIRL ends in a formal notice (mise en demeure) or a letting ban, never in a Walloon decree; the hearing keeps the
 * Brussels appearance delay; no lease is evicted in the Brussels winter; and a region without a legal calendar falls
 * back to the plain delays of the Judicial Code.
 */
class BrusselsLadderTest {
    private static final NisCode ANDERLECHT = NisCode.parse("21001");
    private static final NisCode BRUXELLES = NisCode.parse("21004");
    private static final NisCode IXELLES = NisCode.parse("21009");
    private static final NisCode SCHAERBEEK = NisCode.parse("21015");
    private static final LegalCalendar BRUSSELS =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.BRUSSELS_CAPITAL)));
    /** A calendar that knows Wallonia only: Brussels households then follow the fallback delays. */
    private static final LegalCalendar WALLOON_ONLY =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.WALLONIA)));

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 12);
    private static final int HOUSEHOLDS = 60;

    private static Engine engine(LegalCalendar calendar) {
        Scenario s = Scenario.builder()
                .name("brussels-test")
                .territory(ScenarioTerritory.ofCommunes("Bruxelles-test", ANDERLECHT, BRUXELLES, IXELLES, SCHAERBEEK))
                .startOn(LocalDate.of(2026, 1, 1))
                .step(StepUnit.MONTH)
                .steps(4)
                .seed(42)
                .population(PopulationModel.withDefaults(HOUSEHOLDS))
                .build();
        return new Engine(
                s,
                Gazetteer.belgium(),
                calendar,
                d -> new AdvisorAdvising(PasserelleAdvisor.compile(Rulebook.bundled(Region.BRUSSELS_CAPITAL), d)),
                1,
                false);
    }

    private static final Engine ENGINE = engine(BRUSSELS);
    private static final Ladder LADDER = new Ladder(42, Behaviour.defaults(), BRUSSELS);

    private static HouseholdRun run(int index) {
        return new HouseholdRun(index, ENGINE);
    }

    @Test
    void theFixtureIsInBrussels() {
        for (int h = 0; h < HOUSEHOLDS; h++) {
            assertThat(run(h).region()).isEqualTo(Region.BRUSSELS_CAPITAL);
        }
    }

    @Nested
    class Insalubrities {
        private Insalubrity build(int h, String stage) {
            return (Insalubrity) LADDER.build(run(h), SituationKind.INSALUBRITY, stage, TODAY.minusDays(90), TODAY);
        }

        @Test
        void areBuiltWithTheBrusselsOutcomeOfTheirStageAndNoWalloonOne() {
            for (int h = 0; h < 20; h++) {
                for (String stage : SituationIncidence.openStages(SituationKind.INSALUBRITY)) {
                    Insalubrity i = build(h, stage);
                    assertThat(i.region()).isEqualTo(Region.BRUSSELS_CAPITAL);
                    assertThat(i.stage().name()).isEqualTo(stage);
                    assertThat(i.walloonOutcome()).isEmpty();
                    assertThat(i.walloonDecisions()).isEmpty();
                    switch (stage) {
                        case "WORKS_ORDERED" -> {
                            assertThat(i.brusselsOutcome()).hasValue(BrusselsInspectionOutcome.MISE_EN_DEMEURE);
                            assertThat(i.worksOrderedOn()).isPresent();
                        }
                        case "LETTING_BAN" -> {
                            assertThat(i.brusselsOutcome()).hasValue(BrusselsInspectionOutcome.INTERDICTION_LOCATION);
                            assertThat(i.lettingBanOn()).isPresent();
                        }
                        case "UNINHABITABILITY_DECREE" -> {
                            assertThat(i.brusselsOutcome()).isEmpty();
                            assertThat(i.decreeOn()).isPresent();
                            assertThat(i.uninhabitable()).isFalse();
                        }
                        default -> assertThat(i.brusselsOutcome()).isEmpty();
                    }
                }
            }
        }

        @Test
        void aSurveyRequestedIsCarriedOutWithoutAWalloonOutcome() {
            for (int h = 0; h < 20; h++) {
                Insalubrity i = build(h, "SURVEY_REQUESTED");
                Situation next = LADDER.worsen(run(h), i, TODAY).situation();
                Insalubrity surveyed = (Insalubrity) next;
                assertThat(surveyed.stage()).isEqualTo(InsalubrityStage.SURVEYED);
                assertThat(surveyed.surveyedOn()).hasValue(TODAY);
                assertThat(surveyed.walloonOutcome()).isEmpty();
            }
        }

        @Test
        void aSurveyLeadsToAFormalNoticeOrALettingBanNeverADecree() {
            Set<InsalubrityStage> seen = EnumSet.noneOf(InsalubrityStage.class);
            int improvable = 0;
            for (int h = 0; h < HOUSEHOLDS; h++) {
                Insalubrity next = (Insalubrity)
                        LADDER.worsen(run(h), build(h, "SURVEYED"), TODAY).situation();
                seen.add(next.stage());
                if (next.stage() == InsalubrityStage.WORKS_ORDERED) {
                    improvable++;
                }
                switch (next.stage()) {
                    case WORKS_ORDERED -> {
                        assertThat(next.brusselsOutcome()).hasValue(BrusselsInspectionOutcome.MISE_EN_DEMEURE);
                        assertThat(next.worksOrderedOn()).hasValue(TODAY);
                    }
                    case LETTING_BAN -> {
                        assertThat(next.brusselsOutcome()).hasValue(BrusselsInspectionOutcome.INTERDICTION_LOCATION);
                        assertThat(next.lettingBanOn()).hasValue(TODAY);
                    }
                    default -> throw new AssertionError("household " + h + " reached " + next.stage());
                }
                assertThat(next.walloonDecisions()).isEmpty();
            }
            // about 70% of inspections find the dwelling improvable: 42 of 60 expected, a standard deviation of 3.5
            assertThat(seen).containsExactlyInAnyOrder(InsalubrityStage.WORKS_ORDERED, InsalubrityStage.LETTING_BAN);
            assertThat(improvable).isBetween(30, 54);
        }
    }

    @Nested
    class Evictions {
        @Test
        void theHearingKeepsTheBrusselsAppearanceDelay() {
            int atTheMinimum = 0;
            int later = 0;
            for (int h = 0; h < HOUSEHOLDS; h++) {
                HouseholdRun r = run(h);
                EvictionThreat filed = (EvictionThreat)
                        LADDER.build(r, SituationKind.EVICTION_THREAT, "CPAS_NOTIFIED", TODAY.minusDays(6), TODAY);
                LocalDate filedOn = filed.filedOn().orElseThrow();
                LocalDate minimum = BRUSSELS.earliestHearing(filedOn, Region.BRUSSELS_CAPITAL)
                        .on();
                EvictionThreat set = (EvictionThreat) LADDER.applyLegal(r, filed, Ladder.HEARING_SET, TODAY);
                LocalDate hearing = set.hearingOn().orElseThrow();
                assertThat(hearing).as("household %d", h).isAfterOrEqualTo(minimum);
                // the drawn delay is 25 to 45 days, the legal minimum 40: some draws are raised to it
                if (hearing.equals(minimum)) {
                    atTheMinimum++;
                } else {
                    assertThat(hearing).isBeforeOrEqualTo(filedOn.plusDays(45));
                    later++;
                }
            }
            assertThat(atTheMinimum).isPositive();
            assertThat(later).isPositive();
        }

        @Test
        void noLeaseIsEvictedInTheBrusselsWinter() {
            MonthDay winterStart = MonthDay.of(11, 1);
            MonthDay winterEnd = MonthDay.of(3, 15);
            for (int h = 0; h < HOUSEHOLDS; h++) {
                HouseholdRun r = run(h);
                EvictionThreat e = (EvictionThreat) LADDER.build(
                        r, SituationKind.EVICTION_THREAT, "EXECUTION_SCHEDULED", TODAY.minusDays(120), TODAY);
                LocalDate execution = e.executionOn().orElseThrow();
                MonthDay day = MonthDay.from(execution);
                assertThat(day.isBefore(winterStart) && day.isAfter(winterEnd))
                        .as("household %d (%s) executed on %s", h, r.tenure(), execution)
                        .isTrue();
            }
        }

        @Test
        void theNoticeIsServedByTheLatestLegalDayBeforeTheEviction() {
            for (int h = 0; h < HOUSEHOLDS; h++) {
                HouseholdRun r = run(h);
                EvictionThreat served = (EvictionThreat)
                        LADDER.build(r, SituationKind.EVICTION_THREAT, "SERVED", TODAY.minusDays(120), TODAY);
                LADDER.schedule(r, served, TODAY);
                assertThat(r.legalAction).isEqualTo(Ladder.NOTICE);
                LocalDate latest = BRUSSELS.latestNoticeDate(r.plannedExecution, Region.BRUSSELS_CAPITAL)
                        .on();
                LocalDate servedOn = served.judgmentServedOn().orElseThrow();
                LocalDate expected = latest.isBefore(servedOn) ? servedOn : latest;
                assertThat(r.legalOn).isEqualTo(expected.isBefore(TODAY) ? TODAY : expected);
                assertThat(r.plannedExecution)
                        .isAfterOrEqualTo(
                                BRUSSELS.earliestExecution(servedOn, Region.BRUSSELS_CAPITAL, r.socialHousing(), false)
                                        .on());
            }
        }
    }

    @Nested
    class WithoutACalendarForTheRegion {
        private final Engine engine = engine(WALLOON_ONLY);
        private final Ladder ladder = new Ladder(42, Behaviour.defaults(), WALLOON_ONLY);

        @Test
        void theEvictionIsSetAMonthAfterServiceAndNoticedAWeekBefore() {
            DayRange delay = Behaviour.defaults().executionAfterEarliestDays();
            for (int h = 0; h < 30; h++) {
                HouseholdRun r = new HouseholdRun(h, engine);
                LocalDate servedOn = TODAY;
                EvictionThreat served = EvictionThreat.builder()
                        .from((EvictionThreat)
                                ladder.build(r, SituationKind.EVICTION_THREAT, "JUDGMENT", TODAY.minusDays(60), TODAY))
                        .judgmentServedOn(servedOn)
                        .build();
                assertThat(served.stage()).isEqualTo(EvictionStage.SERVED);
                ladder.schedule(r, served, TODAY);
                assertThat(r.plannedExecution)
                        .isAfterOrEqualTo(servedOn.plusMonths(1).plusDays(delay.min()))
                        .isBeforeOrEqualTo(servedOn.plusMonths(1).plusDays(delay.max()));
                assertThat(r.legalAction).isEqualTo(Ladder.NOTICE);
                assertThat(r.legalOn).isEqualTo(r.plannedExecution.minusDays(7));
            }
        }

        @Test
        void noMoratoriumIsAppliedAndTheHearingIsTheDrawnOne() {
            DayRange hearingDelay = Behaviour.defaults().hearingAfterFilingDays();
            LocalDate winterDay = LocalDate.of(2026, 12, 15);
            for (int h = 0; h < 30; h++) {
                HouseholdRun r = new HouseholdRun(h, engine);
                assertThat(ladder.outsideMoratorium(r, winterDay, Region.BRUSSELS_CAPITAL))
                        .isEqualTo(winterDay);
                EvictionThreat filed = (EvictionThreat)
                        ladder.build(r, SituationKind.EVICTION_THREAT, "CPAS_NOTIFIED", TODAY.minusDays(6), TODAY);
                LocalDate filedOn = filed.filedOn().orElseThrow();
                EvictionThreat set = (EvictionThreat) ladder.applyLegal(r, filed, Ladder.HEARING_SET, TODAY);
                assertThat(set.hearingOn().orElseThrow())
                        .isAfterOrEqualTo(filedOn.plusDays(hearingDelay.min()))
                        .isBeforeOrEqualTo(filedOn.plusDays(hearingDelay.max()));
            }
        }
    }
}
