package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Line charts of a simulation's figures as SVG documents: plain text with a few polylines, axes, ticks and a legend,
 * readable by any browser and vector-graphics editor, with no drawing library behind it.
 *
 * <pre>{@code
 * Files.writeString(Path.of("figures.svg"), SimulationChart.svg(result));
 * }</pre>
 *
 * <p>Output is deterministic: the same figures give the same bytes. Colours are the Okabe–Ito palette, distinct for
 * colour-blind readers. All methods are stateless and thread-safe.
 */
public final class SimulationChart {
    private static final String[] COLOURS = {
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"
    };
    private static final int WIDTH = 960;
    private static final int PANEL = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 250;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private SimulationChart() {}

    /**
     * The main figures of a run for its whole territory, in two panels: households in a situation by status (waiting,
     * accompanied) and stabilised, then the flows of each step (passerelles made, accepted and declined, first
     * contacts, evictions executed, relocations, upgrades).
     *
     * @param result the result, not null
     * @return the SVG document
     */
    public static String svg(SimulationResult result) {
        Objects.requireNonNull(result, "result");
        Area territory = result.areas().get(result.areas().size() - 1);
        List<Panel> panels = List.of(
                panel(
                        result,
                        territory,
                        "Households by status — " + territory.name(),
                        List.of(
                                Indicator.STATUS_WAITING,
                                Indicator.STATUS_ACCOMPANIED,
                                Indicator.STATUS_STABILISED,
                                Indicator.PASSERELLES_WAITING)),
                panel(
                        result,
                        territory,
                        "Flows per step — " + territory.name(),
                        List.of(
                                Indicator.PASSERELLES_MADE,
                                Indicator.PASSERELLES_ACCEPTED,
                                Indicator.PASSERELLES_DECLINED,
                                Indicator.FIRST_CONTACTS,
                                Indicator.EVICTIONS_EXECUTED,
                                Indicator.RELOCATIONS,
                                Indicator.UPGRADES)));
        return document(result.scenario().name(), result.days(), panels);
    }

