package be.accompaniment.rules.scenario;

import static be.accompaniment.rules.scenario.ScenarioFixtures.arrears;
import static be.accompaniment.rules.scenario.ScenarioFixtures.evictionOn;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import be.accompaniment.pathway.Destination;
import be.accompaniment.pathway.DwellingUpgrade;
import be.accompaniment.pathway.DwellingUpgraded;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.scenario.Advising.Proposal;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a household's run leaves behind as its situation moves on: where the household lives after a resolution, what
 * closing an episode does to the passerelles and measures still open, who refers the household once an actor
 * accompanies it, what a worsening records, when a situation comes back. Chance is set to certainties, the actors are
 * listed (one of each kind the tests need, in Esneux) and the advisor is scripted.
 */
class HouseholdRunOutcomesTest {
    private static final LegalCalendar CALENDAR =
            LegalCalendar.of(List.of(CalendarParameters.bundled(Region.WALLONIA)));
    /** Outside any Walloon moratorium. */
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    private static final LocalDate NEXT_STEP = START.plusMonths(1);
    private static final ActorId CPAS = ActorId.of("cpas-esneux");
    private static final ActorId APL = ActorId.of("apl-esneux");
    private static final ActorId AIS = ActorId.of("ais-esneux");
    private static final ActorId FULL_AIS = ActorId.of("ais-full");
    private static final ActorId LEGAL_AID = ActorId.of("legal-aid-esneux");

    private static final Advising NOTHING = (h, referrer, on) -> List.of();

    private static Actor actor(ActorId id, ActorKind kind, int capacity) {
        return Actor.builder()
                .id(id)
                .name("Actor " + id)
                .kind(kind)
                .territory(Territory.ofCommune(ScenarioFixtures.ESNEUX))
                .seat(ScenarioFixtures.ESNEUX)
                .capacity(capacity)
                .build();
    }

    /** The AIS first: an actor's index in the run is its position here, and index 0 is a case of its own. */
    private static final List<Actor> ACTORS = List.of(
            actor(AIS, ActorKind.AIS, 10),
            actor(APL, ActorKind.APL, 10),
            actor(CPAS, ActorKind.CPAS, 10),
            actor(FULL_AIS, ActorKind.AIS, 0),
            actor(LEGAL_AID, ActorKind.LEGAL_AID, 10));

    /** A suggestion of a rule to one actor, or to none when {@code target} is null. */
    private static Proposal proposal(String rule, MeasureKind measure, ActorId target) {
        return new Proposal(
                rule,
                measure,
                target == null ? List.of() : List.of(target),
                false,
                false,
                Set.of(ActorKind.AIS),
                Purpose.REFERRAL);
    }

    /** The same suggestions for every household with a situation. */
    private static Advising always(Proposal... proposals) {
        return (h, referrer, on) -> h.situations().isEmpty() ? List.of() : List.of(proposals);
    }

    /** Every actor takes the household up the day it is asked; a housing search lasts the days given. */
    private static Behaviour.Builder takenUpAtOnce(Behaviour.Builder behaviour, int searchDays) {
        return behaviour
                .defaultAcceptance(1)
                .contactDelayDays(DayRange.of(0, 0))
                .putMeasureDurationDays(MeasureKind.HOUSING_SEARCH, searchDays);
    }

    /** Resolution within the month, worsening as given, and every resolved situation back within the year. */
    private static Behaviour repeating(double worsen) {
        return Behaviour.builder()
                .from(Behaviour.defaults())
                .dynamics(ScenarioFixtures.dynamics(1, worsen, 1, 0))
                .build();
    }

    /** No worsening, no repeat; resolution and relocation as given. */
    private static Behaviour.Builder resolving(double resolve, double relocation) {
        return Behaviour.builder()
                .from(Behaviour.defaults())
                .dynamics(ScenarioFixtures.dynamics(resolve, 0, 0, relocation));
    }

    private static Household listed(Tenure tenure, Situation situation) {
        return ScenarioFixtures.listedInEsneux("case-1", tenure, situation);
    }

    private static Scenario.Builder scenario(Behaviour behaviour, int steps) {
        return ScenarioFixtures.ourthe(0, steps, StepUnit.MONTH)
                .startOn(START)
                .actorModel(Optional.empty())
                .actors(ACTORS)
                .population(PopulationModel.builder().households(0).build())
                .behaviour(behaviour);
    }

