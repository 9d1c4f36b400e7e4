package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Tenure;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.rules.calendar.MoratoriumScope;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generated values of the scenario package, for property tests. Synthetic data only. */
final class ScenarioGenerators {
    private static final List<NisCode> COMMUNES = List.of(
            ScenarioFixtures.AYWAILLE, ScenarioFixtures.COMBLAIN, ScenarioFixtures.ESNEUX, ScenarioFixtures.SPRIMONT);

    private ScenarioGenerators() {}

    static Gen<Double> probabilities() {
        return SourceDSL.integers().between(0, 1000).map(i -> i / 1000.0);
    }

    static Gen<LocalDate> dates() {
        return SourceDSL.integers()
                .between(0, 3650)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    }

    static Gen<DayRange> dayRanges() {
        return SourceDSL.integers()
                .between(0, 200)
                .zip(SourceDSL.integers().between(0, 200), (a, b) -> DayRange.of(a, a + b));
    }

    static Gen<SituationDynamics> dynamics() {
        return Generate.enumValues(SituationKind.class)
                .zip(
                        probabilities(),
                        probabilities(),
                        probabilities(),
                        (k, w, r, x) -> SituationDynamics.builder()
                                .situation(k)
                                .worsenPerMonth(w)
                                .resolvePerMonthAccompanied(r)
                                .relocationShare(x)
                                .build());
    }

    static Gen<Behaviour> behaviours() {
        Gen<Behaviour.Builder> base = probabilities()
                .zip(
                        Generate.enumValues(CapacityPolicy.class),
                        dayRanges(),
                        (p, w, d) -> Behaviour.builder()
                                .defaultAcceptance(p)
                                .whenFull(w)
                                .contactDelayDays(d));
        return base.zip(
                Generate.enumValues(ActorKind.class),
                probabilities(),
                SourceDSL.integers().between(1, 3650),
                (b, kind, p, days) -> b.putAcceptance(kind, p)
                        .putMeasureDurationDays(MeasureKind.values()[days % MeasureKind.values().length], days)
                        .maxPasserellesPerStep(1 + days % 5)
                        .addDynamics(SituationDynamics.defaults(SituationKind.values()[days % 7]))
                        .build());
    }

    static Gen<ActorTemplate> actorTemplates() {
        return Generate.enumValues(ActorKind.class)
                .zip(SourceDSL.integers().between(-1, 100), SourceDSL.integers().between(0, 20), (k, c, m) -> {
                    ActorTemplate.Builder b = ActorTemplate.builder().kind(k).minimumCapacity(m);
                    if (c >= 0) {
                        b.capacityPerThousandHouseholds(c / 4.0);
                    }
                    return b.build();
                });
    }

    static Gen<ActorModel> actorModels() {
        return SourceDSL.lists()
                .of(actorTemplates())
                .ofSizeBetween(0, 3)
                .zip(
                        SourceDSL.lists().of(actorTemplates()).ofSizeBetween(0, 3),
                        (c, b) -> ActorModel.builder().perCommune(c).perBasin(b).build());
    }

    static Gen<SituationIncidence> incidences() {
        return Generate.enumValues(SituationKind.class)
                .zip(probabilities(), probabilities(), SourceDSL.integers().between(1, 9), (k, p, y, w) -> {
                    SituationIncidence.Builder b = SituationIncidence.builder()
                            .situation(k)
                            .prevalence(p)
                            .perYear(y);
                    List<String> stages = SituationIncidence.openStages(k);
                    b.putStages(stages.get(w % stages.size()), (double) w);
                    if (w % 2 == 0) {
                        b.addTenures(Tenure.values()[w]);
                    }
                    return b.build();
                });
    }

    static Gen<PopulationModel> populations() {
        return SourceDSL.integers()
                .between(0, 1_000_000)
                .zip(
                        incidences(),
                        SourceDSL.integers().between(1, 4),
                        (n, i, w) -> PopulationModel.builder()
                                .households(n)
                                .addIncidence(i)
                                .putCommuneWeights(COMMUNES.get(w - 1), (double) w)
                                .putTenure(Tenure.values()[w], 1.0)
                                .addComposition(CompositionShare.of(w, w - 1, w / 10.0))
                                .monthlyIncome(IncomeModel.of(100_000L * w, w / 4.0))
                                .build());
    }

    static Gen<ScenarioTerritory> territories() {
        return SourceDSL.integers().between(0, 2).map(i -> switch (i) {
            case 0 -> ScenarioTerritory.ofArrondissement(NisCode.parse("62000"));
            case 1 -> ScenarioTerritory.ofRegion(Region.WALLONIA);
            default ->
                ScenarioTerritory.ofCommunes("Ourthe-Amblève", ScenarioFixtures.AYWAILLE, ScenarioFixtures.ESNEUX);
        });
    }

    static Gen<Intervention> interventions() {
        return SourceDSL.integers()
                .between(0, 2)
                .zip(
                        dates(),
                        Generate.enumValues(ActorKind.class),
                        SourceDSL.integers().between(0, 500),
                        (i, d, k, c) -> switch (i) {
                            case 0 ->
                                c % 2 == 0
                                        ? AddActor.inBasin(d, k, "Ourthe-Amblève", c)
                                        : AddActor.builder()
                                                .effectiveFrom(d)
                                                .actorKind(k)
                                                .addCommunes(ScenarioFixtures.ESNEUX)
                                                .id("added-" + c)
                                                .build();
                            case 1 ->
                                ScaleCapacity.builder()
                                        .effectiveFrom(d)
                                        .actorKind(k)
                                        .factor(c / 100.0)
                                        .build();
                            default ->
                                ExtendMoratorium.builder()
                                        .effectiveFrom(d)
                                        .scope(MoratoriumScope.values()[c % 2])
                                        .region(Region.WALLONIA)
                                        .build();
                        });
    }

    static Gen<Scenario> scenarios() {
        Gen<Scenario.Builder> base = territories()
                .zip(
                        dates(),
                        SourceDSL.integers().between(1, 120),
                        Generate.enumValues(StepUnit.class),
                        (t, d, n, u) -> Scenario.builder()
                                .name("scenario-" + n)
                                .territory(t)
                                .startOn(d)
                                .steps(n)
                                .step(u));
        return base.zip(
                SourceDSL.longs().all(),
                populations(),
                behaviours(),
                interventions(),
                (b, seed, p, bh, i) -> b.seed(seed)
                        .population(p)
                        .behaviour(bh)
                        .addInterventions(i)
                        .actorModel(ActorModel.walloonDefaults())
                        .addBasins(Territory.of("Ourthe-Amblève", ScenarioFixtures.AYWAILLE, ScenarioFixtures.ESNEUX))
                        .build());
    }
}
