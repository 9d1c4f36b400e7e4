package be.accompaniment.rules.scenario;

import be.accompaniment.AccompanimentException;
import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.Tenure;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.scenario.HouseholdRun.Claim;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Function;

/**
 * One run of a scenario. Each step has three phases: a parallel phase where every household advances on its own
 * (incidence, chance, legal clock, answers, measure ends, advice), a sequential phase where the claims for places
 * with actors are decided in a fixed order (request day, then household, then rank), and a parallel count of the
 * stocks. Nothing in the parallel phases reads what another household writes, and every draw is counter-based, so
 * the result does not depend on the number of threads.
 */
final class Engine {
    private static final SituationKind[] KINDS = SituationKind.values();
    private static final Tenure[] TENURES = Tenure.values();

    private final Scenario scenario;
    private final Behaviour behaviour;
    private final long seed;
    private final Areas areas;
    private final PopulationTable population;
    private final ActorTable actors;
    private final Ladder ladder;
    private final boolean keepPathways;
    private final int threads;
    private final HouseholdRun[] runs;
    private final AtomicIntegerArray load;
    private final Actor[][] intake;
    private final int chunkSize;
    private final Tally[] tallies;
    private final Tally sequential;
    /** Per chunk, the households that made new claims during phase 1, in household order. */
    private final List<List<HouseholdRun>> advised = new ArrayList<>();
    /** Per actor, the passerelles waiting for a place, oldest first. */
    private final ArrayDeque<Claim>[] queues;

    private final int k = Indicator.all().size();
    private final SituationDynamics[] dynamics = new SituationDynamics[KINDS.length];
    /** Per kind, the probabilities over the current step: worsen, worsen accompanied, resolve, resolve accompanied. */
    private final double[][] stepProbabilities = new double[KINDS.length][4];

    private int epoch;
    private ForkJoinPool pool;