    private static Engine engine(Scenario scenario, Advising advising) {
        return new Engine(scenario, Gazetteer.belgium(), CALENDAR, d -> advising, 1, true);
    }

    /** An engine over one listed household. */
    private static Engine engine(Behaviour behaviour, Advising advising, Household h, int steps) {
        return engine(scenario(behaviour, steps).addHouseholds(h).build(), advising);
    }

    /**
     * An engine over households generated in Esneux with one tenure, each in a situation of a kind and stage on the
     * first day.
     */
    private static Engine generated(
            Behaviour behaviour, int households, Tenure tenure, SituationKind kind, String stage, int steps) {
        return generated(behaviour, NOTHING, households, tenure, kind, stage, steps);
    }

    private static Engine generated(
            Behaviour behaviour,
            Advising advising,
            int households,
            Tenure tenure,
            SituationKind kind,
            String stage,
            int steps) {
        PopulationModel population = PopulationModel.builder()
                .households(households)
                .putCommuneWeights(ScenarioFixtures.ESNEUX, 1.0)
                .putTenure(tenure, 1.0)
                .addIncidence(SituationIncidence.builder()
                        .situation(kind)
                        .prevalence(1)
                        .putStages(stage, 1.0)
                        .addTenures(tenure)
                        .build())
                .build();
        return engine(scenario(behaviour, steps).population(population).build(), advising);
    }

    private static List<PathwayEvent> events(SimulationResult r) {
        return r.pathway(0).events();
    }

