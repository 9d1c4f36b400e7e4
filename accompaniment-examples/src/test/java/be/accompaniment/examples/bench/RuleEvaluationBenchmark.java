package be.accompaniment.examples.bench;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.household.Household;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.Case;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Screening;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule evaluation in isolation: the twenty bundled-style Walloon rules of {@code twenty-rules.json}, read from JSON and
 * compiled by the advisor, against the same twenty rules written by hand as Java {@code if}s ({@link
 * HandWrittenRules}), over the same 100 000 generated Walloon households. Scores are households per second; the ratio
 * {@code screening / handWritten} is the figure to report, {@code rulebook / handWritten} the cost of full advice.
 *
 * <p>Two rulebook paths: {@link #screening()} is {@link PasserelleAdvisor#screen(Household, Actor,
 * java.time.LocalDate)}, which evaluates the conditions and says which rules fire — the result the hand-written path
 * builds too: the household and the rules that fired. {@link #rulebook()} is the full {@link
 * PasserelleAdvisor#advise(Household, Actor, java.time.LocalDate)}: besides evaluating the conditions it records them
 * for the explanation, looks up the (pre-ranked) target actors and builds an {@link Advice} of ranked suggestions. The
 * rulebook's templates are kept light — one per rule, no deadline, no data sharing. {@code HandWrittenRulesTest}
 * checks that the three give the same rule ids for every household.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// the heap is touched before the run: otherwise the first write to each page of the fresh heap makes the kernel
// zero it (8 % of adviseAll's time in a profile), a cost of the JVM's start and not of the code measured
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class RuleEvaluationBenchmark {
    private PasserelleAdvisor advisor;
    private Household[] households;
    private Actor[] referrers;

    /** Compiles the twenty rules and generates the households, once. */
    @Setup(Level.Trial)
    public void setUp() {
        ActorDirectory directory = BenchData.walloon(BenchData.directory());
        advisor = PasserelleAdvisor.compile(BenchData.twentyRules(), directory);
        List<Case> cases = BenchData.cases(directory, BenchData.HOUSEHOLDS, BenchData.CASES_SEED);
        households = cases.stream().map(Case::household).toArray(Household[]::new);
        referrers = cases.stream().map(c -> c.referrer().orElse(null)).toArray(Actor[]::new);
        long fired = 0;
        for (int i = 0; i < households.length; i++) {
            fired += Integer.bitCount(HandWrittenRules.rules(households[i], referrers[i], BenchData.DAY));
        }
        if (fired < households.length / 2) {
            throw new IllegalStateException("too few rules fire to measure: " + fired);
        }
    }

    /** The rules read from JSON and compiled by the advisor: one advice per household. */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public Advice[] rulebook() {
        Advice[] advices = new Advice[households.length];
        for (int i = 0; i < households.length; i++) {
            Household h = households[i];
            Actor referrer = referrers[i];
            advices[i] =
                    referrer == null ? advisor.advise(h, BenchData.DAY) : advisor.advise(h, referrer, BenchData.DAY);
        }
        return advices;
    }

    /** The rules read from JSON and compiled by the advisor: which rules fire, per household. */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public Screening[] screening() {
        Screening[] screenings = new Screening[households.length];
        for (int i = 0; i < households.length; i++) {
            Household h = households[i];
            Actor referrer = referrers[i];
            screenings[i] =
                    referrer == null ? advisor.screen(h, BenchData.DAY) : advisor.screen(h, referrer, BenchData.DAY);
        }
        return screenings;
    }

    /** The same rules as Java {@code if}s: the household and the rules that fired, per household. */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public HandWrittenRules.Fired[] handWritten() {
        HandWrittenRules.Fired[] fired = new HandWrittenRules.Fired[households.length];
        for (int i = 0; i < households.length; i++) {
            fired[i] = HandWrittenRules.fire(households[i], referrers[i], BenchData.DAY);
        }
        return fired;
    }
}
