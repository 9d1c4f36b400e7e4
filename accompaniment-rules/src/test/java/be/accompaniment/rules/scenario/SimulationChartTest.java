package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationChartTest {
    private static final SimulationResult RUN =
            Simulation.of(ScenarioFixtures.ourthe(1500, 6)).run();

    /**
     * Checks the document is well formed the simple way (the module does not read java.xml; the examples' tests
     * parse the CLI's chart with an XML parser): one root, every element closed, no bare ampersand.
     */
    private static void parse(String svg) {
        assertThat(svg)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .endsWith("</svg>\n");
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("<(/?)([a-z]+)[^>]*?(/?)>").matcher(svg);
        while (m.find()) {
            if (m.group(1).isEmpty() && m.group(3).isEmpty()) {
                open.push(m.group(2));
            } else if (!m.group(1).isEmpty()) {
                assertThat(open.pop()).isEqualTo(m.group(2));
            }
        }
        assertThat(open).isEmpty();
        assertThat(svg.replaceAll("&(amp|lt|gt|quot);", "")).doesNotContain("&");
    }

    private static int count(String svg, String element) {
        return svg.split("<" + element + " ", -1).length - 1;
    }

    @Test
    void theMainChartHasTwoPanelsWithALinePerFigure() {
        String svg = SimulationChart.svg(RUN);
        parse(svg);
        assertThat(count(svg, "polyline")).isGreaterThanOrEqualTo(4);
        assertThat(svg).contains("Households by status", "Flows per step", "passerelles_made", "2026-01-01");
        assertThat(SimulationChart.svg(RUN)).isEqualTo(svg);
    }

    @Test
    void chosenFiguresOfAnArea() {
        String svg = SimulationChart.svg(
                RUN, AreaType.COMMUNE, "62032", List.of(Indicator.STATUS_WAITING), "Esneux <waiting> & more");
        parse(svg);
        assertThat(svg).contains("Esneux &lt;waiting&gt; &amp; more");
        assertThatThrownBy(() -> SimulationChart.svg(RUN, AreaType.COMMUNE, "62032", List.of(), "x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be 1 to 8, was 0");
        assertThatThrownBy(() -> SimulationChart.svg(RUN, AreaType.COMMUNE, "1", List.of(Indicator.HOUSEHOLDS), "x"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aComparisonShowsBothMeansAndABand() {
        Comparison c = Comparison.of(List.of(RUN, RUN), List.of(RUN, RUN));
        String svg = SimulationChart.svg(c, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.STATUS_WAITING);
        parse(svg);
        assertThat(svg).contains("baseline", "intervention", "<polygon");
    }

    @Test
    void roundsTheScaleUpToANiceNumber() {
        assertThat(SimulationChart.niceCeiling(0)).isEqualTo(1);
        assertThat(SimulationChart.niceCeiling(7)).isEqualTo(8);
        assertThat(SimulationChart.niceCeiling(180)).isEqualTo(200);
        assertThat(SimulationChart.niceCeiling(201)).isEqualTo(250);
        assertThat(SimulationChart.niceCeiling(1100)).isEqualTo(1500);
        assertThat(SimulationChart.niceCeiling(9000)).isEqualTo(10000);
    }
}
