package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.CoordinationAnalysisGenerators.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageAnalyzerTest {
    private static final NisCode AYWAILLE = NisCode.of(62009);
    private static final NisCode COMBLAIN = NisCode.of(62026);
    private static final NisCode ESNEUX = NisCode.of(62032);
    private static final NisCode SPRIMONT = NisCode.of(62100);
    private static final List<NisCode> OURTHE = List.of(AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT);
    private static final Territory TERRITORY = Territory.of("Ourthe-Amblève", OURTHE);

    /** A CPAS per commune, an SLSP and an AIS over the four, an APL in Esneux only. */
    private static List<Actor> ourthe() {
        List<Actor> actors = new ArrayList<>();
        for (NisCode c : OURTHE) {
            actors.add(actor(ActorId.of("cpas-" + c), ActorKind.CPAS, List.of(c), Set.of()));
        }
        actors.add(actor(ActorId.of("slsp-ourthe"), ActorKind.SLSP, OURTHE, Set.of()));
        actors.add(actor(ActorId.of("ais-ourthe"), ActorKind.AIS, OURTHE, Set.of()));
        actors.add(actor(ActorId.of("apl-esneux"), ActorKind.APL, List.of(ESNEUX), Set.of()));
        return actors;
    }

    private static List<String> gapIds(CoverageReport report) {
        return report.gaps().stream()
                .map(g -> g.expectation().id() + g.commune().map(c -> "@" + c).orElse(""))
                .toList();
    }

    @Test
    void findsWhatTheWalloonModelMissesInOurtheAmbleve() {
        CoverageReport report = CoverageAnalyzer.bundled().analyse(TERRITORY, ActorDirectory.of(ourthe()));
        assertThat(gapIds(report))
                .containsExactly(
                        "wal-technical-assistance@62009",
                        "wal-technical-assistance@62026",
                        "wal-technical-assistance@62100",
                        "wal-regie-where-ais",
                        "wal-relais-social",
                        "wal-housing-first",
                        "wal-emergency-accommodation");
        CoverageGap regie = report.gaps().get(3);
        assertThat(regie.triggeredBy()).containsExactly(ActorId.of("ais-ourthe"));
        assertThat(regie.describe(Language.EN))
                .isEqualTo("Missing in the territory: Neighbourhood works agency (régie de quartier)."
                        + " Expected where present: Social rental agency (AIS) (ais-ourthe).");
        assertThat(report.gaps()
                        .get(0)
                        .describe(Language.EN, c -> c.equals(AYWAILLE) ? "Aywaille" : "?", ActorId::value))
                .isEqualTo("Missing in Aywaille: Technical assistance on the dwelling (any actor).");
        assertThat(report.unassessedRegions()).isEmpty();
        assertThat(report.isComplete()).isFalse();
    }

    @Test
    void anAplWithoutAisIsNotExpected() {
        List<Actor> actors = new ArrayList<>(ourthe());
        actors.removeIf(a -> a.kind() == ActorKind.AIS);
        CoverageReport report = CoverageAnalyzer.bundled().analyse(TERRITORY, ActorDirectory.of(actors));
        assertThat(gapIds(report)).contains("wal-ais").doesNotContain("wal-apl-where-ais", "wal-regie-where-ais");
    }

    @Test
    void reportsCommunesServedByASingleActor() {
        CoverageReport report = CoverageAnalyzer.bundled().analyse(TERRITORY, ActorDirectory.of(ourthe()));
        // CPAS, AIS and SLSP all accompany in housing; the CPAS and the AIS search dwellings; the CPAS alone guides
        // budgets and the CPAS and SLSP offer transit housing; the APL alone helps technically in Esneux
        assertThat(report.singleProviders())
                .contains(
                        SingleProvider.of(AYWAILLE, ServiceKind.BUDGET_GUIDANCE, ActorId.of("cpas-62009")),
                        SingleProvider.of(ESNEUX, ServiceKind.TECHNICAL_ASSISTANCE, ActorId.of("apl-esneux")))
                .noneMatch(s -> s.service() == ServiceKind.HOUSING_ACCOMPANIMENT);
        assertThat(report.singleProviders().get(0).describe(Language.FR, c -> "Aywaille", ActorId::value))
                .isEqualTo("Aywaille dépend du seul cpas-62009 pour Guidance budgétaire et médiation de dettes.");
    }

    @Test
    void keepsOnlyTheUnmetDemandOfTheTerritory() {
        List<UnresolvedDemand> demand = List.of(
                UnresolvedDemand.of(COMBLAIN, Optional.of(ActorKind.APL), Optional.empty(), "wal-renovation", 3),
                UnresolvedDemand.of(COMBLAIN, Optional.of(ActorKind.APL), Optional.empty(), "wal-renovation", 1),
                UnresolvedDemand.of(
                        ESNEUX,
                        Optional.of(ActorKind.REGIE_DE_QUARTIER),
                        Optional.of(ServiceKind.RENOVATION_WORKS),
                        "wal-collective",
                        2),
                UnresolvedDemand.of(NisCode.of(92142), Optional.of(ActorKind.APL), Optional.empty(), "x", 5));
        CoverageReport report = CoverageAnalyzer.bundled().analyse(TERRITORY, ActorDirectory.of(ourthe()), demand);
        UnmetDemand unmet = report.unmetDemand();
        assertThat(unmet.total()).isEqualTo(6);
        assertThat(unmet.demand()).hasSize(2);
        assertThat(unmet.byCommune()).containsExactly(Map.entry(COMBLAIN, 4), Map.entry(ESNEUX, 2));
        assertThat(unmet.byKind())
                .containsExactly(Map.entry(ActorKind.APL, 4), Map.entry(ActorKind.REGIE_DE_QUARTIER, 2));
        assertThat(unmet.byService()).containsExactly(Map.entry(ServiceKind.RENOVATION_WORKS, 2));
        assertThat(report.report(Language.EN))
                .contains("Suggestions that found no actor: 6")
                .contains("by commune: 62026 4, 62032 2")
                .contains("by kind: Housing promotion association (APL) 4")
                .contains("by service: " + Labels.of(ServiceKind.RENOVATION_WORKS, Language.EN) + " 2\n");
        assertThat(report.toString())
                .startsWith("CoverageReport{Ourthe-Amblève, ")
                .endsWith(", 6 unmet}");
    }

    @Test
    void leavesOutRegionsWithoutModel() {
        Territory mixed = Territory.of("Mixte", AYWAILLE, NisCode.of(11002));
        CoverageReport report = CoverageAnalyzer.of(
                        List.of(CoverageModel.bundled(Region.WALLONIA).orElseThrow()))
                .analyse(mixed, ActorDirectory.of(ourthe()));
        assertThat(report.unassessedRegions()).containsExactly(Region.FLANDERS);
        assertThat(report.gaps()).allSatisfy(g -> assertThat(g.region()).isEqualTo(Region.WALLONIA));
        assertThat(report.report(Language.EN)).contains("Not assessed, no model for: Flemish Region");
        CoverageReport brussels = CoverageAnalyzer.of(
                        List.of(CoverageModel.bundled(Region.WALLONIA).orElseThrow()))
                .analyse(Territory.of("Bruxelles", NisCode.of(21004)), ActorDirectory.empty());
        assertThat(brussels.unassessedRegions()).containsExactly(Region.BRUSSELS_CAPITAL);
    }

    @Test
    void aCompleteTerritoryHasNoGap() {
        CoverageModel model = CoverageModel.builder()
                .region(Region.WALLONIA)
                .name("CPAS seulement")
                .addExpectations(CoverageExpectation.builder()
                        .id("cpas")
                        .scope(ExpectationScope.EVERY_COMMUNE)
                        .kind(ActorKind.CPAS)
                        .note("Un CPAS par commune")
                        .build())
                .build();
        CoverageReport report = CoverageAnalyzer.of(List.of(model)).analyse(TERRITORY, ActorDirectory.of(ourthe()));
        assertThat(report.isComplete()).isTrue();
        assertThat(report.report(Language.EN))
                .isEqualTo("Coverage of Ourthe-Amblève (communes: 4)\n  Gaps: 0\n"
                        + "  Communes depending on a single actor: 0\n  Suggestions that found no actor: 0\n");
    }

    @Test
    void matchesAKindOfferingAService() {
        CoverageModel model = CoverageModel.builder()
                .region(Region.WALLONIA)
                .name("APL technique")
                .addExpectations(CoverageExpectation.builder()
                        .id("apl-technique")
                        .scope(ExpectationScope.EVERY_COMMUNE)
                        .kind(ActorKind.APL)
                        .service(ServiceKind.TECHNICAL_ASSISTANCE)
                        .note("Une APL qui aide techniquement")
                        .build())
                .build();
        CoverageReport report = CoverageAnalyzer.of(List.of(model)).analyse(TERRITORY, ActorDirectory.of(ourthe()));
        assertThat(report.gaps())
                .extracting(g -> g.commune().orElseThrow())
                .containsExactly(AYWAILLE, COMBLAIN, SPRIMONT);
        assertThat(report.gaps().get(0).describe(Language.EN))
                .isEqualTo("Missing in 62009: Housing promotion association (APL) offering Technical"
                        + " assistance on the dwelling.");
    }

    @Test
    void refusesTwoModelsForOneRegion() {
        CoverageModel wallonia = CoverageModel.bundled(Region.WALLONIA).orElseThrow();
        assertThatThrownBy(() -> CoverageAnalyzer.of(List.of(wallonia, wallonia)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("coverage analyzer: models"))
                .hasMessageContaining("was WALLONIA twice");
    }

    @Test
    void bundledModelsCoverWalloniaAndBrussels() {
        assertThat(CoverageAnalyzer.bundled().models())
                .extracting(CoverageModel::region)
                .containsExactly(Region.WALLONIA, Region.BRUSSELS_CAPITAL);
        assertThat(CoverageModel.bundled(Region.FLANDERS)).isEmpty();
        CoverageModel wallonia = CoverageModel.bundled(Region.WALLONIA).orElseThrow();
        assertThat(wallonia.expectations())
                .extracting(CoverageExpectation::id)
                .contains("wal-cpas", "wal-ais", "wal-apl-where-ais", "wal-regie-where-ais", "wal-housing-first");
        CoverageModel brussels = CoverageModel.bundled(Region.BRUSSELS_CAPITAL).orElseThrow();
        assertThat(brussels.expectations())
                .extracting(CoverageExpectation::id)
                .contains("bru-cpas", "bru-sisp", "bru-ais", "bru-tenants-union");
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Territory.class, TERRITORY)
                .setDefault(ActorDirectory.class, ActorDirectory.empty());
        tester.testAllPublicStaticMethods(CoverageAnalyzer.class);
        tester.testAllPublicInstanceMethods(CoverageAnalyzer.bundled());
    }
}
