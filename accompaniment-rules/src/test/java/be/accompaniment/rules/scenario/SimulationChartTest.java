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
        List<Indicator> nine = Indicator.all().subList(0, 9);
        assertThat(count(SimulationChart.svg(RUN, AreaType.COMMUNE, "62032", nine.subList(0, 8), "x"), "polyline"))
                .isGreaterThanOrEqualTo(8);
        assertThatThrownBy(() -> SimulationChart.svg(RUN, AreaType.COMMUNE, "62032", nine, "x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be 1 to 8, was 9");
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
        return points(svg, "polyline", nth);
    }

    /** The points of the n-th element of a kind (polyline, polygon), as {x, y} pairs. */
    private static double[][] points(String svg, String element, int nth) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + element + " points=\"([^\"]*)\"")
                .matcher(svg);
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
                .contains("<text x=\"760\" y=\"74\">status_accompanied</text>")
                // grid lines and the x axis span the plot; ticks hang 5 below it
                .contains("<line x1=\"70\" y1=\"360.0\" x2=\"710\" y2=\"360.0\" stroke=\"#dddddd\"/>")
                .contains("<line x1=\"70\" y1=\"360\" x2=\"710\" y2=\"360\" stroke=\"#333333\"/>")
                .contains("<line x1=\"70.0\" y1=\"360\" x2=\"70.0\" y2=\"365\" stroke=\"#333333\"/>");
        assertThat(count(svg, "text") - 2 - 1 - 6).as("x labels").isEqualTo((n + ((n + 7) / 8) - 1) / ((n + 7) / 8));
        String two = SimulationChart.svg(RUN);
        assertThat(two).contains(" height=\"820\" ").contains("y=\"434\" font-size=\"15\"");
    }

    /** A figure missing in some steps (no first contact, no median) is drawn as one line per run of known values. */
    @Test
    void breaksALineWhereTheFigureIsMissing() {
        Area gappy = RUN.areas().stream()
                .filter(a -> runs(RUN.series(a.type(), a.id(), Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT))
                                .size()
                        >= 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no area with a gap in its median to test"));
        double[] median = RUN.series(gappy.type(), gappy.id(), Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT);
        String svg = SimulationChart.svg(
                RUN, gappy.type(), gappy.id(), List.of(Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT), "Médiane");
        parse(svg);
        List<int[]> runs = runs(median);
        int n = RUN.days().size();
        assertThat(count(svg, "polyline")).isEqualTo(runs.size());
        for (int line = 0; line < runs.size(); line++) {
            double[][] points = polyline(svg, line);
            int from = runs.get(line)[0];
            assertThat(points.length).isEqualTo(runs.get(line)[1] - from);
            for (int k = 0; k < points.length; k++) {
                assertThat(points[k][0]).isCloseTo(70 + 640.0 * (from + k) / (n - 1), offset(0.051));
            }
        }
    }

    /** The runs of finite values of a series, as {first, end} indices. */
    private static List<int[]> runs(double[] v) {
        List<int[]> runs = new java.util.ArrayList<>();
        for (int t = 0; t < v.length; t++) {
            if (Double.isFinite(v[t]) && (t == 0 || !Double.isFinite(v[t - 1]))) {
                int end = t;
                while (end < v.length && Double.isFinite(v[end])) {
                    end++;
                }
                runs.add(new int[] {t, end});
            }
        }
        return runs;
    }

    /**
     * The band of a comparison runs along the upper bounds of the interval, then back along the lower ones (never
     * below 0); a comparison of single runs has no interval, and so no band.
     */
    @Test
    void drawsTheBandAlongBothBoundsOfTheInterval() {
        Comparison c = Comparison.of(List.of(RUN, RUN), List.of(RUN, RUN));
        String svg = SimulationChart.svg(c, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.STATUS_WAITING);
        double[][] band = points(svg, "polygon", 0);
        int n = RUN.days().size();
        assertThat(band.length).isEqualTo(2 * n);
        double[][] baseline = polyline(svg, 0);
        for (int t = 0; t < n; t++) {
            // identical runs: the interval of the difference is 0 wide, both bounds on the baseline
            assertThat(band[t]).containsExactly(baseline[t]);
            assertThat(band[2 * n - 1 - t]).containsExactly(baseline[t]);
        }
        assertThat(SimulationChart.svg(
                        Comparison.of(List.of(RUN), List.of(RUN)),
                        AreaType.TERRITORY,
                        "Ourthe-Amblève",
                        Indicator.STATUS_WAITING))
                .contains("<polyline")
                .doesNotContain("<polygon")
                .doesNotContain("NaN");
    }

    /** Runs that differ give an interval of some width: the band's edges are the baseline plus its bounds. */
    @Test
    void drawsTheBandOfRunsThatDiffer() {
        List<SimulationResult> runs = java.util.stream.LongStream.of(1, 2, 3, 4)
                .mapToObj(seed -> Simulation.of(Scenario.builder()
                                .from(ScenarioFixtures.ourthe(1500, 6))
                                .seed(seed)
                                .build())
                        .run())
                .toList();
        Comparison c = Comparison.of(runs.subList(0, 2), runs.subList(2, 4));
        String svg = SimulationChart.svg(c, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.STATUS_WAITING);
        int n = RUN.days().size();
        double max = 0;
        double[] high = new double[n];
        double[] low = new double[n];
        for (int t = 0; t < n; t++) {
            Difference d = c.difference(t, AreaType.TERRITORY, "Ourthe-Amblève", Indicator.STATUS_WAITING);
            high[t] = d.baseline() + d.high();
            low[t] = Math.max(0, d.baseline() + d.low());
            max = Math.max(max, Math.max(high[t], Math.max(d.baseline(), d.intervention())));
        }
        double yMax = SimulationChart.niceCeiling(max);
        double[][] band = points(svg, "polygon", 0);
        assertThat(band.length).isEqualTo(2 * n);
        assertThat(high).as("some width").isNotEqualTo(low);
        for (int t = 0; t < n; t++) {
            assertThat(band[t][1]).isCloseTo(360 - 320 * high[t] / yMax, offset(0.051));
            assertThat(band[2 * n - 1 - t][1]).isCloseTo(360 - 320 * low[t] / yMax, offset(0.051));
        }
    }

    @Test
    void aSingleStepStandsInTheMiddleOfThePlot() {
        SimulationResult one = Simulation.of(ScenarioFixtures.ourthe(300, 1)).run();
        String svg = SimulationChart.svg(one, AreaType.TERRITORY, "Ourthe-Amblève", List.of(Indicator.HOUSEHOLDS), "x");
        double[][] points = polyline(svg, 0);
        assertThat(points.length).isEqualTo(1);
        assertThat(points[0][0]).isEqualTo(390.0);
        assertThat(svg)
                .contains("<text x=\"390.0\" y=\"380\" text-anchor=\"middle\">"
                        + one.days().get(0));
    }

    @Test
    void roundsTheScaleUpToANiceNumber() {
        assertThat(SimulationChart.niceCeiling(0)).isEqualTo(1);
        // a value already nice is its own ceiling
        assertThat(SimulationChart.niceCeiling(8)).isEqualTo(8);
        assertThat(SimulationChart.niceCeiling(0.25)).isEqualTo(0.25);
        assertThat(SimulationChart.niceCeiling(8.5)).isEqualTo(10);
        assertThat(SimulationChart.niceCeiling(7)).isEqualTo(8);
        assertThat(SimulationChart.niceCeiling(180)).isEqualTo(200);
        assertThat(SimulationChart.niceCeiling(201)).isEqualTo(250);
        assertThat(SimulationChart.niceCeiling(1100)).isEqualTo(1500);
        assertThat(SimulationChart.niceCeiling(9000)).isEqualTo(10000);
    }
}