    private static <T extends PathwayEvent> List<T> events(SimulationResult r, int household, Class<T> type) {
        return r.pathway(household).events().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** The day of the household's first resolution. */
    private static LocalDate resolvedOn(SimulationResult r, int household) {
        return events(r, household, SituationResolved.class).get(0).on();
    }

    private static double commune(SimulationResult r, int step, Indicator indicator) {
        return r.value(step, AreaType.COMMUNE, ScenarioFixtures.ESNEUX.toString(), indicator);
    }

    @Nested
    class Resolution {
        /** A social tenant in rent arrears since before the first day, resolved in the first step. */
        private Engine socialTenantInArrears(double relocation, int steps) {
            return engine(
                    resolving(1, relocation).build(),
                    NOTHING,
                    listed(Tenure.SOCIAL_TENANT, arrears(START.minusDays(10))),
                    steps);
        }

        @Test
        void withoutRelocationStabilisesTheHouseholdWhereItLives() {
            Engine engine = socialTenantInArrears(0, 2);
            SimulationResult r = engine.run(SimulationListener.none());

            LocalDate on = resolvedOn(r, 0);
            assertThat(on).isBetween(START, NEXT_STEP.minusDays(1));
            assertThat(events(r))
                    .endsWith(SituationResolved.of(SituationKind.RENT_ARREARS, on), Stabilised.of(on))
                    .noneMatch(HouseholdRelocated.class::isInstance)
                    .noneMatch(DwellingUpgraded.class::isInstance);
            assertThat(engine.population().tenure(0)).isEqualTo(Tenure.SOCIAL_TENANT);
            assertThat(r.total(Indicator.SITUATIONS_RESOLVED)).isEqualTo(1);
            assertThat(r.total(Indicator.RELOCATIONS)).isZero();
            assertThat(commune(r, 1, Indicator.STATUS_STABILISED)).isEqualTo(1);
            assertThat(commune(r, 1, Indicator.SHARE_STABILISED)).isEqualTo(1);
        }

        @Test
        void withRelocationAndNoProviderMovesTheHouseholdToAPrivateRental() {
            Engine engine = socialTenantInArrears(1, 1);
            SimulationResult r = engine.run(SimulationListener.none());

            LocalDate on = resolvedOn(r, 0);
            assertThat(events(r))
                    .endsWith(
                            SituationResolved.of(SituationKind.RENT_ARREARS, on),
                            HouseholdRelocated.of(ScenarioFixtures.ESNEUX, Destination.PRIVATE_RENTAL, on),
                            Stabilised.of(on, Destination.PRIVATE_RENTAL));
            assertThat(engine.population().tenure(0)).isEqualTo(Tenure.PRIVATE_TENANT);
            // counted in the household's own commune
            assertThat(commune(r, 0, Indicator.RELOCATIONS)).isEqualTo(1);
            assertThat(commune(r, 0, Indicator.SITUATIONS_RESOLVED)).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0} {1}: relocates {2}")
        @CsvSource({
            "INSALUBRITY, REPORTED, false",
            "INSALUBRITY, WORKS_ORDERED, false",
            "INSALUBRITY, UNINHABITABILITY_DECREE, true",
            "INSALUBRITY, LETTING_BAN, true",
            "FAMILY_RUPTURE, AT_HOME, false",
            "FAMILY_RUPTURE, LEFT_HOME, true",
            "HOMELESSNESS, HOMELESS, true",
            "PERMANENT_HABITAT, RESIDENT, true",
            "EVICTION_THREAT, DEMAND, false"
        })
        void relocatesWhereTheStageLeavesNoHomeToStayIn(SituationKind kind, String stage, boolean relocates) {
            Tenure tenure = SituationIncidence.defaultTenures(kind).iterator().next();
            // no relocation by chance: only the stage decides
            SimulationResult r = generated(resolving(1, 0).build(), 1, tenure, kind, stage, 1)
                    .run(SimulationListener.none());

            LocalDate on = resolvedOn(r, 0);
            assertThat(events(r, 0, HouseholdRelocated.class)).hasSize(relocates ? 1 : 0);
            assertThat(r.total(Indicator.RELOCATIONS)).isEqualTo(relocates ? 1 : 0);
            // an insalubrious dwelling the household stays in was repaired
            boolean repaired = kind == SituationKind.INSALUBRITY && !relocates;
            assertThat(events(r, 0, DwellingUpgraded.class))
                    .containsExactlyElementsOf(
                            repaired ? List.of(DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, on)) : List.of());
            assertThat(r.total(Indicator.UPGRADES)).isEqualTo(repaired ? 1 : 0);
        }

        @Test
        void aHouseholdHousedThroughAnAisMovesIntoAisHousing() {
            // the AIS takes the household up at once; it is the last provider when the situation resolves
            Behaviour behaviour = resolving(1, 1)
                    .defaultAcceptance(1)
                    .contactDelayDays(DayRange.of(0, 0))
                    .build();
            Engine engine = engine(
                    behaviour,
                    always(proposal("housing-search", MeasureKind.HOUSING_SEARCH, AIS)),
                    listed(Tenure.PRIVATE_TENANT, arrears(START)),
                    2);
            SimulationResult r = engine.run(SimulationListener.none());

            LocalDate on = resolvedOn(r, 0);
            assertThat(events(r))
                    .contains(
                            HouseholdRelocated.of(ScenarioFixtures.ESNEUX, Destination.AIS_HOUSING, on),
                            Stabilised.of(on, Destination.AIS_HOUSING));
            assertThat(engine.population().tenure(0)).isEqualTo(Tenure.AIS_TENANT);
            assertThat(engine.actors().index(AIS))
                    .as("the first actor of the run")
                    .isZero();
        }
    }

    @Nested
    class ClosingAnEpisode {
        /**
         * A household whose situation opens on the first day and resolves in the second step, every actor answering
         * after 70 days: the answers are still due when it resolves.
         */
        private SimulationResult resolvedWithAnswersDue(double acceptance, ActorId target) {
            Behaviour behaviour = resolving(1, 0)
                    .defaultAcceptance(acceptance)
                    .contactDelayDays(DayRange.of(70, 70))
                    .build();
            return engine(
                            behaviour,
                            always(proposal("housing-search", MeasureKind.HOUSING_SEARCH, target)),
                            listed(Tenure.PRIVATE_TENANT, arrears(START)),
                            2)
                    .run(SimulationListener.none());
        }

        private int ais(SimulationResult r) {
            return r.actors().indexOf(AIS);
        }

