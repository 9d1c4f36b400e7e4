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
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimulationTest {
    /** A run shared by the tests that only read it. */
    private static final SimulationResult RUN = Simulation.builder(ScenarioFixtures.ourthe(4000, 18))
            .threads(2)
            .build()
            .run();

    @Nested
    class Determinism {
        @Test
        void theSameScenarioGivesTheSameCsvByteForByte() {
            Scenario s = ScenarioFixtures.ourthe(3000, 12);
            String first = Simulation.builder(s).threads(1).build().run().toCsv();
            String second = Simulation.builder(s).threads(1).build().run().toCsv();
            assertThat(second).isEqualTo(first);
        }

        @Test
        void theThreadCountChangesNothing() {
            Scenario s = ScenarioFixtures.ourthe(5000, 6, StepUnit.WEEK).build();
            SimulationResult one = Simulation.builder(s).threads(1).build().run();
            SimulationResult three = Simulation.builder(s).threads(3).build().run();
            assertThat(three.toCsv()).isEqualTo(one.toCsv());
            assertThat(three.toJson()).isEqualTo(one.toJson());
            for (int h = 0; h < one.households(); h++) {
                assertThat(three.pathway(h)).isEqualTo(one.pathway(h));
            }
        }

        @Test
        void anotherSeedGivesAnotherRun() {
            Scenario s = ScenarioFixtures.ourthe(3000, 6);
            String a = Simulation.builder(s).threads(1).build().run().toCsv();
            String b =
                    Simulation.builder(s.withSeed(43)).threads(1).build().run().toCsv();
            assertThat(b).isNotEqualTo(a);
        }
    }

    @Nested
    class Conservation {
        @Test
        void everyHouseholdIsInExactlyOneStatusEachStep() {
            for (int t = 0; t < RUN.steps(); t++) {
                for (Area area : RUN.areas()) {
                    double sum = 0;
                    for (HouseholdStatus status : HouseholdStatus.values()) {
                        sum += RUN.value(t, area.type(), area.id(), Indicator.status(status));
                    }
                    assertThat(sum)
                            .as("step %d, %s", t, area)
                            .isEqualTo(RUN.value(t, area.type(), area.id(), Indicator.HOUSEHOLDS));
                }
            }
        }

        @Test
        void householdsInASituationAreThoseWaitingOrAccompaniedByKindAndByEthos() {
            for (int t = 0; t < RUN.steps(); t++) {
                double open = RUN.territorySeries(Indicator.STATUS_WAITING)[t]
                        + RUN.territorySeries(Indicator.STATUS_ACCOMPANIED)[t];
                double byKind = 0;
                for (SituationKind k : SituationKind.values()) {
                    byKind += RUN.territorySeries(Indicator.situation(k))[t];
                }
                double byEthos = 0;
                for (be.accompaniment.situation.EthosCategory c : be.accompaniment.situation.EthosCategory.values()) {
                    byEthos += RUN.territorySeries(Indicator.ethos(c))[t];
                }
                assertThat(byKind).isEqualTo(open);
                assertThat(byEthos).isEqualTo(open);
            }
        }

        @Test
        void communesAddUpToBasinsRegionsAndTheTerritory() {
            for (Indicator i : Indicator.all()) {
                if (!i.isCount()) {
                    continue;
                }
                for (int t = 0; t < RUN.steps(); t++) {
                    double communes = 0;
                    double basins = 0;
                    for (Area a : RUN.areas()) {
                        if (a.type() == AreaType.COMMUNE) {
                            communes += RUN.value(t, a.type(), a.id(), i);
                        } else if (a.type() == AreaType.BASIN) {
                            basins += RUN.value(t, a.type(), a.id(), i);
                        }
                    }
                    double territory = RUN.territorySeries(i)[t];
                    assertThat(communes).as("%s step %d", i, t).isEqualTo(territory);
                    assertThat(basins).as("%s step %d", i, t).isEqualTo(territory);
                    assertThat(RUN.value(t, AreaType.REGION, "WALLONIA", i)).isEqualTo(territory);
                }
            }
        }

        @Test
        void noActorEverFollowsMoreHouseholdsThanItsCapacity() {
            Scenario tight = ScenarioFixtures.ourthe(4000, 12, StepUnit.MONTH)
                    .actorModel(ScenarioFixtures.scarce())
                    .build();
            SimulationResult r = Simulation.builder(tight).threads(2).build().run();
            boolean someoneFull = false;
            for (int t = 0; t < r.steps(); t++) {
                for (int a = 0; a < r.actors().size(); a++) {
                    int load = r.actorLoad(t, a);
                    int step = t;
                    int actor = a;
                    r.actorCapacity(t, a)
                            .ifPresent(c -> assertThat(load)
                                    .as("%s at step %d", r.actors().get(actor), step)
                                    .isLessThanOrEqualTo(c));
                    someoneFull |= r.actorCapacity(t, a).map(c -> load == c).orElse(false);
                }
            }
            assertThat(someoneFull).as("the scenario makes some actor full").isTrue();
            assertThat(r.total(Indicator.PASSERELLES_MADE)).isPositive();
        }

        @Test
        void everyPathwayIsValidAndEndsOnlyInTheSimulatedPeriod() {
            int withEvents = 0;
            for (int h = 0; h < RUN.households(); h++) {
                Pathway p = RUN.pathway(h);
                if (p.isEmpty()) {
                    continue;
                }
                withEvents++;
                assertThat(p.lastEventOn().orElseThrow())
                        .isBefore(RUN.scenario().endOn());
                assertThat(p.replay()).isEqualTo(p.state());
            }
            assertThat(withEvents).isEqualTo((int) RUN.territorySeries(Indicator.EVER_IN_SITUATION)[RUN.steps() - 1]);
        }

        @Test
        void flowsMatchThePathwaysEvents() {
            long made = 0;
            long opened = 0;
            for (Pathway p : RUN.pathways()) {
                for (PathwayEvent e : p.events()) {
                    if (e instanceof PasserelleMade) {
                        made++;
                    } else if (e instanceof SituationOpened o
                            && !o.on().isBefore(RUN.scenario().startOn())) {
                        opened++;
                    }
                }
            }
            assertThat(RUN.total(Indicator.PASSERELLES_MADE)).isEqualTo(made);
            assertThat(made).isPositive();
            assertThat(RUN.total(Indicator.SITUATIONS_OPENED)).isLessThanOrEqualTo(opened);
        }
    }

    @Nested
    class EdgeCases {
        @Test
        void aScenarioWithZeroIncidenceStaysEmpty() {
            Scenario s = ScenarioFixtures.ourthe(3000, 12, StepUnit.MONTH)
                    .population(PopulationModel.builder().households(3000).build())
                    .build();
            SimulationResult r = Simulation.builder(s).threads(2).build().run();
            for (Indicator i : Indicator.all()) {
                double[] series = r.territorySeries(i);
                for (double v : series) {
                    if (i == Indicator.HOUSEHOLDS || i == Indicator.STATUS_NO_SITUATION) {
                        assertThat(v).isEqualTo(3000);
                    } else if (i == Indicator.ACTOR_CAPACITY) {
                        assertThat(v).isPositive();
                    } else if (i.isCount()) {
                        assertThat(v).as(i.name()).isZero();
                    } else {
                        assertThat(v).as(i.name()).isNaN();
                    }
                }
            }
            assertThat(r.pathways()).allMatch(Pathway::isEmpty);
            assertThat(r.medianDaysToFirstContact()).isNaN();
        }

        @Test
        void withoutActorsEverySuggestionIsUnresolved() {
            Scenario s = ScenarioFixtures.ourthe(3000, 12, StepUnit.MONTH)
                    .actorModel(java.util.Optional.empty())
                    .build();
            SimulationResult r = Simulation.builder(s).threads(2).build().run();
            assertThat(r.actors()).isEmpty();
            assertThat(r.total(Indicator.PASSERELLES_UNRESOLVED)).isPositive();
            assertThat(r.total(Indicator.PASSERELLES_MADE)).isZero();
            assertThat(r.total(Indicator.PASSERELLES_ACCEPTED)).isZero();
            assertThat(r.total(Indicator.MEASURES_STARTED)).isZero();
            assertThat(r.total(Indicator.FIRST_CONTACTS)).isZero();
            assertThat(r.territorySeries(Indicator.STATUS_ACCOMPANIED)).containsOnly(0);
            assertThat(r.medianDaysToFirstContact()).isInfinite();
        }

        @Test
        void listedHouseholdsAreSimulatedWithTheirOwnSituation() {
            Household h = Household.builder()
                    .id(HouseholdId.of("case-17"))
                    .commune(ScenarioFixtures.ESNEUX)
                    .tenure(Tenure.PRIVATE_TENANT)
                    .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                    .addSituations(EvictionThreat.builder()
                            .openedOn(LocalDate.of(2025, 11, 3))
                            .demandOn(LocalDate.of(2025, 11, 3))
                            .procedure(EvictionProcedure.REQUETE)
                            .filedOn(LocalDate.of(2025, 12, 1))
                            .build())
                    .build();
            Scenario s = ScenarioFixtures.ourthe(0, 6, StepUnit.MONTH)
                    .addHouseholds(h)
                    .build();
            SimulationResult r = Simulation.builder(s).threads(1).build().run();
            assertThat(r.households()).isEqualTo(1);
            assertThat(r.householdId(0)).isEqualTo(HouseholdId.of("case-17"));
            List<PathwayEvent> events = r.pathway(0).events();
            assertThat(events.get(0))
                    .isEqualTo(SituationOpened.of(SituationKind.EVICTION_THREAT, LocalDate.of(2025, 11, 3)));
            assertThat(events)
                    .anyMatch(e -> e instanceof SituationWorsened w && w.stage().equals("CPAS_NOTIFIED")
                            || e instanceof PasserelleMade);
        }

        @Test
        void aListedHouseholdInTwoSituationsIsRefused() {
            Household h = Household.builder()
                    .id(HouseholdId.of("case-18"))
                    .commune(ScenarioFixtures.ESNEUX)
                    .tenure(Tenure.PRIVATE_TENANT)
                    .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                    .addSituations(
                            FamilyRupture.of(FamilyRuptureCause.SEPARATION, LocalDate.of(2025, 12, 1)),
                            FamilyRupture.of(FamilyRuptureCause.SEPARATION, LocalDate.of(2025, 12, 2)))
                    .build();
            Scenario s = ScenarioFixtures.ourthe(0, 6, StepUnit.MONTH)
                    .addHouseholds(h)
                    .build();
            assertThatThrownBy(() -> Simulation.of(s).run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("one situation at a time, was 2");
        }

        @Test
        void aListedHouseholdWhoseSituationIsOverIsRefused() {
            Household h = Household.builder()
                    .id(HouseholdId.of("case-20"))
                    .commune(ScenarioFixtures.ESNEUX)
                    .tenure(Tenure.PRIVATE_TENANT)
                    .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                    .addSituations(FamilyRupture.builder()
                            .openedOn(LocalDate.of(2025, 12, 1))
                            .cause(FamilyRuptureCause.SEPARATION)
                            .leftHomeOn(LocalDate.of(2025, 12, 1))
                            .rehousedOn(LocalDate.of(2025, 12, 20))
                            .build())
                    .build();
            Scenario s = ScenarioFixtures.ourthe(0, 6, StepUnit.MONTH)
                    .addHouseholds(h)
                    .build();
            assertThatThrownBy(() -> Simulation.of(s).run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("households[case-20].situations[0]")
                    .hasMessageContaining("must be open, in one of the stages [AT_HOME, LEFT_HOME], was REHOUSED");
        }

        @Test
        void aListedHouseholdOutsideTheTerritoryIsRefused() {
            Household h = Household.builder()
                    .id(HouseholdId.of("case-19"))
                    .commune(be.accompaniment.territory.NisCode.parse("62063"))
                    .tenure(Tenure.PRIVATE_TENANT)
                    .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1980))
                    .build();
            Scenario s = ScenarioFixtures.ourthe(0, 6, StepUnit.MONTH)
                    .addHouseholds(h)
                    .build();
            assertThatThrownBy(() -> Simulation.of(s).run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be a commune of the territory, was 62063");
        }

        @Test
        void anUnknownBasinInAnInterventionIsRefused() {
            Scenario s = ScenarioFixtures.ourthe(100, 3)
                    .withIntervention(AddActor.inBasin(ScenarioFixtures.START, ActorKind.APL, "Nowhere", 10));
            assertThatThrownBy(() -> Simulation.of(s).run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must name a basin of the scenario, was Nowhere");
        }
    }

    @Nested
    class Interventions {
        @Test
        void anAddedActorJoinsTheDirectoryOnItsDay() {
            LocalDate july = LocalDate.of(2026, 7, 1);
            Scenario s = ScenarioFixtures.ourthe(3000, 12, StepUnit.MONTH)
                    .actorModel(ScenarioFixtures.scarce())
                    .build()
                    .withIntervention(AddActor.inBasin(july, ActorKind.APL, "Ourthe-Amblève", 40));
            SimulationResult r = Simulation.builder(s).threads(2).build().run();
            int added = r.actors().indexOf(be.accompaniment.actor.ActorId.of("apl-added-ourthe-ambleve"));
            assertThat(added).isNotNegative();
            for (int t = 0; t < r.steps(); t++) {
                if (r.days().get(t).isBefore(july)) {
                    assertThat(r.actorCapacity(t, added)).isEmpty();
                    assertThat(r.actorLoad(t, added)).isZero();
                } else {
                    assertThat(r.actorCapacity(t, added)).contains(40);
                }
            }
            assertThat(r.pathways().stream()
                            .flatMap(p -> p.events().stream())
                            .filter(e -> e instanceof PasserelleMade m
                                    && m.receiver().value().equals("apl-added-ourthe-ambleve"))
                            .map(PathwayEvent::on))
                    .isNotEmpty()
                    .allMatch(d -> !d.isBefore(july));
        }

        @Test
        void scaledCapacityAppliesFromItsDay() {
            LocalDate april = LocalDate.of(2026, 4, 1);
            Scenario s = ScenarioFixtures.ourthe(3000, 6).withIntervention(ScaleCapacity.of(april, ActorKind.CPAS, 2));
            SimulationResult base =
                    Simulation.of(ScenarioFixtures.ourthe(3000, 6)).run();
            SimulationResult r = Simulation.of(s).run();
            int cpas = r.actors().indexOf(be.accompaniment.actor.ActorId.of("cpas-62032"));
            assertThat(r.actorCapacity(0, cpas)).isEqualTo(base.actorCapacity(0, cpas));
            assertThat(r.actorCapacity(3, cpas).orElseThrow())
                    .isEqualTo(2 * base.actorCapacity(3, cpas).orElseThrow());
        }

        @Test
        void scaledCapacityInABasinChangesOnlyTheActorsSeatedThere() {
            LocalDate april = LocalDate.of(2026, 4, 1);
            Scenario base = ScenarioFixtures.ourthe(3000, 6, StepUnit.MONTH)
                    .basins(List.of(
                            be.accompaniment.territory.Territory.of(
                                    "Ourthe", ScenarioFixtures.ESNEUX, ScenarioFixtures.COMBLAIN),
                            be.accompaniment.territory.Territory.of(
                                    "Amblève", ScenarioFixtures.AYWAILLE, ScenarioFixtures.SPRIMONT)))
                    .build();
            ScaleCapacity inOurthe = ScaleCapacity.builder()
                    .effectiveFrom(april)
                    .actorKind(ActorKind.CPAS)
                    .factor(2)
                    .basin("Ourthe")
                    .build();
            SimulationResult before = Simulation.of(base).run();
            SimulationResult r = Simulation.of(base.withIntervention(inOurthe)).run();
            int esneux = r.actors().indexOf(be.accompaniment.actor.ActorId.of("cpas-62032"));
            int aywaille = r.actors().indexOf(be.accompaniment.actor.ActorId.of("cpas-62009"));
            assertThat(r.actorCapacity(3, esneux).orElseThrow())
                    .isEqualTo(2 * before.actorCapacity(3, esneux).orElseThrow());
            assertThat(r.actorCapacity(3, aywaille)).isEqualTo(before.actorCapacity(3, aywaille));

            ScaleCapacity nowhere =
                    ScaleCapacity.builder().from(inOurthe).basin("Vesdre").build();
            assertThatThrownBy(
                            () -> Simulation.of(base.withIntervention(nowhere)).run())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("scenario ourthe-test interventions scale-capacity.basin: must name a basin of the"
                            + " scenario, was Vesdre");
        }

        @Test
        void extendingTheMoratoriumStopsWinterEvictionsOfPrivateTenants() {
            LocalDate from = LocalDate.of(2026, 9, 1);
            Scenario.Builder b = ScenarioFixtures.ourthe(20000, 24, StepUnit.MONTH)
                    .population(PopulationModel.builder()
                            .households(20000)
                            .tenure(ImmutableMap.of(Tenure.PRIVATE_TENANT, 1.0))
                            .addIncidence(SituationIncidence.builder()
                                    .situation(SituationKind.EVICTION_THREAT)
                                    .prevalence(0.01)
                                    .perYear(0.03)
                                    .build())
                            .build())
                    .behaviour(Behaviour.builder().defaultAcceptance(0).build());
            Scenario baseline = b.build();
            Scenario extended = baseline.withIntervention(ExtendMoratorium.toAllLeases(from));
            List<LocalDate> before = executions(Simulation.of(baseline).run());
            List<LocalDate> after = executions(Simulation.of(extended).run());
            assertThat(before).anyMatch(d -> !d.isBefore(from) && inWinter(d));
            assertThat(after).noneMatch(d -> !d.isBefore(from) && inWinter(d));
            assertThat(after).isNotEmpty();
        }

        @Test
        void socialTenantsInWalloniaWhoAcceptBudgetGuidanceAreNeverEvictedInWinter() {
            Scenario s = ScenarioFixtures.ourthe(20000, 24, StepUnit.MONTH)
                    .population(PopulationModel.builder()
                            .households(20000)
                            .tenure(ImmutableMap.of(Tenure.SOCIAL_TENANT, 1.0))
                            .addIncidence(SituationIncidence.builder()
                                    .situation(SituationKind.EVICTION_THREAT)
                                    .prevalence(0.01)
                                    .perYear(0.03)
                                    .build())
                            .build())
                    .behaviour(Behaviour.builder()
                            .defaultAcceptance(1)
                            .consentRate(1)
                            .build())
                    .build();
            SimulationResult r = Simulation.of(s).run();
            List<LocalDate> executions = new ArrayList<>();
            for (Pathway p : r.pathways()) {
                for (PathwayEvent e : p.events()) {
                    if (e instanceof be.accompaniment.pathway.HouseholdRelocated) {
                        break; // the household may no longer be a social tenant
                    }
                    if (e instanceof SituationWorsened w && w.stage().equals("EXECUTED")) {
                        executions.add(w.on());
                    }
                }
            }
            assertThat(executions).isNotEmpty().noneMatch(SimulationTest::inWinter);
        }

        @Test
        void socialTenantsWhoRefuseBudgetGuidanceLoseTheWinterMoratorium() {
            Scenario s = ScenarioFixtures.ourthe(20000, 24, StepUnit.MONTH)
                    .population(PopulationModel.builder()
                            .households(20000)
                            .tenure(ImmutableMap.of(Tenure.SOCIAL_TENANT, 1.0))
                            .addIncidence(SituationIncidence.builder()
                                    .situation(SituationKind.EVICTION_THREAT)
                                    .prevalence(0.01)
                                    .perYear(0.03)
                                    .build())
                            .build())
                    .behaviour(Behaviour.builder().defaultAcceptance(0).build())
                    .build();
            assertThat(executions(Simulation.of(s).run())).anyMatch(SimulationTest::inWinter);
        }
    }

    static boolean inWinter(LocalDate d) {
        MonthDay m = MonthDay.from(d);
        return !m.isBefore(MonthDay.of(11, 1)) || !m.isAfter(MonthDay.of(3, 15));
    }

    private static List<LocalDate> executions(SimulationResult r) {
        List<LocalDate> out = new ArrayList<>();
        for (Pathway p : r.pathways()) {
            for (PathwayEvent e : p.events()) {
                if (e instanceof SituationWorsened w && w.stage().equals("EXECUTED")) {
                    out.add(w.on());
                }
            }
        }
        return out;
    }

    @Nested
    class Configuration {
        private final Scenario scenario =
                ScenarioFixtures.ourthe(2000, 6, StepUnit.MONTH).build();

        @Test
        void theGivenGazetteerAndBundledRulebookGiveTheDefaultRun() {
            Simulation given = Simulation.builder(scenario)
                    .gazetteer(Gazetteer.belgium())
                    .rulebooks(List.of(Rulebook.bundled(Region.WALLONIA)))
                    .threads(1)
                    .build();
            assertThat(given.scenario()).isSameAs(scenario);
            assertThat(given.run().toCsv())
                    .isEqualTo(Simulation.builder(scenario)
                            .threads(1)
                            .build()
                            .run()
                            .toCsv());
        }

        @Test
        void withoutRulebooksNoHouseholdIsAdvised() {
            SimulationResult r = Simulation.builder(scenario)
                    .rulebooks(List.of())
                    .threads(1)
                    .build()
                    .run();
            assertThat(r.total(Indicator.SITUATIONS_OPENED)).isPositive();
            assertThat(r.total(Indicator.PASSERELLES_MADE)).isZero();
            assertThat(r.total(Indicator.PASSERELLES_UNRESOLVED)).isZero();
            assertThat(r.total(Indicator.MEASURES_STARTED)).isZero();
        }
    }

    @Test
    void theRegionOfTheTerritoryIsReported() {
        assertThat(RUN.areas())
                .extracting(Area::type, Area::id)
                .contains(org.assertj.core.groups.Tuple.tuple(AreaType.REGION, Region.WALLONIA.name()));
    }
}
