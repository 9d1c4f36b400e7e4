package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.rules.coordination.CoordinationAnalysisGenerators.Planted;
import be.accompaniment.territory.NisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Coverage analysis over generated directories whose gaps were planted. */
class CoverageAnalyzerProperties {
    /** The gaps the plan implies, as "expectation@commune" or "expectation", in report order. */
    private static List<String> plannedGaps(Planted p) {
        List<String> gaps = new ArrayList<>();
        List<NisCode> communes = List.copyOf(p.territory().communes());
        for (CoverageExpectation e : p.model().expectations()) {
            Object target = e.kind().isPresent() ? e.kind().get() : e.service().orElseThrow();
            if (e.scope() == ExpectationScope.EVERY_COMMUNE) {
                for (NisCode c : communes) {
                    boolean applies =
                            e.whenPresent().map(k -> p.count(c, k) > 0).orElse(true);
                    if (applies && p.count(c, target) == 0) {
                        gaps.add(e.id() + "@" + c);
                    }
                }
            } else {
                boolean applies = e.whenPresent()
                        .map(k -> communes.stream().anyMatch(c -> p.count(c, k) > 0))
                        .orElse(true);
                if (applies && communes.stream().allMatch(c -> p.count(c, target) == 0)) {
                    gaps.add(e.id());
                }
            }
        }
        return gaps;
    }

    private static List<String> plannedSingles(Planted p) {
        List<String> singles = new ArrayList<>();
        for (NisCode c : p.territory().communes()) {
            for (ServiceKind s : p.model().singleProviderServices()) {
                if (p.count(c, s) == 1) {
                    singles.add(c + "/" + s);
                }
            }
        }
        return singles;
    }

    @Test
    void findsExactlyThePlantedGaps() {
        qt().withExamples(500).forAll(CoordinationAnalysisGenerators.planted()).checkAssert(p -> {
            CoverageReport report = CoverageAnalyzer.bundled().analyse(p.territory(), p.directory());
            assertThat(report.gaps())
                    .extracting(g ->
                            g.expectation().id() + g.commune().map(c -> "@" + c).orElse(""))
                    .containsExactlyElementsOf(plannedGaps(p));
        });
    }

    @Test
    void findsExactlyThePlantedSingleProviders() {
        qt().withExamples(500).forAll(CoordinationAnalysisGenerators.planted()).checkAssert(p -> {
            CoverageReport report = CoverageAnalyzer.bundled().analyse(p.territory(), p.directory());
            assertThat(report.singleProviders())
                    .extracting(s -> s.commune() + "/" + s.service())
                    .containsExactlyElementsOf(plannedSingles(p));
        });
    }

    @Test
    void gapsOfConditionalExpectationsNameTheirTriggers() {
        qt().withExamples(300).forAll(CoordinationAnalysisGenerators.planted()).checkAssert(p -> {
            CoverageReport report = CoverageAnalyzer.bundled().analyse(p.territory(), p.directory());
            for (CoverageGap g : report.gaps()) {
                assertThat(g.triggeredBy().isEmpty())
                        .isEqualTo(g.expectation().whenPresent().isEmpty());
                for (ActorId trigger : g.triggeredBy()) {
                    assertThat(p.directory().actor(trigger).orElseThrow().kind())
                            .isEqualTo(g.expectation().whenPresent().orElseThrow());
                }
            }
        });
    }

    @Test
    void countsTheUnmetDemandOfTheTerritoryOnly() {
        qt().withExamples(300).forAll(CoordinationAnalysisGenerators.planted()).checkAssert(p -> {
            CoverageReport report = CoverageAnalyzer.bundled().analyse(p.territory(), p.directory(), p.demand());
            Map<NisCode, Integer> expected = new TreeMap<>();
            p.demand().stream()
                    .filter(d -> p.territory().contains(d.commune()))
                    .forEach(d -> expected.merge(d.commune(), d.count(), Integer::sum));
            assertThat(report.unmetDemand().byCommune()).isEqualTo(expected);
            assertThat(report.unmetDemand().total())
                    .isEqualTo(expected.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum());
        });
    }
}
