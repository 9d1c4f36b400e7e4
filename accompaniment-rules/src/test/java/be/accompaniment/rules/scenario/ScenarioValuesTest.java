package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.rules.calendar.MoratoriumScope;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Equality, null checks and validation messages of the scenario's value types. */
class ScenarioValuesTest {
    private static final LocalDate D = ScenarioFixtures.START;

    private static void refused(ThrowingCallable build, String where, String message) {
        assertThatThrownBy(build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo(where));
    }

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(LocalDate.class, D)
                .setDefault(NisCode.class, ScenarioFixtures.ESNEUX)
                .setDefault(Territory.class, Territory.ofCommune(ScenarioFixtures.ESNEUX))
                .setDefault(String.class, "x")
                .setDefault(DayRange.class, DayRange.of(1, 2))
                .setDefault(IncomeModel.class, IncomeModel.of(1, 0))
                .setDefault(ScenarioTerritory.class, ScenarioTerritory.ofRegion(Region.WALLONIA))
                .setDefault(Behaviour.class, Behaviour.defaults())
                .setDefault(be.accompaniment.territory.Gazetteer.class, be.accompaniment.territory.Gazetteer.belgium());
    }

    @Nested
    class DayRanges {
        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(DayRange.of(1, 2), DayRange.of(1, 2))
                    .addEqualityGroup(DayRange.of(1, 3))
                    .addEqualityGroup(DayRange.of(0, 2))
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(DayRange.class);
            tester().testAllPublicInstanceMethods(DayRange.builder());
        }

        @Test
        void refusesANegativeMinimum() {
            refused(() -> DayRange.of(-1, 2), "day range: min", "must be between 0 and 3650, was -1");
        }

        @Test
        void refusesAMaximumBelowTheMinimum() {
            refused(() -> DayRange.of(5, 4), "day range: max", "must be between 5 and 3650, was 4");
        }

        @Test
        void picksEveryDayOfTheRange() {
            DayRange r = DayRange.of(2, 4);
            assertThat(r.pick(0)).isEqualTo(2);
            assertThat(r.pick(0.34)).isEqualTo(3);
            assertThat(r.pick(0.9999)).isEqualTo(4);
        }
    }

    @Nested
    class Dynamics {
        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            SituationDynamics.defaults(SituationKind.EVICTION_THREAT),
                            SituationDynamics.builder()
                                    .situation(SituationKind.EVICTION_THREAT)
                                    .build())
                    .addEqualityGroup(SituationDynamics.defaults(SituationKind.INSALUBRITY))
                    .addEqualityGroup(SituationDynamics.builder()
                            .situation(SituationKind.INSALUBRITY)
                            .repeatWithinYear(0)
                            .build())
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(SituationDynamics.class);
            tester().testAllPublicInstanceMethods(SituationDynamics.builder());
        }

        @Test
        void refusesAProbabilityAboveOne() {
            refused(
                    () -> SituationDynamics.builder()
                            .situation(SituationKind.RENT_ARREARS)
                            .worsenPerMonth(1.5)
                            .build(),
                    "dynamics RENT_ARREARS: worsenPerMonth",
                    "must be a probability between 0 and 1, was 1.5");
            refused(
                    () -> SituationDynamics.builder()
                            .situation(SituationKind.RENT_ARREARS)
                            .relocationShare(-0.1)
                            .build(),
                    "dynamics RENT_ARREARS: relocationShare",
                    "was -0.1");
        }

        @Test
        void refusesEveryProbabilityOutsideZeroToOne() {
            Map<String, UnaryOperator<SituationDynamics.Builder>> fields = Map.of(
                    "worsenPerMonth", b -> b.worsenPerMonth(1.01),
                    "worsenPerMonthAccompanied", b -> b.worsenPerMonthAccompanied(1.01),
                    "resolvePerMonth", b -> b.resolvePerMonth(1.01),
                    "resolvePerMonthAccompanied", b -> b.resolvePerMonthAccompanied(1.01),
                    "repeatWithinYear", b -> b.repeatWithinYear(1.01),
                    "relocationShare", b -> b.relocationShare(1.01));
            fields.forEach((field, wrong) -> refused(
                    () -> wrong.apply(SituationDynamics.builder().situation(SituationKind.INSALUBRITY))
                            .build(),
                    "dynamics INSALUBRITY: " + field,
                    "must be a probability between 0 and 1, was 1.01"));
        }

        @Test
        void everyDefaultIsAChanceNeitherCertainNorImpossible() {
            Set<SituationKind> alwaysMove =
                    Set.of(SituationKind.INSTITUTION_EXIT, SituationKind.HOMELESSNESS, SituationKind.PERMANENT_HABITAT);
            for (SituationKind k : SituationKind.values()) {
                SituationDynamics d = SituationDynamics.defaults(k);
                assertThat(List.of(
                                d.worsenPerMonth(),
                                d.worsenPerMonthAccompanied(),
                                d.resolvePerMonth(),
                                d.resolvePerMonthAccompanied(),
                                d.repeatWithinYear()))
                        .as("%s", k)
                        .allSatisfy(p -> assertThat(p).isStrictlyBetween(0.0, 1.0));
                if (alwaysMove.contains(k)) {
                    assertThat(d.relocationShare()).as("%s", k).isEqualTo(1);
                } else {
                    assertThat(d.relocationShare()).as("%s", k).isStrictlyBetween(0.0, 1.0);
                }
            }
        }

        @Test
        void accompanimentHelpsByDefault() {
            for (SituationKind k : SituationKind.values()) {
                SituationDynamics d = SituationDynamics.defaults(k);
                assertThat(d.resolvePerMonthAccompanied()).isGreaterThan(d.resolvePerMonth());
            }
        }

        @Test
        void convertsMonthlyProbabilitiesToSteps() {
            assertThat(SituationDynamics.overDays(0.5, 30)).isEqualTo(0.5);
            assertThat(SituationDynamics.overDays(0.5, 60)).isEqualTo(0.75);
            assertThat(SituationDynamics.overDays(1, 1)).isEqualTo(1);
            assertThat(SituationDynamics.overDays(0, 30)).isZero();
        }
    }

    @Nested
    class Behaviours {
        @Test
        void evictedAndReleasedHouseholdsReachEmergencyAccommodationFourTimesInTenByDefault() {
            assertThat(Behaviour.defaults().emergencyAfterEviction()).isEqualTo(0.4);
            assertThat(Behaviour.defaults().homelessOnRelease()).isEqualTo(0.4);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(Behaviour.defaults(), Behaviour.builder().build())
                    .addEqualityGroup(
                            Behaviour.builder().whenFull(CapacityPolicy.WAIT).build())
                    .addEqualityGroup(Behaviour.builder()
                            .putAcceptance(ActorKind.AIS, 0.5)
                            .build())
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicInstanceMethods(Behaviour.builder());
            tester().testAllPublicInstanceMethods(Behaviour.defaults());
        }

        @Test
        void answersWithDefaultsForWhatItDoesNotList() {
            Behaviour b = Behaviour.builder()
                    .putAcceptance(ActorKind.AIS, 0.5)
                    .putMeasureDurationDays(MeasureKind.BUDGET_GUIDANCE, 180)
                    .addDynamics(SituationDynamics.builder()
                            .situation(SituationKind.HOMELESSNESS)
                            .resolvePerMonth(0.5)
                            .build())
                    .build();
            assertThat(b.acceptanceOf(ActorKind.AIS)).isEqualTo(0.5);
            assertThat(b.acceptanceOf(ActorKind.CPAS)).isEqualTo(0.8);
            assertThat(b.durationOf(MeasureKind.BUDGET_GUIDANCE)).isEqualTo(180);
            assertThat(b.durationOf(MeasureKind.LEGAL_AID)).isEqualTo(120);
            assertThat(b.dynamicsOf(SituationKind.HOMELESSNESS).resolvePerMonth())
                    .isEqualTo(0.5);
            assertThat(b.dynamicsOf(SituationKind.INSALUBRITY))
                    .isEqualTo(SituationDynamics.defaults(SituationKind.INSALUBRITY));
        }

        @Test
        void refusesWrongValues() {
            refused(
                    () -> Behaviour.builder().putAcceptance(ActorKind.AIS, 2.0).build(),
                    "behaviour: acceptance.AIS",
                    "was 2.0");
            refused(
                    () -> Behaviour.builder().defaultAcceptance(-1).build(),
                    "behaviour: defaultAcceptance",
                    "was -1.0");
            refused(
                    () -> Behaviour.builder()
                            .putMeasureDurationDays(MeasureKind.LEGAL_AID, 0)
                            .build(),
                    "behaviour: measureDurationDays.LEGAL_AID",
                    "must be between 1 and 3650, was 0");
            refused(
                    () -> Behaviour.builder().defaultMeasureDurationDays(4000).build(),
                    "behaviour: defaultMeasureDurationDays",
                    "was 4000");
            refused(() -> Behaviour.builder().consentRate(1.1).build(), "behaviour: consentRate", "was 1.1");
            refused(
                    () -> Behaviour.builder().maxPasserellesPerStep(0).build(),
                    "behaviour: maxPasserellesPerStep",
                    "was 0");
            refused(
                    () -> Behaviour.builder().emergencyAfterEviction(2).build(),
                    "behaviour: emergencyAfterEviction",
                    "was 2.0");
            refused(
                    () -> Behaviour.builder().homelessOnRelease(-0.5).build(),
                    "behaviour: homelessOnRelease",
                    "was -0.5");
            refused(
                    () -> Behaviour.builder()
                            .addDynamics(
                                    SituationDynamics.defaults(SituationKind.HOMELESSNESS),
                                    SituationDynamics.defaults(SituationKind.HOMELESSNESS))
                            .build(),
                    "behaviour: dynamics[1]",
                    "must be the only dynamics of HOMELESSNESS, was repeated");
        }
    }

    @Nested
    class Actors {
        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(ActorTemplate.of(ActorKind.CPAS, 8), ActorTemplate.of(ActorKind.CPAS, 8))
                    .addEqualityGroup(ActorTemplate.of(ActorKind.CPAS, 9))
                    .addEqualityGroup(ActorTemplate.unlimited(ActorKind.CPAS))
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(ActorModel.walloonDefaults(), ActorModel.walloonDefaults())
                    .addEqualityGroup(ActorModel.builder().build())
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(ActorTemplate.class);
            tester().testAllPublicInstanceMethods(ActorTemplate.builder());
            tester().testAllPublicInstanceMethods(ActorModel.builder());
        }

        @Test
        void capacityGrowsWithTheHouseholdsServed() {
            ActorTemplate t = ActorTemplate.of(ActorKind.CPAS, 8);
            assertThat(t.capacityFor(10_000)).contains(80);
            assertThat(t.capacityFor(0)).contains(1);
            assertThat(ActorTemplate.unlimited(ActorKind.CPAS).capacityFor(10_000))
                    .isEmpty();
        }

        @Test
        void refusesNegativeCapacities() {
            refused(
                    () -> ActorTemplate.of(ActorKind.CPAS, -1),
                    "actor template CPAS: capacityPerThousandHouseholds",
                    "must be >= 0.0, was -1.0");
            refused(
                    () -> ActorTemplate.builder()
                            .kind(ActorKind.AIS)
                            .minimumCapacity(-2)
                            .build(),
                    "actor template AIS: minimumCapacity",
                    "must be >= 0, was -2");
        }
    }

    @Nested
    class Populations {
        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(PopulationModel.withDefaults(10), PopulationModel.withDefaults(10))
                    .addEqualityGroup(PopulationModel.withDefaults(11))
                    .addEqualityGroup(PopulationModel.builder().households(10).build())
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(CompositionShare.of(1, 0, 1), CompositionShare.of(1, 0, 1))
                    .addEqualityGroup(CompositionShare.of(2, 0, 1))
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(IncomeModel.of(1, 0.5), IncomeModel.of(1, 0.5))
                    .addEqualityGroup(IncomeModel.of(2, 0.5))
                    .testEquals();
            new EqualsTester()
                    .addEqualityGroup(
                            SituationIncidence.of(SituationKind.INSALUBRITY, 0.1, 0.2),
                            SituationIncidence.of(SituationKind.INSALUBRITY, 0.1, 0.2))
                    .addEqualityGroup(SituationIncidence.of(SituationKind.INSALUBRITY, 0.1, 0.3))
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(PopulationModel.class);
            tester().testAllPublicInstanceMethods(PopulationModel.builder());
            tester().testAllPublicStaticMethods(CompositionShare.class);
            tester().testAllPublicInstanceMethods(CompositionShare.builder());
            tester().testAllPublicStaticMethods(IncomeModel.class);
            tester().testAllPublicInstanceMethods(IncomeModel.builder());
            tester().testAllPublicStaticMethods(SituationIncidence.class);
            tester().testAllPublicInstanceMethods(SituationIncidence.builder());
        }

        @Test
        void incidenceDefaultsToTheKindsTenuresAndFirstStage() {
            SituationIncidence i = SituationIncidence.of(SituationKind.PERMANENT_HABITAT, 0.1, 0.1);
            assertThat(i.eligibleTenures()).containsExactly(Tenure.TOURIST_FACILITY);
            assertThat(SituationIncidence.openStages(SituationKind.EVICTION_THREAT))
                    .startsWith("DEMAND")
                    .doesNotContain("SETTLED", "EXECUTED");
            for (SituationKind k : SituationKind.values()) {
                assertThat(SituationIncidence.openStages(k))
                        .allMatch(s -> k.stage(s).isPresent());
                assertThat(SituationIncidence.defaultTenures(k)).isNotEmpty();
            }
        }

        @Test
        void refusesWrongCompositions() {
            refused(() -> CompositionShare.of(0, 1, 1), "composition 0+1: adults", "must be between 1 and 6, was 0");
            refused(
                    () -> CompositionShare.of(1, 13, 1),
                    "composition 1+13: children",
                    "must be between 0 and 12, was 13");
            refused(() -> CompositionShare.of(1, 1, 0), "composition 1+1: weight", "must be more than 0, was 0.0");
        }

        @Test
        void refusesWrongIncomes() {
            refused(() -> IncomeModel.of(-1, 0.5), "income model: medianCents", "must be >= 0, was -1");
            refused(() -> IncomeModel.of(1, 3.5), "income model: spread", "must be between 0 and 3, was 3.5");
            refused(() -> IncomeModel.of(1, -0.5), "income model: spread", "must be between 0 and 3, was -0.5");
            assertThat(IncomeModel.of(0, 3).spread()).isEqualTo(3);
            assertThat(IncomeModel.of(0, 0).spread()).isZero();
        }

        @Test
        void refusesWrongIncidences() {
            refused(
                    () -> SituationIncidence.of(SituationKind.HOMELESSNESS, 2, 0),
                    "incidence HOMELESSNESS: prevalence",
                    "was 2.0");
            refused(
                    () -> SituationIncidence.of(SituationKind.HOMELESSNESS, 0, -0.1),
                    "incidence HOMELESSNESS: perYear",
                    "was -0.1");
            refused(
                    () -> SituationIncidence.builder()
                            .situation(SituationKind.EVICTION_THREAT)
                            .putStages("SETTLED", 1.0)
                            .build(),
                    "incidence EVICTION_THREAT: stages",
                    "must name stages a situation can be open in [DEMAND, FILED, CPAS_NOTIFIED, HEARING_SET, "
                            + "JUDGMENT, SERVED, EXECUTION_SCHEDULED], was SETTLED");
            refused(
                    () -> SituationIncidence.builder()
                            .situation(SituationKind.EVICTION_THREAT)
                            .putStages("FILED", -1.0)
                            .build(),
                    "incidence EVICTION_THREAT: stages.FILED",
                    "must be a weight >= 0, was -1.0");
            refused(
                    () -> SituationIncidence.builder()
                            .situation(SituationKind.EVICTION_THREAT)
                            .putStages("FILED", 0.0)
                            .build(),
                    "incidence EVICTION_THREAT: stages",
                    "must have a weight above 0, were all 0");
        }

        @Test
        void refusesWrongPopulations() {
            refused(
                    () -> PopulationModel.builder().households(-1).build(),
                    "population model: households",
                    "must be >= 0, was -1");
            refused(
                    () -> PopulationModel.builder()
                            .households(1)
                            .putCommuneWeights(ScenarioFixtures.ESNEUX, -1.0)
                            .build(),
                    "population model: communeWeights.62032",
                    "must be a weight >= 0, was -1.0");
            refused(
                    () -> PopulationModel.builder()
                            .households(1)
                            .putCommuneWeights(ScenarioFixtures.ESNEUX, 0.0)
                            .build(),
                    "population model: communeWeights",
                    "must have a weight above 0, were all 0");
            refused(
                    () -> PopulationModel.builder()
                            .households(1)
                            .putTenure(Tenure.SQUAT, -2.0)
                            .build(),
                    "population model: tenure.SQUAT",
                    "must be a weight >= 0, was -2.0");
            refused(
                    () -> PopulationModel.builder()
                            .households(1)
                            .putTenure(Tenure.SQUAT, 0.0)
                            .build(),
                    "population model: tenure",
                    "must have a weight above 0, were all 0");
            refused(
                    () -> PopulationModel.builder()
                            .households(1)
                            .addIncidence(
                                    SituationIncidence.of(SituationKind.HOMELESSNESS, 0, 0),
                                    SituationIncidence.of(SituationKind.HOMELESSNESS, 0, 0.1))
                            .build(),
                    "population model: incidence[1]",
                    "must be the only incidence of HOMELESSNESS, was repeated");
        }
    }

    @Nested
    class Territories {
        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            ScenarioTerritory.ofRegion(Region.WALLONIA), ScenarioTerritory.ofRegion(Region.WALLONIA))
                    .addEqualityGroup(ScenarioTerritory.ofArrondissement(NisCode.parse("62000")))
                    .addEqualityGroup(ScenarioTerritory.ofCommunes("x", ScenarioFixtures.ESNEUX))
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(ScenarioTerritory.class);
            tester().testAllPublicInstanceMethods(ScenarioTerritory.builder());
            tester().testAllPublicInstanceMethods(ScenarioTerritory.ofRegion(Region.WALLONIA));
        }

        @Test
        void resolvesToCommunes() {
            be.accompaniment.territory.Gazetteer g = be.accompaniment.territory.Gazetteer.belgium();
            assertThat(ScenarioTerritory.ofArrondissement(NisCode.parse("62000"))
                            .resolve(g, D)
                            .communes())
                    .hasSize(24)
                    .contains(NisCode.parse("62063"));
            assertThat(ScenarioTerritory.ofCommunes("two", ScenarioFixtures.ESNEUX, ScenarioFixtures.AYWAILLE)
                            .resolve(g, D)
                            .name())
                    .isEqualTo("two");
            assertThat(ScenarioTerritory.builder()
                            .region(Region.BRUSSELS_CAPITAL)
                            .name("Bruxelles")
                            .build()
                            .resolve(g, D)
                            .communes())
                    .hasSize(19);
        }

        @Test
        void refusesWrongTerritories() {
            refused(
                    () -> ScenarioTerritory.builder().build(),
                    "scenario territory: arrondissement",
                    "exactly one of arrondissement, region or communes must be given, was 0");
            refused(
                    () -> ScenarioTerritory.builder()
                            .region(Region.WALLONIA)
                            .addCommunes(ScenarioFixtures.ESNEUX)
                            .build(),
                    "scenario territory: arrondissement",
                    "was 2");
            refused(
                    () -> ScenarioTerritory.ofArrondissement(NisCode.parse("62063")),
                    "scenario territory: arrondissement",
                    "must be an arrondissement code such as 62000, was 62063");
            refused(
                    () -> ScenarioTerritory.ofArrondissement(NisCode.parse("60000")),
                    "scenario territory: arrondissement",
                    "was 60000");
            refused(
                    () -> ScenarioTerritory.builder()
                            .region(Region.WALLONIA)
                            .name(" ")
                            .build(),
                    "scenario territory: name",
                    "must not be blank");
        }
    }

    @Nested
    class Interventions {
        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            AddActor.inBasin(D, ActorKind.APL, "b", 4), AddActor.inBasin(D, ActorKind.APL, "b", 4))
                    .addEqualityGroup(AddActor.inBasin(D, ActorKind.APL, "b", 5))
                    .addEqualityGroup(ScaleCapacity.of(D, ActorKind.CPAS, 2), ScaleCapacity.of(D, ActorKind.CPAS, 2))
                    .addEqualityGroup(ExtendMoratorium.toAllLeases(D), ExtendMoratorium.toAllLeases(D))
                    .addEqualityGroup(ExtendMoratorium.builder()
                            .effectiveFrom(D)
                            .scope(MoratoriumScope.SOCIAL_HOUSING_ONLY)
                            .build())
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(AddActor.class);
            tester().testAllPublicInstanceMethods(AddActor.builder());
            tester().testAllPublicStaticMethods(ScaleCapacity.class);
            tester().testAllPublicInstanceMethods(ScaleCapacity.builder());
            tester().testAllPublicStaticMethods(ExtendMoratorium.class);
            tester().testAllPublicInstanceMethods(ExtendMoratorium.builder());
        }

        @Test
        void scalesCapacitiesToTheNearestHousehold() {
            assertThat(ScaleCapacity.of(D, ActorKind.CPAS, 1.5).scale(3)).isEqualTo(5);
            assertThat(ScaleCapacity.of(D, ActorKind.CPAS, 0).scale(3)).isZero();
        }

        @Test
        void refusesWrongInterventions() {
            refused(
                    () -> AddActor.builder()
                            .effectiveFrom(D)
                            .actorKind(ActorKind.APL)
                            .build(),
                    "add-actor APL from 2026-01-01: basin",
                    "exactly one of basin and communes must be given, was neither");
            refused(
                    () -> AddActor.builder()
                            .effectiveFrom(D)
                            .actorKind(ActorKind.APL)
                            .basin("b")
                            .addCommunes(ScenarioFixtures.ESNEUX)
                            .build(),
                    "add-actor APL from 2026-01-01: basin",
                    "was both");
            refused(
                    () -> AddActor.inBasin(D, ActorKind.APL, " ", 1),
                    "add-actor APL from 2026-01-01: basin",
                    "must not be blank");
            refused(
                    () -> AddActor.inBasin(D, ActorKind.APL, "b", -1),
                    "add-actor APL from 2026-01-01: capacity",
                    "must be >= 0, was -1");
            refused(
                    () -> ScaleCapacity.of(D, ActorKind.CPAS, -2),
                    "scale-capacity CPAS from 2026-01-01: factor",
                    "must be >= 0.0, was -2.0");
        }
    }

    @Nested
    class Scenarios {
        private Scenario.Builder base() {
            return ScenarioFixtures.ourthe(10, 3, StepUnit.MONTH);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(base().build(), base().build())
                    .addEqualityGroup(base().seed(7).build(), base().build().withSeed(7))
                    .addEqualityGroup(base().steps(4).build())
                    .addEqualityGroup(base().build().withIntervention(ExtendMoratorium.toAllLeases(D)))
                    .testEquals();
        }

        @Test
        void nulls() {
            tester().testAllPublicStaticMethods(Scenario.class);
            tester().testAllPublicInstanceMethods(Scenario.builder());
            tester().testAllPublicInstanceMethods(base().build());
        }

        @Test
        void endsAfterItsLastStep() {
            assertThat(base().build().endOn()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(base().step(StepUnit.WEEK).build().endOn()).isEqualTo(LocalDate.of(2026, 1, 22));
        }

        @Test
        void dropsItsInterventionsForTheBaseline() {
            Scenario s = base().build().withIntervention(ExtendMoratorium.toAllLeases(D));
            assertThat(s.withoutInterventions()).isEqualTo(base().build());
        }

        @Test
        void refusesWrongScenarios() {
            refused(() -> base().name(" ").build(), "scenario  : name", "must not be blank");
            refused(() -> base().steps(0).build(), "scenario ourthe-test: steps", "must be between 1 and 10000, was 0");
            refused(
                    () -> base().addBasins(Territory.of("Ourthe-Amblève", ScenarioFixtures.ESNEUX))
                            .build(),
                    "scenario ourthe-test: basins[1].name",
                    "must differ from basins[0].name, was Ourthe-Amblève");
            refused(
                    () -> base().addBasins(Territory.of("Other", ScenarioFixtures.ESNEUX))
                            .build(),
                    "scenario ourthe-test: basins[1].communes",
                    "must not hold commune 62032, already in basins[0]");
            Household h = Household.builder()
                    .id(HouseholdId.of("case-1"))
                    .commune(ScenarioFixtures.ESNEUX)
                    .tenure(Tenure.OWNER_OCCUPIER)
                    .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1970))
                    .build();
            refused(
                    () -> base().addHouseholds(h, h).build(),
                    "scenario ourthe-test: households[1].id",
                    "must be unique, was repeated: case-1");
        }

        @Test
        void readsAndWritesJson() {
            Scenario s = base().build().withIntervention(AddActor.inBasin(D, ActorKind.APL, "Ourthe-Amblève", 3));
            assertThat(Scenario.parse(s.toJson())).isEqualTo(s);
            assertThat(s.toJson()).contains("\"kind\" : \"add-actor\"");
            assertThat(Scenario.read(new java.io.ByteArrayInputStream(
                            s.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .isEqualTo(s);
        }

        @Test
        void readingNamesTheJsonPathOfAnError() {
            String json = base().build().toJson().replace("\"steps\" : 3", "\"steps\" : 0");
            assertThatThrownBy(() -> Scenario.parse(json))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be between 1 and 10000, was 0");
            String typo = base().build().toJson().replace("\"seed\"", "\"sead\"");
            assertThatThrownBy(() -> Scenario.parse(typo))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("sead");
        }
    }

    @Nested
    class Values {
        @Test
        void areasAndDifferences() {
            new EqualsTester()
                    .addEqualityGroup(
                            Area.of(AreaType.COMMUNE, "62032", "Esneux"), Area.of(AreaType.COMMUNE, "62032", "Esneux"))
                    .addEqualityGroup(Area.of(AreaType.BASIN, "62032", "Esneux"))
                    .testEquals();
            refused(() -> Area.of(AreaType.COMMUNE, "", "x"), "area: id", "must not be blank");
            refused(() -> Area.of(AreaType.COMMUNE, "62032", " "), "area: name", "must not be blank");
            Supplier<Difference.Builder> d = () -> Difference.builder()
                    .baseline(1)
                    .intervention(2)
                    .mean(1)
                    .low(0.5)
                    .high(1.5)
                    .replications(3);
            new EqualsTester()
                    .addEqualityGroup(d.get().build(), d.get().build())
                    .addEqualityGroup(d.get().low(-1).build())
                    .testEquals();
            assertThat(d.get().build().isSignificant()).isTrue();
            assertThat(d.get().low(-1).build().isSignificant()).isFalse();
            // an interval that touches zero does not exclude it
            assertThat(d.get().low(0).build().isSignificant()).isFalse();
            assertThat(d.get().low(-1).high(0).build().isSignificant()).isFalse();
            assertThat(d.get().low(-1).high(-0.5).build().isSignificant()).isTrue();
            tester().testAllPublicStaticMethods(Area.class);
            tester().testAllPublicInstanceMethods(Difference.builder());
        }
    }
}
