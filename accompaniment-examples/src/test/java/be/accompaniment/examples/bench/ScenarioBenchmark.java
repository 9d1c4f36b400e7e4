package be.accompaniment.examples.bench;

import be.accompaniment.rules.scenario.ActorModel;
import be.accompaniment.rules.scenario.PopulationModel;
import be.accompaniment.rules.scenario.Scenario;
import be.accompaniment.rules.scenario.ScenarioTerritory;
import be.accompaniment.rules.scenario.Simulation;
import be.accompaniment.rules.scenario.SimulationResult;
import be.accompaniment.rules.scenario.StepUnit;
import be.accompaniment.territory.NisCode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A year of weekly steps (52) for a generated population of the arrondissement of Liège, with the default Walloon
 * actors and incidences, the bundled Walloon rulebook and the real passerelle advisor, on two threads, keeping every
 * pathway: the time of one whole run, for 10,000, 100,000 and 1,000,000 households.
 *
 * <p>Each run takes seconds, so every invocation is timed on its own ({@link Mode#SingleShotTime}). Ten runs warm the
 * JIT up first: with one, the measured runs were still getting faster (1 000 000 households: 7.6, 4.8, 4.0 s), and
 * from about the sixth they settle (3.3 to 3.7 s on the build machine). After each iteration the benchmark prints the
 * heap still used with the result held (after a full collection): the memory a researcher's run keeps. The forks run
 * with {@code -Xmx2g} as in the aim, so a run that needed more would fail.
 *
 * <pre>
 * ./mvnw -q -o -pl accompaniment-examples -am test-compile -DskipTests
 * ./mvnw -q -o -pl accompaniment-examples -am dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=cp.txt
 * java -cp accompaniment-examples/target/test-classes:accompaniment-examples/target/classes:\
 * accompaniment-rules/target/classes:accompaniment-core/target/classes:$(cat accompaniment-examples/cp.txt) \
 *     org.openjdk.jmh.Main ScenarioBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ScenarioBenchmark {
    /** The number of households. */
    @Param({"10000", "100000", "1000000"})
    public int households;

    /** Threads for the simulation: the aim is stated for two cores. */
    @Param({"2"})
    public int threads;

    private Simulation simulation;
    private SimulationResult last;

    /** Builds the scenario and the simulation; the gazetteer and rulebook are read here, not timed. */
    @Setup(Level.Trial)
    public void setUp() {
        Scenario scenario = Scenario.builder()
                .name("bench-liege-" + households)
                .territory(ScenarioTerritory.ofArrondissement(NisCode.parse("62000")))
                .startOn(LocalDate.of(2026, 1, 5))
                .step(StepUnit.WEEK)
                .steps(52)
                .seed(62_000)
                .actorModel(ActorModel.walloonDefaults())
                .population(PopulationModel.withDefaults(households))
                .build();
        simulation = Simulation.builder(scenario).threads(threads).build();
    }

    /**
     * One run of 52 weekly steps.
     *
     * @return the result, so that nothing is optimised away
     */
    @Benchmark
    public SimulationResult run() {
        last = simulation.run();
        return last;
    }

    /** Prints the heap the last result keeps. */
    @TearDown(Level.Iteration)
    public void heap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                Locale.ROOT,
                "%n  heap used with the result held: %.0f MiB (%d households, %d passerelles made)%n",
                used / 1048576.0,
                last.households(),
                last.total(be.accompaniment.rules.scenario.Indicator.PASSERELLES_MADE));
    }
}
