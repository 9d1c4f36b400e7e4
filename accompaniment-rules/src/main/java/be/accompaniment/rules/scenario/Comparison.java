package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * A comparison of an intervention with its baseline over replications run with the same seeds (common random
 * numbers): for every step, area and measure, the {@link Difference} of the means and its confidence interval.
 *
 * <pre>{@code
 * Scenario baseline = Scenario.read(in);
 * Scenario withApl = baseline.withIntervention(AddActor.inBasin(LocalDate.of(2026, 7, 1), ActorKind.APL,
 *         "Ourthe-Amblève", 40));
 * Comparison c = Comparison.run(baseline, withApl, 10);
 * c.difference(23, AreaType.BASIN, "Ourthe-Amblève", Indicator.STATUS_STABILISED);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Comparison {
    /** The header of the comparison's CSV. */
    public static final String CSV_HEADER =
            "step,date,area_type,area,measure,baseline,intervention,difference,ci_low,ci_high,replications";

    private static final double[] T_975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private final ImmutableList<SimulationResult> baseline;
    private final ImmutableList<SimulationResult> intervention;

    private Comparison(List<SimulationResult> baseline, List<SimulationResult> intervention) {
        this.baseline = ImmutableList.copyOf(baseline);
        this.intervention = ImmutableList.copyOf(intervention);
    }

    /**
     * A comparison of results paired by position: the i-th intervention result with the i-th baseline result, which
     * should have been run with the same seed.
     *
     * @param baseline the baseline's results, at least one
     * @param intervention the intervention's results, as many
     * @return the comparison
     * @throws InvalidInputException if the lists differ in size or the results in steps or areas
     */
    public static Comparison of(List<SimulationResult> baseline, List<SimulationResult> intervention) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(intervention, "intervention");
        if (baseline.isEmpty() || baseline.size() != intervention.size()) {
            throw new InvalidInputException(
                    "comparison",
                    "needs as many intervention results as baseline results, at least one, was " + baseline.size()
                            + " and " + intervention.size());
        }
        SimulationResult first = baseline.get(0);
        for (int i = 0; i < baseline.size(); i++) {
            for (SimulationResult r : List.of(baseline.get(i), intervention.get(i))) {
                if (!r.days().equals(first.days()) || !r.areas().equals(first.areas())) {
                    throw new InvalidInputException(
                            "comparison", "needs results with the same steps and areas, replication " + i + " differs");
                }
            }
        }
        return new Comparison(baseline, intervention);
    }

    /**
     * Runs a baseline and an intervention scenario over replications with the same seeds (those of {@link
     * Simulation#replicationSeed(long, int)} from the baseline's seed), without keeping pathways, and compares them.
     *
     * @param baseline the baseline scenario, not null
     * @param intervention the scenario with the intervention, not null
     * @param replications the number of seeds, at least 1
     * @return the comparison
     */
    public static Comparison run(Scenario baseline, Scenario intervention, int replications) {
        Scenario paired = intervention.withSeed(baseline.seed());
        return of(
                Simulation.builder(baseline).keepPathways(false).build().replicate(replications),
                Simulation.builder(paired).keepPathways(false).build().replicate(replications));
    }

    /** The number of paired replications. */
    public int replications() {
        return baseline.size();
    }

    /** The baseline's results. */
    public ImmutableList<SimulationResult> baseline() {
        return baseline;
    }

    /** The intervention's results. */
    public ImmutableList<SimulationResult> intervention() {
        return intervention;
    }

    /**
     * The difference of a figure.
     *
     * @param step the step, from 0
     * @param type the kind of area, not null
     * @param area the area's identifier, not null
     * @param indicator the indicator, not null
     * @return the difference
     * @throws InvalidInputException if the area is not one of the results'
     */
    public Difference difference(int step, AreaType type, String area, Indicator indicator) {
        double[] b = new double[baseline.size()];
        double[] x = new double[baseline.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = baseline.get(i).value(step, type, area, indicator);
            x[i] = intervention.get(i).value(step, type, area, indicator);
        }
        return difference(b, x);
    }

    private static Difference difference(double[] b, double[] x) {
        int n = 0;
        double sb = 0;
        double sx = 0;
        for (int i = 0; i < b.length; i++) {
            if (!Double.isNaN(b[i]) && !Double.isNaN(x[i])) {
                n++;
                sb += b[i];
                sx += x[i];
            }
        }
        if (n == 0) {
            return Difference.builder()
                    .baseline(Double.NaN)
                    .intervention(Double.NaN)
                    .mean(Double.NaN)
                    .low(Double.NaN)
                    .high(Double.NaN)
                    .replications(0)
                    .build();
        }
        double mean = (sx - sb) / n;
        double ss = 0;
        for (int i = 0; i < b.length; i++) {
            if (!Double.isNaN(b[i]) && !Double.isNaN(x[i])) {
                double d = x[i] - b[i] - mean;
                ss += d * d;
            }
        }
        double half = n < 2 ? Double.NaN : t975(n - 1) * StrictMath.sqrt(ss / (n - 1) / n);
        return Difference.builder()
                .baseline(sb / n)
                .intervention(sx / n)
                .mean(mean)
                .low(mean - half)
                .high(mean + half)
                .replications(n)
                .build();
    }

    /** The 97.5 % quantile of Student's t distribution. */
    static double t975(int degrees) {
        if (degrees <= T_975.length) {
            return T_975[degrees - 1];
        }
        return 1.96 + (T_975[T_975.length - 1] - 1.96) * T_975.length / degrees;
    }

    /**
     * Writes the comparison as a tidy CSV: the header {@value #CSV_HEADER}, then one row per step, area and measure.
     *
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Appendable out) {
        Objects.requireNonNull(out, "out");
        SimulationResult first = baseline.get(0);
        int n = baseline.size();
        double[] b = new double[n];
        double[] x = new double[n];
        try {
            out.append(CSV_HEADER).append('\n');
            for (int t = 0; t < first.steps(); t++) {
                for (int a = 0; a < first.areas().size(); a++) {
                    Area area = first.areas().get(a);
                    for (Indicator i : Indicator.all()) {
                        for (int r = 0; r < n; r++) {
                            b[r] = baseline.get(r).raw(t, a, i);
                            x[r] = intervention.get(r).raw(t, a, i);
                        }
                        Difference d = difference(b, x);
                        out.append(Integer.toString(t))
                                .append(',')
                                .append(first.days().get(t).toString())
                                .append(',')
                                .append(area.type().name())
                                .append(',')
                                .append(SimulationResult.csv(area.id()))
                                .append(',')
                                .append(i.name())
                                .append(',')
                                .append(SimulationResult.format(d.baseline()))
                                .append(',')
                                .append(SimulationResult.format(d.intervention()))
                                .append(',')
                                .append(SimulationResult.format(d.mean()))
                                .append(',')
                                .append(SimulationResult.format(d.low()))
                                .append(',')
                                .append(SimulationResult.format(d.high()))
                                .append(',')
                                .append(Integer.toString(d.replications()))
                                .append('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comparison's CSV as text. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        writeCsv(b);
        return b.toString();
    }

    /** The scenario's name and the number of replications. */
    @Override
    public String toString() {
        return "Comparison[" + baseline.get(0).scenario().name() + ", " + replications() + " replications]";
    }
}
