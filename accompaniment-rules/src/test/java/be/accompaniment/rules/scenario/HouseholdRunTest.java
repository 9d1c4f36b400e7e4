package be.accompaniment.rules.scenario;

import static be.accompaniment.rules.scenario.ScenarioFixtures.evictionOn;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.scenario.Advising.Proposal;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One listed household followed through a run, with chance set to certainties so that each outcome can be read: what
 * an eviction carried out and a release leave the household in, what a declined budget guidance costs, and how many
 * passerelles a step makes and when consent stops them.
 */
class HouseholdRunTest {
    private static final LegalCalendar CALENDAR =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.WALLONIA)));
    /** Outside any Walloon moratorium, so that the legal clock runs on the days set. */
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    /** A behaviour where no situation moves on, resolves or comes back by chance. */
    private static Behaviour.Builder still() {
        return Behaviour.builder().from(Behaviour.defaults()).dynamics(dynamics(0, 0));
    }

    private static List<SituationDynamics> dynamics(double resolve, double worsen) {
        return ScenarioFixtures.dynamics(resolve, worsen, 0, 0);
    }

    private static Household household(Tenure tenure, Situation situation) {
        return ScenarioFixtures.listedInEsneux("case-1", tenure, situation);
    }

    private static Engine engine(Behaviour behaviour, Function<ActorDirectory, Advising> advising, Household h) {
        Scenario s = ScenarioFixtures.ourthe(0, 4, StepUnit.MONTH)
                .startOn(START)
                .population(PopulationModel.builder().households(0).build())
                .addHouseholds(h)
                .behaviour(behaviour)
                .build();
        return new Engine(s, Gazetteer.belgium(), CALENDAR, advising, 1, true);
    }

    private static Function<ActorDirectory, Advising> walloonAdvisor() {
        return d -> new AdvisorAdvising(PasserelleAdvisor.compile(Rulebook.bundled(Region.WALLONIA), d));
    }

    private static SimulationResult simulate(Behaviour behaviour, Household h) {
        return engine(behaviour, walloonAdvisor(), h).run(SimulationListener.none());
    }

    /** A release planned for a day of the first step. */
    private static InstitutionExit releaseOn(LocalDate release) {
        return InstitutionExit.builder()
                .openedOn(LocalDate.of(2026, 3, 1))
                .institution(InstitutionType.PRISON)
                .admittedOn(LocalDate.of(2025, 2, 1))
                .institutionCommune(ScenarioFixtures.ESNEUX)
                .registrationAtAdmission(ScenarioFixtures.ESNEUX)
                .expectedReleaseOn(release)
                .build();
    }

    private static List<PathwayEvent> events(SimulationResult r) {
        return r.pathway(0).events();
    }

    private static double lastStep(SimulationResult r, Indicator indicator) {
        double[] series = r.territorySeries(indicator);
        return series[series.length - 1];
    }

    @Nested
    class EvictionCarriedOut {
        private final LocalDate execution = START.plusDays(9);

        @Test
        void leavesTheHouseholdInEmergencyAccommodationWhenThatIsCertain() {
            SimulationResult r = simulate(
                    still().emergencyAfterEviction(1).build(), household(Tenure.PRIVATE_TENANT, evictionOn(execution)));

            assertThat(events(r))
                    .containsSubsequence(
                            SituationWorsened.of(SituationKind.EVICTION_THREAT, "EXECUTED", execution),
                            SituationResolved.of(SituationKind.EVICTION_THREAT, execution),
                            SituationOpened.of(SituationKind.HOMELESSNESS, execution));
            assertThat(r.total(Indicator.EVICTIONS_EXECUTED)).isEqualTo(1);
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E2_1))).isEqualTo(1);
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E8_1))).isZero();
            assertThat(lastStep(r, Indicator.situation(SituationKind.EVICTION_THREAT)))
                    .isZero();
        }

        @Test
        void leavesTheHouseholdWithFamilyOrFriendsWhenEmergencyAccommodationIsExcluded() {
            SimulationResult r = simulate(
                    still().emergencyAfterEviction(0).build(), household(Tenure.PRIVATE_TENANT, evictionOn(execution)));

            assertThat(events(r)).contains(SituationOpened.of(SituationKind.HOMELESSNESS, execution));
            assertThat(r.total(Indicator.EVICTIONS_EXECUTED)).isEqualTo(1);
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E8_1))).isEqualTo(1);
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E2_1))).isZero();
        }
    }

    @Nested
    class Release {
        private final LocalDate release = START.plusDays(12);

        @Test
        void withoutHousingEndsInEmergencyAccommodationWhenThatIsCertain() {
            SimulationResult r =
                    simulate(still().homelessOnRelease(1).build(), household(Tenure.INSTITUTION, releaseOn(release)));

            assertThat(events(r))
                    .containsSubsequence(
                            SituationResolved.of(SituationKind.INSTITUTION_EXIT, release),
                            SituationOpened.of(SituationKind.HOMELESSNESS, release));
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E2_1))).isEqualTo(1);
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E8_1))).isZero();
        }

        @Test
        void withoutHousingEndsWithFamilyOrFriendsWhenEmergencyAccommodationIsExcluded() {
            SimulationResult r =
                    simulate(still().homelessOnRelease(0).build(), household(Tenure.INSTITUTION, releaseOn(release)));

            assertThat(events(r)).contains(SituationOpened.of(SituationKind.HOMELESSNESS, release));
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E8_1))).isEqualTo(1);
            assertThat(lastStep(r, Indicator.ethos(EthosCategory.E2_1))).isZero();
        }

        @Test
        void withHousingFoundBeforehandIsAMoveOnTheReleaseDay() {
            Behaviour certainHousing =
                    still().homelessOnRelease(1).dynamics(dynamics(1, 0)).build();
            // released in the third step: housing is found before, in the first
            LocalDate later = START.plusDays(70);
            SimulationResult r = simulate(certainHousing, household(Tenure.INSTITUTION, releaseOn(later)));

            List<PathwayEvent> events = events(r);
            assertThat(events)
                    .noneMatch(e -> e instanceof SituationOpened o && o.situation() == SituationKind.HOMELESSNESS);
            // housing found during the stay does not end it: the household leaves on the day planned
            assertThat(events)
                    .filteredOn(SituationResolved.class::isInstance)
                    .containsExactly(SituationResolved.of(SituationKind.INSTITUTION_EXIT, later));
            assertThat(events)
                    .anyMatch(e -> e instanceof HouseholdRelocated m && m.on().equals(later))
                    .anyMatch(e -> e instanceof Stabilised s
                            && s.on().equals(later)
                            && s.destination().isPresent());
        }
    }

    @Nested
    class DeclinedMeasure {
        /** A social tenant in Wallonia, judgment served: only the winter moratorium would protect it. */
        private HouseholdRun served(Engine engine) {
            EvictionThreat e = EvictionThreat.builder()
                    .from(evictionOn(START.plusDays(9)))
                    .executionNoticeOn(java.util.Optional.empty())
                    .executionOn(java.util.Optional.empty())
                    .build();
            HouseholdRun r = new HouseholdRun(0, engine);
            r.adopt(e, START, new Tally(engine.areas().communeCount()), false);
            return r;
        }

        private void decline(Engine engine, HouseholdRun r, MeasureKind measure) {
            Tally tally = new Tally(engine.areas().communeCount());
            int cpas = engine.actors().index(engine.intake(r.communeIndex()).id());
            int referrer = engine.actors().index(ActorId.of("apl-ourthe-ambleve"));
            HouseholdRun.Claim claim = new HouseholdRun.Claim(
                    r,
                    "rule-" + measure,
                    measure,
                    new int[] {cpas},
                    START,
                    0,
                    false,
                    engine.actors().id(referrer));
            r.make(claim, cpas, START, tally);
            r.answer(claim, cpas, false, START.plusDays(3));
            r.drain(START.plusDays(30), tally);
            assertThat(tally.counts[r.communeIndex() * Tally.COUNTS + Indicator.PASSERELLES_DECLINED.index()])
                    .isEqualTo(1);
        }

        private boolean protectedInWinter(HouseholdRun r) {
            return CALENDAR.moratoriumOn(
                            LocalDate.of(2026, 12, 1), Region.WALLONIA, r.socialHousing(), r.budgetGuidanceRefused)
                    .applies();
        }

        @Test
        void aDeclinedBudgetGuidanceLosesTheWalloonMoratorium() {
            Engine engine =
                    engine(still().build(), walloonAdvisor(), household(Tenure.SOCIAL_TENANT, evictionOn(START)));
            HouseholdRun r = served(engine);
            assertThat(protectedInWinter(r)).isTrue();

            decline(engine, r, MeasureKind.BUDGET_GUIDANCE);

            assertThat(r.budgetGuidanceRefused).isTrue();
            assertThat(((EvictionThreat) r.situation).budgetGuidanceRefused()).isTrue();
            assertThat(((EvictionThreat) r.household().situations().get(0)).budgetGuidanceRefused())
                    .as("the advisor sees the refusal")
                    .isTrue();
            assertThat(protectedInWinter(r)).isFalse();
        }

        @Test
        void anotherDeclinedMeasureKeepsTheWalloonMoratorium() {
            Engine engine =
                    engine(still().build(), walloonAdvisor(), household(Tenure.SOCIAL_TENANT, evictionOn(START)));
            HouseholdRun r = served(engine);

            decline(engine, r, MeasureKind.LEGAL_AID);

            assertThat(r.budgetGuidanceRefused).isFalse();
            assertThat(((EvictionThreat) r.situation).budgetGuidanceRefused()).isFalse();
            assertThat(protectedInWinter(r)).isTrue();
        }
    }

    @Nested
    class Advice {
        private final Household threatened = household(Tenure.PRIVATE_TENANT, evictionOn(START.plusMonths(3)));

        private HouseholdRun advised(Behaviour behaviour, Function<ActorDirectory, Advising> advising, Tally tally) {
            return advised(engine(behaviour, advising, threatened), tally);
        }

        private HouseholdRun advised(Engine engine, Tally tally) {
            HouseholdRun r = new HouseholdRun(0, engine);
            r.adopt(threatened.situations().get(0), START, tally, false);
            r.advise(START, engine.actors().epochOn(START), tally);
            return r;
        }

        private static long count(Tally tally, Indicator indicator) {
            long n = 0;
            for (int c = 0; c * Tally.COUNTS < tally.counts.length; c++) {
                n += tally.counts[c * Tally.COUNTS + indicator.index()];
            }
            return n;
        }

        private static final List<String> RULES = List.of("legal-aid", "housing-search", "tenants-union");

        /** Three suggestions to three actors of the basin, asking for consent to refer until it is given. */
        private static Function<ActorDirectory, Advising> threeSuggestions(boolean askConsent) {
            ActorKind[] kinds = {ActorKind.LEGAL_AID, ActorKind.AIS, ActorKind.TENANTS_UNION};
            MeasureKind[] measures = {MeasureKind.LEGAL_AID, MeasureKind.HOUSING_SEARCH, MeasureKind.LEGAL_AID};
            return d -> (h, referrer, on) -> {
                boolean missing = askConsent
                        && h.consents().stream().noneMatch(c -> c.purposes().contains(Purpose.REFERRAL));
                List<Proposal> out = new ArrayList<>();
                for (int i = 0; i < kinds.length; i++) {
                    out.add(new Proposal(
                            RULES.get(i),
                            measures[i],
                            d.serving(h.commune(), kinds[i]).stream()
                                    .map(Actor::id)
                                    .toList(),
                            false,
                            missing,
                            Set.of(kinds[i]),
                            Purpose.REFERRAL));
                }
                return out;
            };
        }

        @Test
        void makesAtMostTheBehavioursNumberOfPasserellesAStepBestFirst() {
            for (int max = 1; max <= 3; max++) {
                Tally tally = new Tally(4);
                HouseholdRun r = advised(still().maxPasserellesPerStep(max).build(), threeSuggestions(false), tally);
                assertThat(r.fresh)
                        .extracting(c -> c.rule)
                        .as("at most %d", max)
                        .containsExactlyElementsOf(RULES.subList(0, max));
            }
        }

        private Function<ActorDirectory, Advising> askingConsent() {
            return threeSuggestions(true);
        }

        @Test
        void aHouseholdThatConsentsIsReferredAndItsConsentIsRecorded() {
            Tally tally = new Tally(4);
            HouseholdRun r = advised(still().consentRate(1).build(), askingConsent(), tally);

            assertThat(r.fresh).extracting(c -> c.rule).containsExactlyElementsOf(RULES);
            assertThat(count(tally, Indicator.CONSENTS_REFUSED)).isZero();
            // one consent per suggestion, for the kinds of actor it goes to
            assertThat(r.household().consents())
                    .flatExtracting(c -> c.recipientKinds())
                    .containsExactly(ActorKind.LEGAL_AID, ActorKind.AIS, ActorKind.TENANTS_UNION);
            assertThat(r.household().consents()).allSatisfy(c -> {
                assertThat(c.purposes()).containsExactly(Purpose.REFERRAL);
                assertThat(c.givenOn()).isEqualTo(START);
            });
            assertThat(r.household().situations()).containsExactly(r.situation);
        }

        @Test
        void aHouseholdThatRefusesIsNotReferredAndIsAskedOnlyOnce() {
            Tally tally = new Tally(4);
            Engine engine = engine(still().consentRate(0).build(), askingConsent(), threatened);
            HouseholdRun r = advised(engine, tally);

            assertThat(r.fresh).isEmpty();
            assertThat(r.household().consents()).isEmpty();
            // suggestions for the same purpose: one refusal, counted once
            assertThat(count(tally, Indicator.CONSENTS_REFUSED)).isEqualTo(1);
            r.advise(START.plusDays(1), engine.actors().epochOn(START), tally);
            assertThat(r.fresh).isEmpty();
            assertThat(count(tally, Indicator.CONSENTS_REFUSED)).isEqualTo(1);
        }
    }
}