        @Test
        void cancelsAnAcceptedPasserelleNotYetAnsweredAndFreesItsPlace() {
            SimulationResult r = resolvedWithAnswersDue(1, AIS);

            LocalDate on = resolvedOn(r, 0);
            assertThat(on).isAfterOrEqualTo(NEXT_STEP);
            assertThat(events(r, 0, PasserelleAnswered.class))
                    .containsExactly(PasserelleAnswered.of(
                            PasserelleId.of("p1"), PasserelleStatus.CANCELLED, on, StatusReason.NEED_MET));
            assertThat(r.actorLoad(0, ais(r)))
                    .as("the place taken on acceptance")
                    .isEqualTo(1);
            assertThat(r.actorLoad(1, ais(r))).as("the place freed").isZero();
        }

        @Test
        void cancelsADeclinedPasserelleNotYetAnswered() {
            SimulationResult r = resolvedWithAnswersDue(0, AIS);

            assertThat(events(r, 0, PasserelleAnswered.class))
                    .containsExactly(PasserelleAnswered.of(
                            PasserelleId.of("p1"),
                            PasserelleStatus.CANCELLED,
                            resolvedOn(r, 0),
                            StatusReason.NEED_MET));
            assertThat(r.actorLoad(0, ais(r))).isZero();
            assertThat(r.actorLoad(1, ais(r))).isZero();
        }

        @Test
        void cancelsAPasserelleWaitingForAPlace() {
            SimulationResult r = resolvedWithAnswersDue(1, FULL_AIS);

            assertThat(events(r, 0, PasserelleMade.class)).hasSize(1);
            assertThat(r.value(0, AreaType.TERRITORY, territory(r), Indicator.PASSERELLES_WAITING))
                    .isEqualTo(1);
            // the agency without places counts as full, the others do not
            assertThat(commune(r, 0, Indicator.ACTORS_FULL)).isEqualTo(1);
            assertThat(r.actorCapacity(0, r.actors().indexOf(FULL_AIS))).contains(0);
            assertThat(events(r, 0, PasserelleAnswered.class))
                    .containsExactly(PasserelleAnswered.of(
                            PasserelleId.of("p1"),
                            PasserelleStatus.CANCELLED,
                            resolvedOn(r, 0),
                            StatusReason.NEED_MET));
            assertThat(r.value(1, AreaType.TERRITORY, territory(r), Indicator.PASSERELLES_WAITING))
                    .isZero();
        }

        private String territory(SimulationResult r) {
            return r.areas().get(r.areas().size() - 1).id();
        }

        @Test
        void endsTheMeasuresRunningAndFreesTheirPlaces() {
            Behaviour behaviour = takenUpAtOnce(resolving(1, 0), 200).build();
            SimulationResult r = engine(
                            behaviour,
                            always(proposal("housing-search", MeasureKind.HOUSING_SEARCH, AIS)),
                            listed(Tenure.PRIVATE_TENANT, arrears(START)),
                            2)
                    .run(SimulationListener.none());

            LocalDate on = resolvedOn(r, 0);
            assertThat(events(r, 0, MeasureStarted.class))
                    .extracting(MeasureStarted::on)
                    .containsExactly(START);
            assertThat(events(r))
                    .containsSubsequence(
                            MeasureEnded.of(MeasureId.of("m1"), MeasureStatus.COMPLETED, on),
                            PasserelleAnswered.of(PasserelleId.of("p1"), PasserelleStatus.COMPLETED, on),
                            SituationResolved.of(SituationKind.RENT_ARREARS, on));
            assertThat(r.actorLoad(0, ais(r))).isEqualTo(1);
            assertThat(r.actorLoad(1, ais(r))).isZero();
            assertThat(commune(r, 0, Indicator.STATUS_ACCOMPANIED)).isEqualTo(1);
            assertThat(commune(r, 1, Indicator.STATUS_STABILISED)).isEqualTo(1);
        }
    }

    @Nested
    class Accompaniment {
        private final Engine engine = engine(
                resolving(0, 0).putMeasureDurationDays(MeasureKind.LEGAL_AID, 5).build(),
                always(proposal("next", MeasureKind.DEBT_MEDIATION, LEGAL_AID)),
                listed(Tenure.PRIVATE_TENANT, arrears(START)),
                1);
        private final Tally tally = new Tally(engine.areas().communeCount());
        private final HouseholdRun run = new HouseholdRun(0, engine);

        Accompaniment() {
            run.adopt(arrears(START), START, tally, false);
        }

