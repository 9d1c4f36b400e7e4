package be.accompaniment.examples.bench;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.household.Consent;
import be.accompaniment.household.Household;
import be.accompaniment.household.Income;
import be.accompaniment.household.Member;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.Case;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.Screening;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.Situation;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The throughput of {@link PasserelleAdvisor#adviseAll(List, java.time.LocalDate, boolean)}: 100 000 generated
 * households (fixed seed) in the communes of a synthetic directory of every Walloon and Brussels commune (at least
 * fifteen actors each), advised by the bundled Walloon and Brussels rulebooks compiled once. A score is in households
 * per second ({@code @OperationsPerInvocation}).
 *
 * <p>Explanations are on: every suggestion records the conditions that held with the values seen, and its deadline.
 * {@link #adviseAllRenderingExplanations()} also renders them as text (which the advisor otherwise does on first use).
 *
 * <p>{@link #adviseSmallBatchesSequential()} advises a small batch again and again, to compare with a batch too large
 * for the caches. {@link #screeningSequential()} screens the same households (which rules fire, no suggestion built): beside
 * {@link #adviseAllSequential()}, it splits the time between evaluating rules and building suggestions.
 * {@link #readingHouseholdsSequential()} only reads the household fields the rules read: the floor under both.
 *
 * <p>Run with {@code accompaniment-examples/scripts/bench.sh AdviseAll -prof gc}; the allocation per household is
 * {@code gc.alloc.rate.norm}.
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
public class AdviseAllBenchmark {
    private static final int SMALL_BATCH = 1_000;

    private PasserelleAdvisor advisor;
    private List<Case> cases;

    /** Compiles the advisor and generates the households, once. */
    @Setup(Level.Trial)
    public void setUp() {
        ActorDirectory directory = BenchData.directory();
        advisor = PasserelleAdvisor.compile(
                List.of(Rulebook.bundled(Region.WALLONIA), Rulebook.bundled(Region.BRUSSELS_CAPITAL)),
                directory,
                PartnerNetwork.empty());
        cases = BenchData.cases(directory, BenchData.HOUSEHOLDS, BenchData.CASES_SEED);
        long suggestions = advisor.adviseAll(cases, BenchData.DAY, false).stream()
                .mapToLong(a -> a.suggestions().size())
                .sum();
        if (suggestions < cases.size()) {
            throw new IllegalStateException("too few suggestions to measure: " + suggestions);
        }
    }

    /** Advises the households on one thread. */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public ImmutableList<Advice> adviseAllSequential() {
        return advisor.adviseAll(cases, BenchData.DAY, false);
    }

    /**
     * Advises the first {@value #SMALL_BATCH} households a hundred times on one thread: a batch whose households stay in
     * the processor's caches. Beside {@link #adviseAllSequential()}, it tells whether reading the households from
     * memory bounds the throughput.
     */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public void adviseSmallBatchesSequential(Blackhole blackhole) {
        List<Case> batch = cases.subList(0, SMALL_BATCH);
        for (int i = 0; i < BenchData.HOUSEHOLDS / SMALL_BATCH; i++) {
            blackhole.consume(advisor.adviseAll(batch, BenchData.DAY, false));
        }
    }

    /** Screens the households on one thread: the rules that fire for each, without their suggestions. */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public Screening[] screeningSequential() {
        Screening[] screenings = new Screening[cases.size()];
        for (int i = 0; i < screenings.length; i++) {
            Case c = cases.get(i);
            screenings[i] = c.referrer().isPresent()
                    ? advisor.screen(c.household(), c.referrer().get(), BenchData.DAY)
                    : advisor.screen(c.household(), BenchData.DAY);
        }
        return screenings;
    }

    /**
     * Reads, on one thread, what the bundled rules read of each household and do nothing with it: the id, tenure,
     * region and commune; each situation's stage and hearing date; each member's age, role and schooling; the incomes;
     * each consent's dates, recipients and purposes; the referrer's kind. No rule is evaluated: the score bounds what
     * any advisor over these household objects can reach.
     */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public long readingHouseholdsSequential() {
        long seen = 0;
        for (int i = 0; i < cases.size(); i++) {
            seen += read(cases.get(i));
        }
        return seen;
    }

    // indexed loops, as the advisor reads lists: no iterator to allocate
    private static long read(Case c) {
        Household h = c.household();
        long seen = h.id().value().length()
                + h.tenure().ordinal()
                + h.region().ordinal()
                + h.commune().intValue();
        List<Situation> situations = h.situations();
        for (int i = 0; i < situations.size(); i++) {
            Situation s = situations.get(i);
            LocalDate hearing = s.milestones().get(Milestone.HEARING);
            seen += s.stage().ordinal() + (hearing == null ? 0 : hearing.getDayOfMonth());
        }
        List<Member> members = h.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            seen += m.birthYear() + m.role().ordinal() + m.schooling().ordinal();
        }
        List<Income> incomes = h.incomes();
        for (int i = 0; i < incomes.size(); i++) {
            seen += incomes.get(i).monthlyCents();
        }
        List<Consent> consents = h.consents();
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            seen += consent.givenOn().getDayOfMonth() + (consent.withdrawnOn().isPresent() ? 1 : 0);
            seen += consent.recipientKinds().size()
                    + consent.recipients().size()
                    + consent.purposes().size();
        }
        // an Optional the JIT does not allocate once inlined
        Optional<Actor> referrer = c.referrer();
        return seen + (referrer.isPresent() ? referrer.get().kind().ordinal() : -1);
    }

    /** Advises the households on the common fork-join pool. */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public ImmutableList<Advice> adviseAllParallel() {
        return advisor.adviseAll(cases, BenchData.DAY, true);
    }

    /**
     * Advises the households on one thread and renders every suggestion's explanations: the conditions that held and
     * the references (the deadline's included).
     */
    @Benchmark
    @OperationsPerInvocation(BenchData.HOUSEHOLDS)
    public void adviseAllRenderingExplanations(Blackhole blackhole) {
        ImmutableList<Advice> advices = advisor.adviseAll(cases, BenchData.DAY, false);
        for (int i = 0; i < advices.size(); i++) {
            ImmutableList<Suggestion> suggestions = advices.get(i).suggestions();
            for (int j = 0; j < suggestions.size(); j++) {
                Suggestion s = suggestions.get(j);
                blackhole.consume(s.conditions());
                blackhole.consume(s.references());
            }
        }
        blackhole.consume(advices);
    }
}
