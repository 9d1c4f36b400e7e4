package be.accompaniment.rules.scenario;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.rules.calendar.WinterMoratorium;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A simulation of a {@link Scenario}: runs it step by step, asking the passerelle advisor for every household in a
 * situation, and returns a {@link SimulationResult}.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.read(in);
 * SimulationResult result = Simulation.builder(scenario).threads(2).build().run();
 * result.writeCsv(writer);
 * }</pre>
 *
 * <p>The result depends only on the scenario: the same scenario gives the same figures and pathways, byte for byte,
 * whatever {@link Builder#threads(int)} says. Replications ({@link #replicate(int)}) run the scenario under seeds
 * derived from its own. Immutable and thread-safe; each {@link #run()} is independent.
 */
public final class Simulation {
    private final Scenario scenario;
    private final Gazetteer gazetteer;
    private final int threads;
    private final boolean keepPathways;
    private final ImmutableList<Rulebook> rulebooks;

    private Simulation(Builder b) {
        this.scenario = b.scenario;
        this.gazetteer = b.gazetteer;
        this.threads = b.threads;
        this.keepPathways = b.keepPathways;
        this.rulebooks = b.rulebooks;
    }

    /**
     * A simulation of a scenario with the defaults: the bundled gazetteer, every available processor, pathways kept.
     *
     * @param scenario the scenario, not null
     * @return the simulation
     */
    public static Simulation of(Scenario scenario) {
        return builder(scenario).build();
    }

    /**
     * A builder for a simulation of a scenario.
     *
     * @param scenario the scenario, not null
     * @return the builder
     */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /**
     * The seed of a replication: the scenario's own for replication 0, then seeds mixed from it.
     *
     * @param seed the scenario's seed
     * @param replication the replication, from 0
     * @return the seed
     */
    public static long replicationSeed(long seed, int replication) {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0, was " + replication);
        }
        return replication == 0 ? seed : Draws.mix(seed + replication * 0x9E3779B97F4A7C15L);
    }

    /** The scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Runs the scenario.
     *
     * @return the result
     * @throws be.accompaniment.InvalidInputException if the scenario does not fit the gazetteer (a commune or basin
     *     unknown) or a listed household is in several situations
     */
    public SimulationResult run() {
        return run(SimulationListener.none());
    }

    /**
     * Runs the scenario, reporting progress after each step.
     *
     * @param listener the listener, not null
     * @return the result
     */
    public SimulationResult run(SimulationListener listener) {
        Objects.requireNonNull(listener, "listener");
        return run(scenario, listener);
    }

    private SimulationResult run(Scenario s, SimulationListener listener) {
        Set<Region> regions = regions(s);
        List<Rulebook> books = new ArrayList<>();
        if (rulebooks == null) {
            for (Region region : regions) {
                if (region != Region.FLANDERS) {
                    books.add(Rulebook.bundled(region));
                }
            }
        } else {
            books.addAll(rulebooks);
        }
        List<Rulebook> extended = new ArrayList<>();
        List<CalendarParameters> calendars = new ArrayList<>();
        for (Rulebook book : books) {
            CalendarParameters p = extended(
                    book.calendar().orElseGet(() -> CalendarParameters.bundled(book.region())), s.interventions());
            calendars.add(p);
            extended.add(Rulebook.builder().from(book).calendar(p).build());
        }
        Function<ActorDirectory, Advising> factory = directory ->
                new AdvisorAdvising(PasserelleAdvisor.compile(extended, directory, PartnerNetwork.empty()));
        return new Engine(s, gazetteer, LegalCalendar.of(calendars), factory, threads, keepPathways).run(listener);
    }

    /**
     * Runs the scenario under several seeds: replication 0 under its own seed, the others under
     * {@link #replicationSeed(long, int)}.
     *
     * @param replications the number of runs, at least 1
     * @return the results, in replication order
     */
    public ImmutableList<SimulationResult> replicate(int replications) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
        ImmutableList.Builder<SimulationResult> b = ImmutableList.builder();
        for (int r = 0; r < replications; r++) {
            b.add(run(scenario.withSeed(replicationSeed(scenario.seed(), r)), SimulationListener.none()));
        }
        return b.build();
    }

    private Set<Region> regions(Scenario s) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (NisCode c : s.territory().resolve(gazetteer, s.startOn()).communes()) {
            regions.add(c.region());
        }
        return regions;
    }

    /** A region's calendar parameters with the moratorium extensions of a scenario that concern it. */
    static CalendarParameters extended(CalendarParameters p, List<Intervention> interventions) {
        CalendarParameters out = p;
        for (Intervention i : interventions) {
            if (!(i instanceof ExtendMoratorium x)
                    || x.region().filter(r -> r != p.region()).isPresent()) {
                continue;
            }
            DatedValue<WinterMoratorium> m = out.winterMoratorium();
            List<DatedValue.Step<WinterMoratorium>> steps = new ArrayList<>();
            WinterMoratorium last = null;
            for (DatedValue.Step<WinterMoratorium> step : m.steps()) {
                if (step.from().isBefore(x.effectiveFrom())) {
                    steps.add(step);
                    last = step.value().orElse(null);
                }
            }
            if (last == null) {
                continue;
            }
            WinterMoratorium extended =
                    WinterMoratorium.builder().from(last).scope(x.scope()).build();
            steps.add(DatedValue.Step.of(
                    x.effectiveFrom(),
                    extended,
                    LegalReference.builder()
                            .title("Scenario intervention: winter moratorium extended to " + x.scope()
                                    + " (hypothetical, not in force)")
                            .verified(false)
                            .build()));
            out = CalendarParameters.builder()
                    .from(out)
                    .winterMoratorium(DatedValue.of(m.name(), steps))
                    .build();
        }
        return out;
    }

    /** Builds a {@link Simulation}. */
    public static final class Builder {
        private final Scenario scenario;
        private Gazetteer gazetteer = Gazetteer.belgium();
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean keepPathways = true;
        private ImmutableList<Rulebook> rulebooks;

        Builder(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
        }

        /**
         * The gazetteer that resolves the territory; {@link Gazetteer#belgium()} by default.
         *
         * @param gazetteer the gazetteer, not null
         * @return this builder
         */
        public Builder gazetteer(Gazetteer gazetteer) {
            this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
            return this;
        }

        /**
         * The number of threads; every available processor by default. The result does not depend on it.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Whether to keep every household's pathway (true by default); without, the figures are the same and a
         * large run takes less memory, but the result has no pathways and no research export.
         *
         * @param keep whether to keep pathways
         * @return this builder
         */
        public Builder keepPathways(boolean keep) {
            this.keepPathways = keep;
            return this;
        }

        /**
         * The rulebooks the advisor applies, at most one per region; by default the bundled rulebook of each region
         * of the territory ({@link Rulebook#bundled(Region)}; Flanders has none, so its households get no advice).
         * Their calendar, or the bundled calendar of their region, is also the legal clock of the simulation.
         *
         * @param rulebooks the rulebooks, not null
         * @return this builder
         */
        public Builder rulebooks(Collection<Rulebook> rulebooks) {
            this.rulebooks = ImmutableList.copyOf(rulebooks);
            return this;
        }

        /** The simulation. */
        public Simulation build() {
            return new Simulation(this);
        }
    }
}