        /** A passerelle made to an actor on a day and answered on another, the answers processed. */
        private void answered(ActorId actor, MeasureKind measure, LocalDate madeOn, LocalDate answeredOn) {
            int a = engine.actors().index(actor);
            // referred by the CPAS, or to it by the APL
            ActorId referrer = actor.equals(CPAS) ? APL : CPAS;
            HouseholdRun.Claim claim =
                    new HouseholdRun.Claim(run, "rule-" + actor, measure, new int[] {a}, madeOn, 0, false, referrer);
            run.make(claim, a, madeOn, tally);
            run.answer(claim, a, true, answeredOn);
            run.drain(answeredOn.plusDays(1), tally);
        }

        /** The referrer of the claims of an advice on a day. */
        private ActorId referrerOn(LocalDate on) {
            run.advise(on, engine.actors().epochOn(on), tally);
            assertThat(run.fresh).hasSize(1);
            ActorId referrer = run.fresh.get(0).referrer;
            run.fresh.clear();
            return referrer;
        }

        @Test
        void theCommunesCpasRefersUntilAnActorAccompanies() {
            assertThat(referrerOn(START)).isEqualTo(CPAS);
        }

        @Test
        void theFirstActorHoldingCasesToTakeTheHouseholdUpRefersItFromThen() {
            // the AIS, the run's first actor (index 0)
            answered(AIS, MeasureKind.HOUSING_SEARCH, START, START.plusDays(2));
            // a second actor holding cases does not take over
            answered(CPAS, MeasureKind.CPAS_CONTACT, START.plusDays(3), START.plusDays(4));

            assertThat(referrerOn(START.plusDays(10))).isEqualTo(AIS);
        }

        @Test
        void anAplTakingTheHouseholdUpRefersIt() {
            answered(APL, MeasureKind.HOUSING_ACCOMPANIMENT, START, START.plusDays(2));

            assertThat(referrerOn(START.plusDays(10))).isEqualTo(APL);
        }

        @Test
        void legalAidDoesNotHoldTheCase() {
            answered(LEGAL_AID, MeasureKind.LEGAL_AID, START, START.plusDays(2));

            assertThat(referrerOn(START.plusDays(10))).isEqualTo(CPAS);
        }

        @Test
        void numbersPasserellesAndMeasuresInTheOrderMade() {
            answered(APL, MeasureKind.HOUSING_ACCOMPANIMENT, START, START.plusDays(2));
            answered(LEGAL_AID, MeasureKind.LEGAL_AID, START.plusDays(3), START.plusDays(4));

            assertThat(run.events())
                    .filteredOn(PasserelleMade.class::isInstance)
                    .extracting(e -> ((PasserelleMade) e).passerelle())
                    .containsExactly(PasserelleId.of("p1"), PasserelleId.of("p2"));
            assertThat(run.events())
                    .filteredOn(MeasureStarted.class::isInstance)
                    .extracting(e -> ((MeasureStarted) e).measure())
                    .containsExactly(MeasureId.of("m1"), MeasureId.of("m2"));
        }

        @Test
        void isAccompaniedWhileAMeasureRunsAndWaitsAgainWhenTheLastEnds() {
            assertThat(run.status()).isEqualTo(HouseholdStatus.WAITING);
            answered(LEGAL_AID, MeasureKind.LEGAL_AID, START, START.plusDays(2));
            assertThat(run.status()).isEqualTo(HouseholdStatus.ACCOMPANIED);
            assertThat(run.activeMeasures).isEqualTo(1);

            // legal aid lasts five days here
            run.drain(START.plusDays(8), tally);

            assertThat(run.events())
                    .contains(MeasureEnded.of(MeasureId.of("m1"), MeasureStatus.COMPLETED, START.plusDays(7)));
            assertThat(run.activeMeasures).isZero();
            assertThat(run.status()).isEqualTo(HouseholdStatus.WAITING);
        }

        @Test
        void anAnswerDueBeforeTheLastEventIsRecordedOnThatEventsDay() {
            // made on the tenth, answered as if on the third: the pathway never goes back in time
            answered(APL, MeasureKind.HOUSING_ACCOMPANIMENT, START.plusDays(10), START.plusDays(3));

            assertThat(run.events())
                    .contains(PasserelleAnswered.of(
                            PasserelleId.of("p1"), PasserelleStatus.ACCEPTED, START.plusDays(10)));
            assertThat(run.lastOn()).isEqualTo(START.plusDays(10));
        }
    }