    Engine(
            Scenario scenario,
            Gazetteer gazetteer,
            LegalCalendar calendar,
            Function<ActorDirectory, Advising> advisor,
            int threads,
            boolean keepPathways) {
        this.scenario = scenario;
        this.behaviour = scenario.behaviour();
        this.seed = scenario.seed();
        this.areas = new Areas(scenario, gazetteer);
        this.population = new PopulationTable(scenario, areas.communes());
        this.actors = new ActorTable(scenario, areas, population, advisor);
        this.ladder = new Ladder(seed, behaviour, calendar);
        this.keepPathways = keepPathways;
        this.threads = Math.max(1, threads);
        this.runs = new HouseholdRun[population.size()];
        this.load = new AtomicIntegerArray(actors.size());
        this.intake = new Actor[actors.epochs().size()][];
        for (int e = 0; e < intake.length; e++) {
            intake[e] = intakeActors(actors.epochs().get(e).directory());
        }
        this.chunkSize = Math.max(1024, (population.size() + 63) / 64);
        int chunks = Math.max(1, (population.size() + chunkSize - 1) / chunkSize);
        this.tallies = new Tally[chunks];
        for (int c = 0; c < chunks; c++) {
            tallies[c] = new Tally(areas.communeCount());
        }
        this.sequential = new Tally(areas.communeCount());
        for (int c = 0; c < chunks; c++) {
            advised.add(new ArrayList<>());
        }
        this.queues = queues(actors.size());
        for (SituationKind kind : KINDS) {
            dynamics[kind.ordinal()] = behaviour.dynamicsOf(kind);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArrayDeque<Claim>[] queues(int n) {
        ArrayDeque<Claim>[] q = new ArrayDeque[n];
        for (int i = 0; i < n; i++) {
            q[i] = new ArrayDeque<>();
        }
        return q;
    }

    /** Per commune, the first CPAS serving it in a directory, or a stand-in CPAS outside the directory. */
    private Actor[] intakeActors(ActorDirectory directory) {
        Actor[] out = new Actor[areas.communeCount()];
        for (int c = 0; c < out.length; c++) {
            NisCode code = areas.communeCode(c);
            List<Actor> cpas = directory.serving(code, ActorKind.CPAS);
            out[c] = cpas.isEmpty()
                    ? Actor.builder()
                            .id(ActorId.of("intake-" + code))
                            .name("CPAS " + code)
                            .kind(ActorKind.CPAS)
                            .territory(Territory.ofCommune(code))
                            .seat(code)
                            .build()
                    : cpas.get(0);
        }
        return out;
    }

    // ---- shared, read-only during the parallel phases ------------------------------------------------------

    Behaviour behaviour() {
        return behaviour;
    }

    long seed() {
        return seed;
    }

    Areas areas() {
        return areas;
    }

    PopulationTable population() {
        return population;
    }

    ActorTable actors() {
        return actors;
    }

    Ladder ladder() {
        return ladder;
    }

    boolean keepPathways() {
        return keepPathways;
    }

    /** How a kind of situation evolves. */
    SituationDynamics dynamics(SituationKind kind) {
        return dynamics[kind.ordinal()];
    }

    /**
     * The probability of an event over the current step for a kind of situation.
     *
     * @param kind the kind
     * @param resolve whether the event is a resolution (else a worsening)
     * @param accompanied whether a measure runs
     */
    double stepProbability(SituationKind kind, boolean resolve, boolean accompanied) {
        return stepProbabilities[kind.ordinal()][(resolve ? 2 : 0) + (accompanied ? 1 : 0)];
    }

    /** The actor that refers a household not yet accompanied: its commune's CPAS in the epoch's directory. */
    Actor intake(int commune) {
        return intake[epoch][commune];
    }

    /** Frees the place a household held with an actor. */
    void release(int actor) {
        load.decrementAndGet(actor);
    }

    // ---- the run ---------------------------------------------------------------------------------------------

    SimulationResult run(SimulationListener listener) {
        int steps = scenario.steps();
        double[][] values = new double[steps][];
        int[][] loads = new int[steps][];
        LocalDate[] days = new LocalDate[steps];
        pool = threads > 1 && tallies.length > 1 ? new ForkJoinPool(threads) : null;
        try {
            initialise();
            for (int t = 0; t < steps; t++) {
                step(t, days, values, loads);
                listener.stepDone(t, steps, days[t]);
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return new SimulationResult(scenario, areas, actors, population, runs, days, values, loads, keepPathways);
    }

    /** One step: the three phases and the figures. */
    private void step(int t, LocalDate[] days, double[][] values, int[][] loads) {
        LocalDate a = scenario.step().dayOf(scenario.startOn(), t);
        LocalDate b = scenario.step().dayOf(scenario.startOn(), t + 1);
        days[t] = a;
        ActorTable.Epoch epoch = actors.epochOn(a);
        this.epoch = actors.epochs().indexOf(epoch);
        long length = ChronoUnit.DAYS.between(a, b);
        for (SituationDynamics d : dynamics) {
            double[] p = stepProbabilities[d.situation().ordinal()];
            p[0] = SituationDynamics.overDays(d.worsenPerMonth(), length);
            p[1] = SituationDynamics.overDays(d.worsenPerMonthAccompanied(), length);
            p[2] = SituationDynamics.overDays(d.resolvePerMonth(), length);
            p[3] = SituationDynamics.overDays(d.resolvePerMonthAccompanied(), length);
        }
        for (Tally tally : tallies) {
            tally.clear();
        }
        sequential.clear();
        advance(t, a, b, epoch);
        claims(a, b, epoch);
        count(epoch);
        values[t] = figures();
        loads[t] = new int[actors.size()];
        for (int x = 0; x < actors.size(); x++) {
            loads[t][x] = load.get(x);
        }
    }

    private interface ChunkWork {
        void run(int from, int to, Tally tally);
    }

    /** Runs work over every chunk of households, in parallel when there are several threads. */
    private void parallel(ChunkWork work) {
        int n = population.size();
        if (pool == null) {
            for (int c = 0; c < tallies.length; c++) {
                work.run(c * chunkSize, Math.min(n, (c + 1) * chunkSize), tallies[c]);
            }
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int c = 0; c < tallies.length; c++) {
            int chunk = c;
            tasks.add(() -> {
                work.run(chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize), tallies[chunk]);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AccompanimentException x) {
                throw x;
            }
            if (e.getCause() instanceof RuntimeException x) {
                throw x;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The situations open on the first day: listed households' own, and generated ones by prevalence. */
    private void initialise() {
        LocalDate start = scenario.startOn();
        LocalDate yesterday = start.minusDays(1);
        for (int h = 0; h < population.listedCount(); h++) {
            Household listed = population.household(h);
            if (listed.situations().size() > 1) {
                throw new InvalidInputException(
                        "scenario " + scenario.name() + " households[" + listed.id() + "].situations",
                        "the simulation follows one situation at a time, was "
                                + listed.situations().size());
            }
            if (!listed.situations().isEmpty()) {
                Situation situation = listed.situations().get(0);
                if (!SituationIncidence.openStages(situation.kind())
                        .contains(situation.stage().name())) {
                    throw new InvalidInputException(
                            "scenario " + scenario.name() + " households[" + listed.id() + "].situations[0]",
                            "must be open, in one of the stages " + SituationIncidence.openStages(situation.kind())
                                    + ", was " + situation.stage().name());
                }
                HouseholdRun r = new HouseholdRun(h, this);
                r.adopt(listed.situations().get(0), start, sequential, false);
                runs[h] = r;
            }
        }
        PopulationModel model = scenario.population().orElse(null);
        if (model == null || model.incidence().isEmpty()) {
            return;
        }
        double[][] prevalence = new double[TENURES.length][KINDS.length];
        for (SituationIncidence i : model.incidence()) {
            for (Tenure t : i.eligibleTenures()) {
                prevalence[t.ordinal()][i.situation().ordinal()] = i.prevalence();
            }
        }
        parallel((from, to, tally) -> {
            for (int h = Math.max(from, population.listedCount()); h < to; h++) {
                int kind = pickKind(
                        prevalence[population.tenure(h).ordinal()], Draws.uniform(seed, h, Draws.PREVALENCE, 0, 0));
                if (kind < 0) {
                    continue;
                }
                SituationIncidence incidence = incidenceOf(model, KINDS[kind]);
                String stage = stage(incidence, Draws.uniform(seed, h, Draws.PREVALENCE, 1, 0));
                LocalDate opened = yesterday.minusDays((long) (Draws.uniform(seed, h, Draws.PREVALENCE, 2, 0) * 180));
                HouseholdRun r = new HouseholdRun(h, this);
                r.open(KINDS[kind], stage, opened, yesterday, tally, false);
                runs[h] = r;
            }
        });
    }

    private static SituationIncidence incidenceOf(PopulationModel model, SituationKind kind) {
        for (SituationIncidence i : model.incidence()) {
            if (i.situation() == kind) {
                return i;
            }
        }
        throw new AssertionError(kind);
    }

    /** The kind whose cumulative probability first exceeds u, or -1. */
    private static int pickKind(double[] probabilities, double u) {
        double sum = 0;
        for (int kind = 0; kind < probabilities.length; kind++) {
            sum += probabilities[kind];
            if (u < sum) {
                return kind;
            }
        }
        return -1;
    }

    private static String stage(SituationIncidence incidence, double u) {
        if (incidence.stages().isEmpty()) {
            return SituationIncidence.openStages(incidence.situation()).get(0);
        }
        double total = incidence.stages().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double sum = 0;
        String last = null;
        for (var e : incidence.stages().entrySet()) {
            if (e.getValue() > 0) {
                last = e.getKey();
                sum += e.getValue() / total;
                if (u < sum) {
                    return e.getKey();
                }
            }
        }
        return last;
    }

    /** Phase 1: every household on its own. */
    private void advance(int t, LocalDate a, LocalDate b, ActorTable.Epoch epoch) {
        PopulationModel model = scenario.population().orElse(null);
        long days = ChronoUnit.DAYS.between(a, b);
        double[][] incidence = new double[TENURES.length][KINDS.length];
        if (model != null) {
            for (SituationIncidence i : model.incidence()) {
                double p = i.perYear() >= 1 ? 1 : 1 - StrictMath.pow(1 - i.perYear(), days / 365.25);
                for (Tenure tenure : i.eligibleTenures()) {
                    incidence[tenure.ordinal()][i.situation().ordinal()] = p;
                }
            }
        }
        parallel((from, to, tally) -> {
            for (int h = from; h < to; h++) {
                HouseholdRun r = runs[h];
                if (model != null && (r == null || r.idle())) {
                    int kind = pickKind(
                            incidence[population.tenure(h).ordinal()], Draws.uniform(seed, h, Draws.INCIDENCE, t, 0));
                    if (kind >= 0) {
                        if (r == null) {
                            r = new HouseholdRun(h, this);
                            runs[h] = r;
                        }
                        LocalDate on = a.plusDays((long) (Draws.uniform(seed, h, Draws.INCIDENCE_DAY, t, 0) * days));
                        if (r.lastOn() != null && on.isBefore(r.lastOn())) {
                            on = r.lastOn();
                        }
                        String stage =
                                stage(incidenceOf(model, KINDS[kind]), Draws.uniform(seed, h, Draws.INCIDENCE, t, 1));
                        r.open(KINDS[kind], stage, on, on, tally, true);
                    }
                }
                if (r == null) {
                    continue;
                }
                r.step(t, a, b, tally);
                if (r.situation != null) {
                    LocalDate on = r.lastOn() != null && r.lastOn().isAfter(a) ? r.lastOn() : a;
                    r.advise(on, epoch, tally);
                    if (!r.fresh.isEmpty()) {
                        advised.get(from / chunkSize).add(r);
                    }
                }
            }
        });
    }

    /**
     * Phase 2: claims for places. First the passerelles waiting on each actor's list, actor by actor, oldest first
     * (a waiting passerelle concerns one actor only, so actors do not interfere); then the new claims in request-day,
     * household and rank order.
     */
    private void claims(LocalDate a, LocalDate b, ActorTable.Epoch epoch) {
        int[] capacity = epoch.capacity();
        List<HouseholdRun> touched = new ArrayList<>();
        for (int x = 0; x < queues.length; x++) {
            ArrayDeque<Claim> queue = queues[x];
            while (!queue.isEmpty() && room(x, capacity)) {
                Claim claim = queue.poll();
                HouseholdRun r = claim.run;
                // a resolution cancels the household's waiting claims (and is the only way its situation closes)
                if (claim.cancelled) {
                    continue;
                }
                r.waiting.remove(claim);
                LocalDate on = r.lastOn() != null && r.lastOn().isAfter(a) ? r.lastOn() : a;
                decide(claim, x, on);
                touched.add(r);
            }
        }
        List<Claim> fresh = new ArrayList<>();
        for (List<HouseholdRun> chunk : advised) {
            for (HouseholdRun r : chunk) {
                fresh.addAll(r.fresh);
                r.fresh.clear();
            }
            chunk.clear();
        }
        fresh.sort(Comparator.<Claim, LocalDate>comparing(c -> c.requestedOn)
                .thenComparingInt(c -> c.run.index)
                .thenComparingInt(c -> c.seq));
        for (Claim claim : fresh) {
            HouseholdRun r = claim.run;
            int chosen = -1;
            if (behaviour.whenFull() == CapacityPolicy.ELSEWHERE) {
                for (int target : claim.targets) {
                    if (room(target, capacity)) {
                        chosen = target;
                        break;
                    }
                }
            } else if (room(claim.targets[0], capacity)) {
                chosen = claim.targets[0];
            }
            if (!claim.direct) {
                r.make(claim, chosen >= 0 ? chosen : claim.targets[0], claim.requestedOn, sequential);
            }
            if (chosen < 0) {
                claim.waitingFor = claim.targets[0];
                r.waiting.add(claim);
                queues[claim.waitingFor].add(claim);
                continue;
            }
            decide(claim, chosen, claim.requestedOn);
            touched.add(r);
        }
        touched.sort(Comparator.comparingInt(r -> r.index));
        HouseholdRun previous = null;
        for (HouseholdRun r : touched) {
            if (r != previous) {
                r.drain(b, sequential);
            }
            previous = r;
        }
    }

    /** The actor with a place answers a claim: accepted (the place is taken now) or declined, after a delay. */
    private void decide(Claim claim, int actor, LocalDate on) {
        HouseholdRun r = claim.run;
        int key = HouseholdRun.key(claim.measure);
        boolean accepted =
                Draws.uniform(seed, r.index, Draws.ACCEPT, r.episode, key) < behaviour.acceptanceOf(actors.kind(actor));
        int delay =
                behaviour.contactDelayDays().pick(Draws.uniform(seed, r.index, Draws.CONTACT_DELAY, r.episode, key));
        if (accepted) {
            load.incrementAndGet(actor);
        }
        r.answer(claim, actor, accepted, on.plusDays(delay));
    }

    private boolean room(int actor, int[] capacity) {
        int c = capacity[actor];
        return c == ActorTable.UNLIMITED || (c >= 0 && load.get(actor) < c);
    }

    /** Phase 3: stocks at the end of the step. */
    private void count(ActorTable.Epoch epoch) {
        parallel((from, to, tally) -> {
            for (int h = from; h < to; h++) {
                int c = population.commune(h);
                tally.add(c, Indicator.HOUSEHOLDS);
                HouseholdRun r = runs[h];
                if (r == null) {
                    tally.add(c, Indicator.STATUS_NO_SITUATION);
                    continue;
                }
                tally.add(c, Indicator.status(r.status()));
                if (r.firstOpenedOn != null) {
                    tally.add(c, Indicator.EVER_IN_SITUATION);
                }
                if (r.situation != null) {
                    tally.add(c, Indicator.situation(r.situation.kind()));
                    tally.add(c, Indicator.ethos(r.situation.ethos()));
                }
                if (!r.waiting.isEmpty()) {
                    tally.add(c, Indicator.PASSERELLES_WAITING, r.waiting.size());
                }
            }
        });
        int[] capacity = epoch.capacity();
        for (int x = 0; x < actors.size(); x++) {
            int seat = actors.seatCommune(x);
            if (capacity[x] == ActorTable.ABSENT || seat < 0) {
                continue;
            }
            int l = load.get(x);
            sequential.add(seat, Indicator.ACTOR_LOAD, l);
            if (capacity[x] >= 0) {
                sequential.add(seat, Indicator.ACTOR_CAPACITY, capacity[x]);
                if (l >= capacity[x]) {
                    sequential.add(seat, Indicator.ACTORS_FULL);
                }
            }
        }
    }

    /** The figures of a step for every area, from the tallies. */
    private double[] figures() {
        int communes = areas.communeCount();
        long[] sum = new long[communes * Tally.COUNTS];
        for (Tally tally : tallies) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += tally.counts[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] += sequential.counts[i];
        }
        double[] v = new double[areas.count() * k];
        for (int c = 0; c < communes; c++) {
            for (int area : areas.areasOf(c)) {
                for (int i = 0; i < Tally.COUNTS; i++) {
                    v[area * k + i] += sum[c * Tally.COUNTS + i];
                }
            }
        }
        int[][] delays = new int[areas.count()][];
        int[] delayCounts = new int[areas.count()];
        for (int area = 0; area < areas.count(); area++) {
            delays[area] = new int[8];
        }
        List<Tally> all = new ArrayList<>(Arrays.asList(tallies));
        all.add(sequential);
        for (Tally tally : all) {
            for (int i = 0; i < tally.delayCount; i += 2) {
                for (int area : areas.areasOf(tally.delays[i])) {
                    if (delayCounts[area] == delays[area].length) {
                        delays[area] = Arrays.copyOf(delays[area], delays[area].length * 2);
                    }
                    delays[area][delayCounts[area]++] = tally.delays[i + 1];
                }
            }
        }
        int median = Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT.index();
        int share = Indicator.SHARE_STABILISED.index();
        for (int area = 0; area < areas.count(); area++) {
            v[area * k + median] = median(delays[area], delayCounts[area]);
            double ever = v[area * k + Indicator.EVER_IN_SITUATION.index()];
            v[area * k + share] = ever == 0 ? Double.NaN : v[area * k + Indicator.STATUS_STABILISED.index()] / ever;
        }
        return v;
    }

    /** The median of the first n values, NaN when there are none. */
    static double median(int[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        int[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
