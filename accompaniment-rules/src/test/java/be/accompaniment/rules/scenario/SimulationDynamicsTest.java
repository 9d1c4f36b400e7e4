package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.pathway.DwellingUpgraded;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chance dynamics of a simulation, set to certainties so that each pathway can be read: a situation that must
 * resolve does so in the step after it opened, staying or moving as its kind and the relocation share say, and one
 * that must come back does.
 */
class SimulationDynamicsTest {
    /** Kinds whose resolution always means moving out. */
    private static final Set<SituationKind> ALWAYS_MOVE =
            Set.of(SituationKind.HOMELESSNESS, SituationKind.PERMANENT_HABITAT);

    private static Behaviour behaviour(double resolve, double worsen, double repeat, double relocation) {
        List<SituationDynamics> dynamics = ScenarioFixtures.dynamics(resolve, worsen, repeat, relocation);
        return Behaviour.builder().from(Behaviour.defaults()).dynamics(dynamics).build();
    }

    private static SimulationResult run(Behaviour behaviour, int steps) {
        return Simulation.builder(ScenarioFixtures.ourthe(1500, steps, StepUnit.MONTH)
                        .behaviour(behaviour)
                        .build())
                .threads(1)
                .build()
                .run();
    }

    private static <T extends PathwayEvent> int indexOf(List<PathwayEvent> events, Class<T> type, int from) {
        for (int i = from; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSituationThatMustResolveDoesSoInTheNextStepAndStaysPut() {
        SimulationResult r = run(behaviour(1, 0, 0, 0), 3);
        LocalDate lastStep = r.days().get(r.days().size() - 1);
        int resolved = 0;
        int upgrades = 0;
        int moves = 0;
        for (Pathway p : r.pathways()) {
            List<PathwayEvent> events = p.events();
            for (int i = 0; i < events.size(); i++) {
                // opened before the last step, without a legal clock that could end it first
                if (!(events.get(i) instanceof SituationOpened o)
                        || o.situation() == SituationKind.INSTITUTION_EXIT
                        || o.situation() == SituationKind.EVICTION_THREAT
                        || !o.on().isBefore(lastStep)) {
                    continue;
                }
                int end = indexOf(events, SituationResolved.class, i + 1);
                assertThat(end).as("%s opened %s", o.situation(), o.on()).isPositive();
                resolved++;
                int stabilised = indexOf(events, Stabilised.class, end);
                assertThat(stabilised).isPositive();
                boolean moved = events.subList(end, stabilised).stream().anyMatch(HouseholdRelocated.class::isInstance);
                Stabilised s = (Stabilised) events.get(stabilised);
                assertThat(s.destination().isPresent()).isEqualTo(moved);
                if (ALWAYS_MOVE.contains(o.situation())) {
                    assertThat(moved).as("%s moves", o.situation()).isTrue();
                }
                if (o.situation() == SituationKind.RENT_ARREARS) {
                    assertThat(moved)
                            .as("%s with no relocation share", o.situation())
                            .isFalse();
                }
                if (moved) {
                    moves++;
                }
                if (end > 0 && events.get(end - 1) instanceof DwellingUpgraded) {
                    upgrades++;
                }
            }
        }
        assertThat(resolved).isGreaterThan(10);
        assertThat(r.total(Indicator.SITUATIONS_RESOLVED)).isGreaterThanOrEqualTo(resolved);
        assertThat(r.total(Indicator.UPGRADES)).isGreaterThanOrEqualTo(upgrades);
        assertThat(r.total(Indicator.RELOCATIONS)).isGreaterThanOrEqualTo(moves);
        assertThat(r.territorySeries(Indicator.STATUS_STABILISED)[r.steps() - 1])
                .isPositive();
    }

    @Test
    void aRelocationShareOfOneMovesEveryoneOut() {
        SimulationResult r = run(behaviour(1, 0, 0, 1), 3);
        assertThat(r.total(Indicator.UPGRADES)).isZero();
        assertThat(r.total(Indicator.RELOCATIONS)).isPositive();
        for (Pathway p : r.pathways()) {
            List<PathwayEvent> events = p.events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof SituationResolved resolved
                        && resolved.situation() != SituationKind.INSTITUTION_EXIT) {
                    assertThat(indexOf(events, HouseholdRelocated.class, i)).isEqualTo(i + 1);
                }
            }
        }
    }

    @Test
    void nothingResolvesByChanceWhenResolutionIsImpossible() {
        SimulationResult r = run(behaviour(0, 0, 0, 0), 3);
        assertThat(r.total(Indicator.UPGRADES)).isZero();
        assertThat(r.total(Indicator.SITUATIONS_WORSENED)).isZero();
        for (Pathway p : r.pathways()) {
            assertThat(p.events())
                    .noneMatch(e -> e instanceof SituationResolved s
                            && Set.of(
                                            SituationKind.HOMELESSNESS,
                                            SituationKind.PERMANENT_HABITAT,
                                            SituationKind.RENT_ARREARS,
                                            SituationKind.FAMILY_RUPTURE)
                                    .contains(s.situation()));
        }
    }

    @Test
    void aSituationThatMustComeBackComesBackWithinAYear() {
        SimulationResult r = run(behaviour(1, 0, 1, 0), 14);
        int comebacks = 0;
        for (Pathway p : r.pathways()) {
            List<PathwayEvent> events = p.events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Stabilised s
                        && s.on().isBefore(r.days().get(1))) {
                    SituationResolved resolved = (SituationResolved) events.stream()
                            .filter(e -> e instanceof SituationResolved x && !x.on().isAfter(s.on()))
                            .reduce((a, b) -> b)
                            .orElseThrow();
                    int next = indexOf(events, SituationOpened.class, i);
                    assertThat(next)
                            .as("a %s resolved on %s comes back", resolved.situation(), s.on())
                            .isPositive();
                    SituationOpened again = (SituationOpened) events.get(next);
                    assertThat(again.situation()).isEqualTo(resolved.situation());
                    assertThat(again.on()).isAfter(s.on()).isBeforeOrEqualTo(s.on().plusDays(366));
                    comebacks++;
                }
            }
        }
        assertThat(comebacks).isPositive();
    }
}