    @Nested
    class Advice {
        private final Tally tally;
        private final Engine engine;
        private final HouseholdRun run;

        Advice() {
            // the same rule ids whatever the situation, one of them without any actor to go to
            engine = engine(
                    resolving(0, 0).emergencyAfterEviction(1).build(),
                    always(
                            proposal("search", MeasureKind.HOUSING_SEARCH, AIS),
                            proposal("nobody", MeasureKind.DEBT_MEDIATION, null)),
                    listed(Tenure.PRIVATE_TENANT, arrears(START)),
                    1);
            tally = new Tally(engine.areas().communeCount());
            run = new HouseholdRun(0, engine);
        }

        private long unresolved() {
            return tally.counts[run.communeIndex() * Tally.COUNTS + Indicator.PASSERELLES_UNRESOLVED.index()];
        }

        private List<String> claimed(LocalDate on) {
            run.advise(on, engine.actors().epochOn(on), tally);
            List<String> rules = run.fresh.stream().map(c -> c.rule).toList();
            run.fresh.clear();
            return rules;
        }

        @Test
        void actsOnARuleOnceASituationAndCountsItUnresolvedOnce() {
            run.adopt(arrears(START), START, tally, false);

            assertThat(claimed(START)).containsExactly("search");
            assertThat(unresolved()).isEqualTo(1);
            assertThat(claimed(START.plusDays(1))).isEmpty();
            assertThat(unresolved()).isEqualTo(1);
        }

        @Test
        void anEvictionCarriedOutOpensASituationWhereTheRulesApplyAgain() {
            LocalDate execution = START.plusDays(5);
            run.adopt(evictionOn(execution), START, tally, false);
            assertThat(claimed(START)).containsExactly("search");

            run.step(0, START, NEXT_STEP, tally);

            assertThat(run.situation.kind()).isEqualTo(SituationKind.HOMELESSNESS);
            assertThat(run.tenure()).isEqualTo(Tenure.NO_HOUSING);
            assertThat(run.household().tenure()).isEqualTo(Tenure.NO_HOUSING);
            assertThat(claimed(execution)).containsExactly("search");
            assertThat(unresolved()).isEqualTo(2);
        }

        @Test
        void aReferrerThatOffersTheMeasureActsDirectlyWithoutPasserelle() {
            Engine direct = engine(
                    resolving(0, 0).build(),
                    always(new Proposal(
                            "cpas-contact",
                            MeasureKind.CPAS_CONTACT,
                            List.of(),
                            true,
                            false,
                            Set.of(ActorKind.CPAS),
                            Purpose.REFERRAL)),
                    listed(Tenure.PRIVATE_TENANT, arrears(START)),
                    1);
            HouseholdRun r = new HouseholdRun(0, direct);
            r.adopt(arrears(START), START, tally, false);

            r.advise(START, direct.actors().epochOn(START), tally);

            assertThat(r.fresh).singleElement().satisfies(c -> {
                assertThat(c.direct).isTrue();
                assertThat(c.targets).containsExactly(direct.actors().index(CPAS));
            });
            assertThat(tally.counts[r.communeIndex() * Tally.COUNTS + Indicator.PASSERELLES_UNRESOLVED.index()])
                    .isZero();
        }
    }

    @Nested
    class LegalClock {
        @Test
        void anExecutionSetInsideTheWalloonMoratoriumWaitsForItsEnd() {
            // a social tenant in Wallonia: the winter moratorium protects it from 1 November to 15 March
            LocalDate december = LocalDate.of(2026, 12, 1);
            Engine engine = engine(resolving(0, 0).build(), NOTHING, listed(Tenure.SOCIAL_TENANT, arrears(START)), 1);
            Tally tally = new Tally(engine.areas().communeCount());
            HouseholdRun r = new HouseholdRun(0, engine);
            r.adopt(evictionOn(december.plusDays(9)), december, tally, false);

            r.step(0, december, december.plusMonths(1), tally);

            assertThat(r.situation.stage()).isEqualTo(EvictionStage.EXECUTION_SCHEDULED);
            assertThat(r.legalOn).isEqualTo(LocalDate.of(2027, 3, 16));
            assertThat(r.events()).noneMatch(SituationWorsened.class::isInstance);
        }
    }

