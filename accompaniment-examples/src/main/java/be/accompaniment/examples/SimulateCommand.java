package be.accompaniment.examples;

import be.accompaniment.AccompanimentException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.rules.scenario.AreaType;
import be.accompaniment.rules.scenario.Comparison;
import be.accompaniment.rules.scenario.Difference;
import be.accompaniment.rules.scenario.HouseholdsCsv;
import be.accompaniment.rules.scenario.Indicator;
import be.accompaniment.rules.scenario.Intervention;
import be.accompaniment.rules.scenario.Pseudonymiser;
import be.accompaniment.rules.scenario.Scenario;
import be.accompaniment.rules.scenario.Simulation;
import be.accompaniment.rules.scenario.SimulationChart;
import be.accompaniment.rules.scenario.SimulationListener;
import be.accompaniment.rules.scenario.SimulationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The {@code simulate} command: runs a scenario (a JSON file, or the bundled Liège scenario) and writes its figures as
 * a tidy CSV, a JSON document and an SVG chart, with a progress bar while it runs. With {@code --intervention}, it
 * also compares the scenario with and without the intervention over replications and writes the comparison.
 *
 * <pre>
 * simulate [FILE.json | liege-24-months] [--out DIR] [--threads N] [--seed N] [--households FILE.csv]
 *          [--intervention JSON|FILE]... [--replications N] [--research-key HEX]
 * </pre>
 */
public final class SimulateCommand {
    /** The name of the bundled scenario: the arrondissement of Liège over 24 months. */
    public static final String BUNDLED = "liege-24-months";

    private static final String USAGE = String.join(
            "\n",
            "usage: simulate [FILE.json | " + BUNDLED + "] [options]",
            "  FILE.json              a scenario; without one, the bundled " + BUNDLED + " scenario",
            "  --out DIR              where to write the files (default: simulation-<scenario name>)",
            "  --threads N            threads to use (default: all processors); the figures do not depend on it",
            "  --seed N               another seed for the scenario",
            "  --households FILE.csv  households to add, as CSV (" + HouseholdsCsv.HEADER + ")",
            "  --intervention X       an intervention, as JSON or a JSON file, e.g.",
            "                         '{\"kind\":\"add-actor\",\"effectiveFrom\":\"2026-07-01\",\"actorKind\":\"APL\","
                    + "\"basin\":\"Ourthe-Amblève\",\"capacity\":40}'",
            "                         (repeatable); the scenario is then also compared with its baseline",
            "  --replications N       seeds for the comparison (default 5)",
            "  --research-key HEX     also write the pathways for research, pseudonymised with HMAC-SHA-256",
            "                         under this key (at least 32 hexadecimal digits)");

