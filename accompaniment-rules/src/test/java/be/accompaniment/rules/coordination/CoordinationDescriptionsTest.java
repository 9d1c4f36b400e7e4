package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the coordination types say of themselves in logs, and the order of unmet demand. */
class CoordinationDescriptionsTest {
    private static final NisCode ESNEUX = NisCode.of(62032);

    @Test
    void describeThemselvesByTheirSizes() {
        Complementarity table = Complementarity.bundled();
        assertThat(table.toString())
                .isEqualTo("Complementarity{" + table.kindPairs().size() + " kind pairs, "
                        + table.sectorPairs().size() + " sector pairs}");
        assertThat(MatchMaker.withDefaults().withSearch(3, 9).toString())
                .isEqualTo("MatchMaker{" + table + ", 3 perturbations, seed 9}");
        CoverageModel wallonia = CoverageModel.bundled().stream()
                .filter(m -> m.region() == Region.WALLONIA)
                .findFirst()
                .orElseThrow();
        assertThat(wallonia.toString())
                .isEqualTo("CoverageModel{WALLONIA, " + wallonia.expectations().size() + " expectations}");
        assertThat(CoverageAnalyzer.bundled().toString())
                .startsWith("CoverageAnalyzer[")
                .contains("WALLONIA");
        assertThat(Basins.bundled().toString()).startsWith("Basins[").contains("Liège");
        assertThat(Diagrams.in(Language.NL).toString()).isEqualTo("Diagrams{NL}");
    }

    @Test
    void unmetDemandWithoutKindOrServiceComesFirstInItsCommune() {
        ActorKind first = ActorKind.values()[0];
        ServiceKind firstService = ServiceKind.values()[0];
        UnresolvedDemand kindOnly = UnresolvedDemand.of(ESNEUX, Optional.of(first), Optional.empty(), "r", 1);
        UnresolvedDemand kindAndService =
                UnresolvedDemand.of(ESNEUX, Optional.of(first), Optional.of(firstService), "r", 1);
        UnresolvedDemand serviceOnly = UnresolvedDemand.of(ESNEUX, Optional.empty(), Optional.of(firstService), "r", 1);
        assertThat(UnmetDemand.of(List.of(kindAndService, kindOnly, serviceOnly))
                        .demand())
                .containsExactly(serviceOnly, kindOnly, kindAndService);
    }

    @Test
    void numbersUseTheDecimalPointInEnglishOnly() {
        assertThat(Formats.number(1.5, Language.EN)).isEqualTo("1.5");
        assertThat(Formats.number(1.5, Language.FR)).isEqualTo("1,5");
        assertThat(Formats.number(3.0, Language.DE)).isEqualTo("3");
    }
}