    @Nested
    class Worsening {
        private SimulationResult worsened(SituationKind kind, String stage) {
            Behaviour behaviour = Behaviour.builder()
                    .from(Behaviour.defaults())
                    .dynamics(ScenarioFixtures.dynamics(0, 1, 0, 0))
                    .build();
            Tenure tenure = SituationIncidence.defaultTenures(kind).iterator().next();
            return generated(behaviour, 1, tenure, kind, stage, 1).run(SimulationListener.none());
        }

        @Test
        void aStageOnIsRecordedAsAWorsening() {
            SimulationResult r = worsened(SituationKind.INSALUBRITY, "REPORTED");

            assertThat(events(r, 0, SituationWorsened.class))
                    .singleElement()
                    .satisfies(w -> assertThat(w.stage()).isEqualTo("SURVEY_REQUESTED"));
            assertThat(r.total(Indicator.SITUATIONS_WORSENED)).isEqualTo(1);
        }

        @Test
        void aReferenceAddressForAHomelessHouseholdIsNoWorsening() {
            SimulationResult r = worsened(SituationKind.HOMELESSNESS, "HOMELESS");

            assertThat(events(r, 0, SituationWorsened.class)).isEmpty();
            assertThat(r.total(Indicator.SITUATIONS_WORSENED)).isZero();
            assertThat(r.value(
                            0,
                            AreaType.COMMUNE,
                            ScenarioFixtures.ESNEUX.toString(),
                            Indicator.situation(SituationKind.HOMELESSNESS)))
                    .isEqualTo(1);
        }

        @Test
        void rentArrearsAfterAFormalDemandEscalateIntoAnEvictionClaim() {
            SimulationResult r = worsened(SituationKind.RENT_ARREARS, "DEMAND");

            LocalDate on = events(r, 0, SituationResolved.class).get(0).on();
            assertThat(events(r))
                    .containsSubsequence(
                            SituationResolved.of(SituationKind.RENT_ARREARS, on),
                            SituationOpened.of(SituationKind.EVICTION_THREAT, on));
            assertThat(r.total(Indicator.SITUATIONS_OPENED)).isEqualTo(1);
            assertThat(r.total(Indicator.SITUATIONS_RESOLVED)).isEqualTo(1);
        }
    }

    @Nested
    class Accompanied {
        /** Households resolve only while a measure runs; the AIS takes them up at once when suggested. */
        private SimulationResult run(Advising advising) {
            Behaviour behaviour = takenUpAtOnce(
                            Behaviour.builder()
                                    .from(Behaviour.defaults())
                                    .dynamics(ScenarioFixtures.resolving(EnumSet.allOf(SituationKind.class), 0, 1)),
                            200)
                    .build();
            return engine(behaviour, advising, listed(Tenure.PRIVATE_TENANT, arrears(START.minusDays(10))), 3)
                    .run(SimulationListener.none());
        }

        @Test
        void aMeasureRunningMakesTheAccompaniedChancesApply() {
            SimulationResult r = run(always(proposal("housing-search", MeasureKind.HOUSING_SEARCH, AIS)));

            // taken up in the first step, after its chances were drawn; resolved in the second
            assertThat(resolvedOn(r, 0))
                    .isBetween(NEXT_STEP, NEXT_STEP.plusMonths(1).minusDays(1));
            // opened ten days before the first, contacted on it
            assertThat(commune(r, 0, Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT)).isEqualTo(10);
            assertThat(commune(r, 1, Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT)).isNaN();
        }

        @Test
        void withoutAMeasureTheSituationStaysOpen() {
            SimulationResult r = run(NOTHING);

            assertThat(events(r, 0, SituationResolved.class)).isEmpty();
            assertThat(commune(r, 2, Indicator.STATUS_WAITING)).isEqualTo(1);
            assertThat(commune(r, 2, Indicator.SHARE_STABILISED)).isZero();
        }
    }

