package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

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

    /** The points of the n-th polyline, as {x, y} pairs. */
    private static double[][] polyline(String svg, int nth) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("<polyline points=\"([^\"]*)\"").matcher(svg);
        for (int i = 0; i <= nth; i++) {
            assertThat(m.find()).isTrue();
        }
        return java.util.Arrays.stream(m.group(1).split(" "))
                .map(xy -> java.util.Arrays.stream(xy.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toArray(double[][]::new);
    }

    @Test
    void placesEveryValueOnTheScaleOfItsPanel() {
        // one panel 320 high under a 40 title band, plotted from x = 70 to 960 - 250 = 710
        double[] waiting = RUN.series(AreaType.COMMUNE, "62032", Indicator.STATUS_WAITING);
        double[] accompanied = RUN.series(AreaType.COMMUNE, "62032", Indicator.STATUS_ACCOMPANIED);
        String svg = SimulationChart.svg(
                RUN,
                AreaType.COMMUNE,
                "62032",
                List.of(Indicator.STATUS_WAITING, Indicator.STATUS_ACCOMPANIED),
                "Esneux");
        double max = java.util.stream.DoubleStream.concat(
                        java.util.Arrays.stream(waiting), java.util.Arrays.stream(accompanied))
                .max()
                .orElseThrow();
        double yMax = SimulationChart.niceCeiling(max);
        int n = RUN.days().size();
        for (int line = 0; line < 2; line++) {
            double[] values = line == 0 ? waiting : accompanied;
            double[][] points = polyline(svg, line);
            assertThat(points.length).isEqualTo(n);
            for (int t = 0; t < n; t++) {
                assertThat(points[t][0]).isCloseTo(70 + 640.0 * t / (n - 1), offset(0.051));
                assertThat(points[t][1]).isCloseTo(360 - 320 * values[t] / yMax, offset(0.051));
            }
        }
        assertThat(svg)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                        + " width=\"960\" height=\"410\" viewBox=\"0 0 960 410\"")
                // the y ticks: 0 at the bottom, the nice ceiling at the top, six in all
                .contains("<text x=\"64\" y=\"364.0\" text-anchor=\"end\">0</text>")
                .contains("<text x=\"64\" y=\"44.0\" text-anchor=\"end\">" + SimulationResult.format(yMax) + "</text>")
                .contains("<text x=\"70\" y=\"24\" font-size=\"15\" font-weight=\"bold\">Esneux</text>")
                // the first day labelled under the first point, legends right of the plot
                .contains("<text x=\"70.0\" y=\"380\" text-anchor=\"middle\">2026-01-01</text>")
                .contains("<line x1=\"730\" y1=\"50\" x2=\"754\" y2=\"50\"")
                .contains("<text x=\"760\" y=\"74\">status_accompanied</text>");
        assertThat(count(svg, "text") - 2 - 1 - 6).as("x labels").isEqualTo((n + ((n + 7) / 8) - 1) / ((n + 7) / 8));
        String two = SimulationChart.svg(RUN);
        assertThat(two).contains(" height=\"820\" ").contains("y=\"434\" font-size=\"15\"");
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