    /**
     * Chosen figures of one area in one panel.
     *
     * @param result the result, not null
     * @param type the kind of area, not null
     * @param area the area's identifier, not null
     * @param indicators one to eight indicators
     * @param title the panel's title, not null
     * @return the SVG document
     * @throws InvalidInputException if the area is unknown or the number of indicators out of range
     */
    public static String svg(
            SimulationResult result, AreaType type, String area, List<Indicator> indicators, String title) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(title, "title");
        if (indicators.isEmpty() || indicators.size() > COLOURS.length) {
            throw new InvalidInputException(
                    "chart indicators", "must be 1 to " + COLOURS.length + ", was " + indicators.size());
        }
        Area a = result.areas().stream()
                .filter(x -> x.type() == type && x.id().equals(area))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("area", "must be an area of the result, was " + area));
        return document(result.scenario().name(), result.days(), List.of(panel(result, a, title, indicators)));
    }

    /**
     * One figure of an area under a baseline and an intervention: the means of both over the replications and the
     * 95 % confidence band of the intervention (the baseline's mean plus the interval of the difference).
     *
     * @param comparison the comparison, not null
     * @param type the kind of area, not null
     * @param area the area's identifier, not null
     * @param indicator the indicator, not null
     * @return the SVG document
     */
    public static String svg(Comparison comparison, AreaType type, String area, Indicator indicator) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(indicator, "indicator");
        SimulationResult first = comparison.baseline().get(0);
        int steps = first.steps();
        double[] base = new double[steps];
        double[] with = new double[steps];
        double[] low = new double[steps];
        double[] high = new double[steps];
        for (int t = 0; t < steps; t++) {
            Difference d = comparison.difference(t, type, area, indicator);
            base[t] = d.baseline();
            with[t] = d.intervention();
            low[t] = d.baseline() + d.low();
            high[t] = d.baseline() + d.high();
        }
        Panel p = new Panel(
                indicator.name() + " — " + area + " (" + comparison.replications() + " replications)",
                List.of("baseline", "intervention"),
                List.of(base, with),
                low,
                high);
        return document(first.scenario().name(), first.days(), List.of(p));
    }

    private record Panel(String title, List<String> names, List<double[]> series, double[] low, double[] high) {}

    private static Panel panel(SimulationResult r, Area area, String title, List<Indicator> indicators) {
        List<String> names = new ArrayList<>();
        List<double[]> series = new ArrayList<>();
        for (Indicator i : indicators) {
            names.add(i.name());
            series.add(r.series(area.type(), area.id(), i));
        }
        return new Panel(title, names, series, null, null);
    }

    private static String document(String name, List<LocalDate> days, List<Panel> panels) {
        int height = panels.size() * (PANEL + TOP + BOTTOM);
        StringBuilder s = new StringBuilder(16_384);
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<title>")
                .append(escape(name))
                .append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        int y0 = 0;
        for (Panel p : panels) {
            drawPanel(s, p, days, y0);
            y0 += PANEL + TOP + BOTTOM;
        }
        return s.append("</svg>\n").toString();
    }

    private static void drawPanel(StringBuilder s, Panel p, List<LocalDate> days, int y0) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int top = y0 + TOP;
        int bottom = top + PANEL;
        double max = 0;
        for (double[] series : p.series()) {
            for (double v : series) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        if (p.high() != null) {
            for (double v : p.high()) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        double yMax = niceCeiling(max);
        int n = days.size();
        s.append("<text x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(y0 + 24)
                .append("\" font-size=\"15\" font-weight=\"bold\">")
                .append(escape(p.title()))
                .append("</text>\n");
        // horizontal grid and y ticks
        for (int i = 0; i <= 5; i++) {
            double v = yMax * i / 5;
            double y = bottom - (double) PANEL * i / 5;
            s.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" x2=\"")
                    .append(LEFT + plotWidth)
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\" stroke=\"#dddddd\"/>\n");
            s.append("<text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(num(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(SimulationResult.format(round(v)))
                    .append("</text>\n");
        }
        // axes
        s.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(top)
                .append("\" x2=\"")
                .append(LEFT)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#333333\"/>\n");
        s.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(LEFT + plotWidth)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#333333\"/>\n");
        // x ticks: about eight labelled days
        int every = Math.max(1, (n + 7) / 8);
        for (int t = 0; t < n; t += every) {
            double x = x(t, n, plotWidth);
            s.append("<line x1=\"")
                    .append(num(x))
                    .append("\" y1=\"")
                    .append(bottom)
                    .append("\" x2=\"")
                    .append(num(x))
                    .append("\" y2=\"")
                    .append(bottom + 5)
                    .append("\" stroke=\"#333333\"/>\n");
            s.append("<text x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(bottom + 20)
                    .append("\" text-anchor=\"middle\">")
                    .append(days.get(t))
                    .append("</text>\n");
        }
        // confidence band
        if (p.low() != null) {
            StringBuilder band = new StringBuilder();
            StringBuilder back = new StringBuilder();
            for (int t = 0; t < n; t++) {
                if (Double.isFinite(p.low()[t]) && Double.isFinite(p.high()[t])) {
                    band.append(num(x(t, n, plotWidth)))
                            .append(',')
                            .append(num(y(p.high()[t], yMax, bottom)))
                            .append(' ');
                    back.insert(0, num(x(t, n, plotWidth)) + "," + num(y(Math.max(0, p.low()[t]), yMax, bottom)) + " ");
                }
            }
            if (band.length() > 0) {
                s.append("<polygon points=\"")
                        .append(band)
                        .append(back.toString().trim())
                        .append("\" fill=\"")
                        .append(COLOURS[1])
                        .append("\" fill-opacity=\"0.2\" stroke=\"none\"/>\n");
            }
        }
        // series
        for (int i = 0; i < p.series().size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            double[] v = p.series().get(i);
            StringBuilder points = new StringBuilder();
            for (int t = 0; t <= n; t++) {
                if (t < n && Double.isFinite(v[t])) {
                    points.append(num(x(t, n, plotWidth)))
                            .append(',')
                            .append(num(y(v[t], yMax, bottom)))
                            .append(' ');
                } else if (points.length() > 0) {
                    s.append("<polyline points=\"")
                            .append(points.toString().trim())
                            .append("\" fill=\"none\" stroke=\"")
                            .append(colour)
                            .append("\" stroke-width=\"2\"/>\n");
                    points.setLength(0);
                }
            }
            int ly = top + 10 + i * 20;
            int lx = LEFT + plotWidth + 20;
            s.append("<line x1=\"")
                    .append(lx)
                    .append("\" y1=\"")
                    .append(ly)
                    .append("\" x2=\"")
                    .append(lx + 24)
                    .append("\" y2=\"")
                    .append(ly)
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"3\"/>\n");
            s.append("<text x=\"")
                    .append(lx + 30)
                    .append("\" y=\"")
                    .append(ly + 4)
                    .append("\">")
                    .append(escape(p.names().get(i)))
                    .append("</text>\n");
        }
    }

    private static double x(int t, int n, int plotWidth) {
        return LEFT + (n <= 1 ? plotWidth / 2.0 : (double) plotWidth * t / (n - 1));
    }

    private static double y(double v, double yMax, int bottom) {
        return bottom - PANEL * v / yMax;
    }

    /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten at or above the value; 1 for 0. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double p = StrictMath.pow(10, StrictMath.floor(StrictMath.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