    @Nested
    class Repeat {
        @Test
        void aSituationComesBackOnADayDrawnOverTheYearAfterItsResolution() {
            Behaviour behaviour = repeating(0);
            int households = 40;
            SimulationResult r = generated(
                            behaviour, households, Tenure.PRIVATE_TENANT, SituationKind.RENT_ARREARS, "ARREARS", 14)
                    .run(SimulationListener.none());

            int afterTwoMonths = 0;
            int onAStepsFirstDay = 0;
            for (int h = 0; h < households; h++) {
                List<SituationOpened> opened = events(r, h, SituationOpened.class);
                assertThat(opened).as("household %d", h).hasSizeGreaterThan(1);
                assertThat(opened.get(1).situation()).isEqualTo(SituationKind.RENT_ARREARS);
                LocalDate back = opened.get(1).on();
                long days = ChronoUnit.DAYS.between(resolvedOn(r, h), back);
                assertThat(days).as("household %d", h).isBetween(1L, 365L);
                afterTwoMonths += days > 62 ? 1 : 0;
                onAStepsFirstDay += back.getDayOfMonth() == 1 ? 1 : 0;
            }
            // uniform over the year: most come back after the next two steps, and on the day drawn rather than the
            // first day of the step it falls in
            assertThat(afterTwoMonths).isGreaterThan(households / 2);
            assertThat(onAStepsFirstDay).isLessThan(households / 4);
        }

        @Test
        void aSituationThatComesBackFindsTheHouseholdWhereItRequires() {
            // the release is planned and housing found within the month; released, every household relocates to a
            // dwelling; the institution exit comes back within the year and finds the household in an institution
            // again, as an institution exit requires
            Behaviour behaviour = repeating(1);
            Map<String, Set<Tenure>> seen = new ConcurrentHashMap<>();
            Advising seeing = (h, referrer, on) -> {
                seen.computeIfAbsent(h.id().value(), id -> ConcurrentHashMap.newKeySet())
                        .add(h.tenure());
                return List.of();
            };
            int households = 20;
            SimulationResult r = generated(
                            behaviour,
                            seeing,
                            households,
                            Tenure.INSTITUTION,
                            SituationKind.INSTITUTION_EXIT,
                            "ADMITTED",
                            30)
                    .run(SimulationListener.none());

            for (int h = 0; h < households; h++) {
                assertThat(events(r, h, SituationOpened.class))
                        .as("household %d", h)
                        .hasSizeGreaterThan(1);
                assertThat(events(r, h, HouseholdRelocated.class))
                        .as("household %d", h)
                        .isNotEmpty();
            }
            assertThat(seen).hasSize(households);
            assertThat(seen.values()).allSatisfy(tenures -> assertThat(tenures).containsOnly(Tenure.INSTITUTION));
        }

        @Test
        void aSuggestionNoActorCanTakeIsCountedUnresolvedOnceInEachEpisode() {
            Behaviour behaviour = repeating(0);
            SimulationResult r = engine(
                            behaviour,
                            always(proposal("housing-search", MeasureKind.HOUSING_SEARCH, null)),
                            listed(Tenure.PRIVATE_TENANT, arrears(START)),
                            24)
                    .run(SimulationListener.none());

            int episodes = events(r, 0, SituationOpened.class).size();
            assertThat(episodes).isGreaterThan(1);
            assertThat(r.total(Indicator.PASSERELLES_UNRESOLVED)).isEqualTo(episodes);
        }

        @Test
        void aSituationThatComesBackIsAdvisedAfresh() {
            // the AIS takes the household up on the first day, the situation resolves in the second step and comes
            // back within the year: the same suggestion, whose measure ended with the first episode, is acted on again
            Behaviour behaviour = takenUpAtOnce(
                            Behaviour.builder()
                                    .from(Behaviour.defaults())
                                    .dynamics(ScenarioFixtures.dynamics(1, 0, 1, 0)),
                            400)
                    .build();
            SimulationResult r = engine(
                            behaviour,
                            always(proposal("housing-search", MeasureKind.HOUSING_SEARCH, AIS)),
                            listed(Tenure.PRIVATE_TENANT, arrears(START)),
                            16)
                    .run(SimulationListener.none());

            List<SituationOpened> opened = events(r, 0, SituationOpened.class);
            assertThat(opened).hasSizeGreaterThan(1);
            assertThat(events(r, 0, MeasureStarted.class))
                    .extracting(MeasureStarted::on)
                    .startsWith(START, opened.get(1).on());
        }
    }
}
