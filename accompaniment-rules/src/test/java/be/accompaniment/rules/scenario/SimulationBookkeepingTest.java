package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorId;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.pathway.DwellingUpgraded;
import be.accompaniment.pathway.FirstContact;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of a run agree with its pathways: every flow is the number of events of its kind, the delay to a first
 * contact is read off the pathways, an actor's load is the measures it runs, and a resolved situation leaves no
 * passerelle or measure open. Answers come the day a passerelle is made, so that nothing is pending at the end of a
 * step; actors have a quarter of their default capacity, so that queues form.
 */
class SimulationBookkeepingTest {
    /**
     * The run, made afresh for each test rather than once for the class: work done while a test class is loaded is
     * not attributed to any test by mutation testing (PIT), which would then never run these tests.
     */
    private SimulationResult run;

    @BeforeEach
    void simulate() {
        run = Simulation.builder(ScenarioFixtures.ourthe(2500, 12, StepUnit.MONTH)
                        .actorModel(ScenarioFixtures.tight())
                        .behaviour(Behaviour.builder()
                                .from(Behaviour.defaults())
                                .contactDelayDays(DayRange.of(0, 0))
                                .build())
                        .build())
                .threads(1)
                .build()
                .run();
    }

    private long count(Predicate<PathwayEvent> which) {
        long n = 0;
        for (Pathway p : run.pathways()) {
            for (PathwayEvent e : p.events()) {
                if (which.test(e)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The first day after step t. */
    private LocalDate endOf(int t) {
        return t + 1 < run.steps() ? run.days().get(t + 1) : run.scenario().endOn();
    }

    @Test
    void everyFlowIsTheNumberOfItsEvents() {
        LocalDate start = run.scenario().startOn();
        Map<Indicator, Long> expected = new HashMap<>();
        expected.put(
                Indicator.SITUATIONS_OPENED, count(e -> e instanceof SituationOpened o && !o.on().isBefore(start)));
        expected.put(Indicator.SITUATIONS_RESOLVED, count(SituationResolved.class::isInstance));
        expected.put(Indicator.SITUATIONS_WORSENED, count(SituationWorsened.class::isInstance));
        expected.put(
                Indicator.EVICTIONS_EXECUTED,
                count(e -> e instanceof SituationWorsened w && w.stage().equals("EXECUTED")));
        expected.put(Indicator.PASSERELLES_MADE, count(PasserelleMade.class::isInstance));
        expected.put(
                Indicator.PASSERELLES_ACCEPTED,
                count(e -> e instanceof PasserelleAnswered a && a.status() == PasserelleStatus.ACCEPTED));
        expected.put(
                Indicator.PASSERELLES_DECLINED,
                count(e -> e instanceof PasserelleAnswered a && a.status() == PasserelleStatus.REJECTED));
        expected.put(Indicator.MEASURES_STARTED, count(MeasureStarted.class::isInstance));
        expected.put(Indicator.RELOCATIONS, count(HouseholdRelocated.class::isInstance));
        expected.put(Indicator.UPGRADES, count(DwellingUpgraded.class::isInstance));
        expected.put(
                Indicator.FIRST_CONTACTS,
                run.pathways().stream()
                        .filter(p -> p.events().stream().anyMatch(FirstContact.class::isInstance))
                        .count());
        expected.forEach((indicator, n) -> {
            assertThat(run.total(indicator)).as(indicator.name()).isEqualTo(n);
            assertThat(n).as(indicator.name()).isPositive();
        });
    }

    @Test
    void eachStepsMedianDelayToAFirstContactIsThePathways() {
        List<List<Integer>> delays = new ArrayList<>();
        for (int t = 0; t < run.steps(); t++) {
            delays.add(new ArrayList<>());
        }
        for (Pathway p : run.pathways()) {
            List<PathwayEvent> events = p.events();
            LocalDate opened = null;
            for (PathwayEvent e : events) {
                if (opened == null && e instanceof SituationOpened o) {
                    opened = o.on();
                }
                if (e instanceof FirstContact f) {
                    int step = run.days()
                            .indexOf(run.days().stream()
                                    .filter(d -> !d.isAfter(f.on()))
                                    .reduce((a, b) -> b)
                                    .orElseThrow());
                    delays.get(step).add((int) ChronoUnit.DAYS.between(opened, f.on()));
                    break;
                }
            }
        }
        double[] medians = run.territorySeries(Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT);
        for (int t = 0; t < run.steps(); t++) {
            int[] d = delays.get(t).stream().mapToInt(Integer::intValue).toArray();
            assertThat(medians[t]).as("step %d", t).isEqualTo(Engine.median(d, d.length));
        }
        assertThat(delays.get(1)).isNotEmpty();
    }

    @Test
    void anActorsLoadIsTheMeasuresItRuns() {
        Map<ActorId, Integer> index = new HashMap<>();
        for (int a = 0; a < run.actors().size(); a++) {
            index.put(run.actors().get(a), a);
        }
        boolean someoneFull = false;
        for (int t = 0; t < run.steps(); t++) {
            LocalDate end = endOf(t);
            int[] running = new int[run.actors().size()];
            for (Pathway p : run.pathways()) {
                Map<MeasureId, ActorId> open = new HashMap<>();
                for (PathwayEvent e : p.events()) {
                    if (!e.on().isBefore(end)) {
                        break;
                    }
                    if (e instanceof MeasureStarted s) {
                        open.put(s.measure(), s.provider());
                    } else if (e instanceof MeasureEnded m) {
                        open.remove(m.measure());
                    }
                }
                open.values().forEach(a -> running[index.get(a)]++);
            }
            long load = 0;
            long capacity = 0;
            long full = 0;
            for (int a = 0; a < running.length; a++) {
                assertThat(run.actorLoad(t, a))
                        .as("%s at step %d", run.actors().get(a), t)
                        .isEqualTo(running[a]);
                load += running[a];
                if (run.actorCapacity(t, a).isPresent()) {
                    int c = run.actorCapacity(t, a).get();
                    capacity += c;
                    if (running[a] >= c) {
                        full++;
                    }
                }
            }
            someoneFull |= full > 0;
            assertThat(run.territorySeries(Indicator.ACTOR_LOAD)[t]).isEqualTo((double) load);
            assertThat(run.territorySeries(Indicator.ACTOR_CAPACITY)[t]).isEqualTo((double) capacity);
            assertThat(run.territorySeries(Indicator.ACTORS_FULL)[t]).isEqualTo((double) full);
        }
        assertThat(someoneFull).isTrue();
    }

    @Test
    void aResolvedSituationLeavesNoPasserelleOrMeasureOpen() {
        int stabilisations = 0;
        int cancelled = 0;
        for (Pathway p : run.pathways()) {
            Set<MeasureId> measures = new HashSet<>();
            Set<PasserelleId> passerelles = new HashSet<>();
            for (PathwayEvent e : p.events()) {
                if (e instanceof MeasureStarted s) {
                    measures.add(s.measure());
                } else if (e instanceof MeasureEnded m) {
                    assertThat(measures.remove(m.measure())).isTrue();
                } else if (e instanceof PasserelleMade m) {
                    passerelles.add(m.passerelle());
                } else if (e instanceof PasserelleAnswered a && a.status().isTerminal()) {
                    passerelles.remove(a.passerelle());
                    if (a.status() == PasserelleStatus.CANCELLED) {
                        cancelled++;
                    }
                } else if (e instanceof Stabilised) {
                    assertThat(measures).as("measures running when %s", e).isEmpty();
                    assertThat(passerelles).as("passerelles open when %s", e).isEmpty();
                    stabilisations++;
                }
            }
        }
        assertThat(stabilisations).isPositive();
        assertThat(cancelled).isPositive();
    }

    @Test
    void theStocksAreTheHouseholdsInEachState() {
        int last = run.steps() - 1;
        LocalDate end = endOf(last);
        long waitingPasserelles = 0;
        Map<SituationKind, Long> open = new EnumMap<>(SituationKind.class);
        for (Pathway p : run.pathways()) {
            Set<PasserelleId> unanswered = new HashSet<>();
            SituationKind current = null;
            for (PathwayEvent e : p.events()) {
                if (e instanceof PasserelleMade m && m.on().isBefore(end)) {
                    unanswered.add(m.passerelle());
                } else if (e instanceof PasserelleAnswered a) {
                    unanswered.remove(a.passerelle());
                } else if (e instanceof SituationOpened o) {
                    current = o.situation();
                } else if (e instanceof SituationResolved) {
                    current = null;
                }
            }
            waitingPasserelles += unanswered.size();
            if (current != null) {
                open.merge(current, 1L, Long::sum);
            }
        }
        for (SituationKind kind : SituationKind.values()) {
            assertThat(run.territorySeries(Indicator.situation(kind))[last])
                    .as("households in %s", kind)
                    .isEqualTo((double) open.getOrDefault(kind, 0L));
        }
        // with answers on the day, a passerelle made and not answered waits for a place
        assertThat(waitingPasserelles).isPositive();
        assertThat(run.territorySeries(Indicator.PASSERELLES_WAITING)[last]).isGreaterThanOrEqualTo(waitingPasserelles);
        long ever = run.pathways().stream().filter(p -> !p.isEmpty()).count();
        assertThat(run.territorySeries(Indicator.EVER_IN_SITUATION)[last]).isEqualTo((double) ever);
    }
}