    private SimulateCommand() {}

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code simulate}
     * @param out where to print progress and figures
     * @return 0 when done, 1 when the input is invalid or a file cannot be written, 2 on a usage error
     */
    public static int run(List<String> args, PrintStream out) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        if (o.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            return simulate(o, out);
        } catch (AccompanimentException e) {
            out.println("invalid input: " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            out.println("cannot read or write a file: " + e.getMessage());
            return 1;
        }
    }

    private static int simulate(Options o, PrintStream out) throws IOException {
        Scenario scenario = load(o.scenario);
        if (o.seed != null) {
            scenario = scenario.withSeed(o.seed);
        }
        if (o.households != null) {
            try (Reader in = Files.newBufferedReader(Path.of(o.households), StandardCharsets.UTF_8)) {
                scenario = Scenario.builder()
                        .from(scenario)
                        .addAllHouseholds(HouseholdsCsv.read(in))
                        .build();
            }
        }
        for (String x : o.interventions) {
            scenario = scenario.withIntervention(intervention(x));
        }
        Pseudonymiser pseudonymiser = o.researchKey == null ? null : Pseudonymiser.withKey(key(o.researchKey));
        Path dir = Path.of(o.out == null ? "simulation-" + scenario.name() : o.out);
        Files.createDirectories(dir);
        Simulation.Builder b = Simulation.builder(scenario);
        if (o.threads != null) {
            b.threads(o.threads);
        }
        out.printf(
                Locale.ROOT,
                "Scenario %s: %s steps of a %s from %s, seed %d%n",
                scenario.name(),
                scenario.steps(),
                scenario.step().name().toLowerCase(Locale.ROOT),
                scenario.startOn(),
                scenario.seed());
        long started = System.nanoTime();
        SimulationResult result = b.build().run(progress(out));
        out.printf(Locale.ROOT, "Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        summary(result, out);
        String name = scenario.name();
        write(dir.resolve(name + ".csv"), result::writeCsv);
        try (OutputStream json = Files.newOutputStream(dir.resolve(name + ".json"))) {
            result.writeJson(json);
        }
        Files.writeString(dir.resolve(name + ".svg"), SimulationChart.svg(result), StandardCharsets.UTF_8);
        out.println("Wrote " + dir.resolve(name + ".csv") + ", " + name + ".json and " + name + ".svg");
        if (pseudonymiser != null) {
            Path research = dir.resolve(name + "-pathways.jsonl");
            try (OutputStream s = Files.newOutputStream(research)) {
                result.writeResearchExport(s, pseudonymiser);
            }
            out.println("Wrote " + research + " (pathways under pseudonyms)");
        }
        if (!o.interventions.isEmpty()) {
            compare(scenario, o.replications, dir, out);
        }
        return 0;
    }

    private static Scenario load(String name) throws IOException {
        if (name == null || name.equals(BUNDLED) || name.equals(BUNDLED + ".json")) {
            try (InputStream in = SimulateCommand.class.getResourceAsStream("scenarios/" + BUNDLED + ".json")) {
                if (in == null) {
                    throw new IOException("the bundled scenario " + BUNDLED + " is missing from the class path");
                }
                return Scenario.read(in);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(name))) {
            return Scenario.read(in);
        }
    }

    private static Intervention intervention(String text) throws IOException {
        String json = text.strip().startsWith("{") ? text : Files.readString(Path.of(text), StandardCharsets.UTF_8);
        return AccompanimentJson.read(json, Intervention.class);
    }

    private static byte[] key(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new be.accompaniment.InvalidInputException("--research-key", "must be hexadecimal digits");
        }
    }

    private interface Writing {
        void to(Appendable out);
    }

    private static void write(Path file, Writing writing) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writing.to(w);
        }
    }

    /** A progress bar redrawn on one line after each step. */
    private static SimulationListener progress(PrintStream out) {
        return (step, steps, firstDay) -> {
            int width = 40;
            int done = (step + 1) * width / steps;
            out.print("\r[" + "#".repeat(done) + ".".repeat(width - done) + "] " + (step + 1) + "/" + steps + " "
                    + firstDay);
            if (step + 1 == steps) {
                out.println();
            }
            out.flush();
        };
    }

    private static void summary(SimulationResult r, PrintStream out) {
        int last = r.steps() - 1;
        double[] waiting = r.territorySeries(Indicator.STATUS_WAITING);
        double[] accompanied = r.territorySeries(Indicator.STATUS_ACCOMPANIED);
        double[] stabilised = r.territorySeries(Indicator.STATUS_STABILISED);
        out.printf(
                Locale.ROOT,
                "Households: %d in %d areas; in a situation at the end of the first step %d, of the last %d"
                        + " (waiting %d, accompanied %d)%n",
                r.households(),
                r.areas().size(),
                (long) (waiting[0] + accompanied[0]),
                (long) (waiting[last] + accompanied[last]),
                (long) waiting[last],
                (long) accompanied[last]);
        out.printf(
                Locale.ROOT,
                "Ever in a situation: %d; stabilised at the end: %d (share %s)%n",
                (long) r.territorySeries(Indicator.EVER_IN_SITUATION)[last],
                (long) stabilised[last],
                format(r.territorySeries(Indicator.SHARE_STABILISED)[last]));
        out.printf(
                Locale.ROOT,
                "Passerelles: made %d, accepted %d, declined %d, unresolved %d; consents refused %d%n",
                r.total(Indicator.PASSERELLES_MADE),
                r.total(Indicator.PASSERELLES_ACCEPTED),
                r.total(Indicator.PASSERELLES_DECLINED),
                r.total(Indicator.PASSERELLES_UNRESOLVED),
                r.total(Indicator.CONSENTS_REFUSED));
        double median = r.medianDaysToFirstContact();
        out.printf(
                Locale.ROOT,
                "First contacts: %d; median days from a first situation to a first contact: %s%n",
                r.total(Indicator.FIRST_CONTACTS),
                Double.isInfinite(median) ? "more than half never contacted" : format(median));
        out.printf(
                Locale.ROOT,
                "Evictions executed: %d; relocations %d, dwelling upgrades %d%n",
                r.total(Indicator.EVICTIONS_EXECUTED),
                r.total(Indicator.RELOCATIONS),
                r.total(Indicator.UPGRADES));
        out.printf(
                Locale.ROOT,
                "Actors: %d, %d full at the end (load %d of a known capacity of %d)%n",
                r.actors().size(),
                (long) r.territorySeries(Indicator.ACTORS_FULL)[last],
                (long) r.territorySeries(Indicator.ACTOR_LOAD)[last],
                (long) r.territorySeries(Indicator.ACTOR_CAPACITY)[last]);
    }

    private static void compare(Scenario scenario, int replications, Path dir, PrintStream out) throws IOException {
        out.printf(
                Locale.ROOT,
                "Comparing with the baseline (without the interventions) over %d replications…%n",
                replications);
        Comparison c = Comparison.run(scenario.withoutInterventions(), scenario, replications);
        String name = scenario.name() + "-comparison";
        write(dir.resolve(name + ".csv"), c::writeCsv);
        SimulationResult first = c.baseline().get(0);
        String territory = first.areas().get(first.areas().size() - 1).id();
        Files.writeString(
                dir.resolve(name + ".svg"),
                SimulationChart.svg(c, AreaType.TERRITORY, territory, Indicator.STATUS_STABILISED),
                StandardCharsets.UTF_8);
        int last = first.steps() - 1;
        for (Indicator i : List.of(
                Indicator.STATUS_STABILISED,
                Indicator.STATUS_WAITING,
                Indicator.PASSERELLES_WAITING,
                Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT)) {
            Difference d = c.difference(last, AreaType.TERRITORY, territory, i);
            out.printf(
                    Locale.ROOT,
                    "  %s at the last step: baseline %s, with the interventions %s, difference %s [%s, %s]%n",
                    i.name(),
                    format(d.baseline()),
                    format(d.intervention()),
                    format(d.mean()),
                    format(d.low()),
                    format(d.high()));
        }
        out.println("Wrote " + dir.resolve(name + ".csv") + " and " + name + ".svg");
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "NA";
        }
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The parsed arguments. */
    private static final class Options {
        String scenario;
        String out;
        Integer threads;
        Long seed;
        String households;
        final List<String> interventions = new ArrayList<>();
        int replications = 5;
        String researchKey;
        boolean help;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--help", "-h" -> o.help = true;
                    case "--out" -> o.out = value(args, ++i, a);
                    case "--threads" -> o.threads = positive(value(args, ++i, a), a);
                    case "--seed" -> o.seed = number(value(args, ++i, a), a);
                    case "--households" -> o.households = value(args, ++i, a);
                    case "--intervention" -> o.interventions.add(value(args, ++i, a));
                    case "--replications" -> o.replications = positive(value(args, ++i, a), a);
                    case "--research-key" -> o.researchKey = value(args, ++i, a);
                    default -> {
                        if (a.startsWith("--") || o.scenario != null) {
                            throw new IllegalArgumentException("simulate: unexpected argument " + a);
                        }
                        o.scenario = a;
                    }
                }
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException("simulate: " + option + " needs a value");
            }
            return args.get(i);
        }

        private static long number(String text, String option) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("simulate: " + option + " needs a number, was " + text);
            }
        }

        private static int positive(String text, String option) {
            long n = number(text, option);
            if (n < 1 || n > 10_000) {
                throw new IllegalArgumentException("simulate: " + option + " must be 1 to 10000, was " + text);
            }
            return (int) n;
        }
    }
}
