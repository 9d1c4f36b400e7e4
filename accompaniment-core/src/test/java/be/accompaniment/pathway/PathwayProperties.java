package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.PathwayException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.passerelle.PasserelleStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PathwayProperties {
    @Test
    void replayOfEveryPrefixEqualsTheStateReachedIncrementally() {
        qt().withExamples(300).forAll(PathwayGenerators.pathways(40)).checkAssert(p -> {
            List<Pathway> versions = new ArrayList<>();
            List<PathwayState> states = new ArrayList<>();
            Pathway q = Pathway.start(p.household());
            versions.add(q);
            states.add(q.state());
            for (PathwayEvent e : p.events()) {
                q = q.append(e);
                versions.add(q);
                states.add(q.state());
            }
            assertThat(q).isEqualTo(p);
            for (int k = 0; k < versions.size(); k++) {
                assertThat(versions.get(k).replay()).isEqualTo(states.get(k));
                assertThat(versions.get(k).state()).isEqualTo(states.get(k));
                assertThat(Pathway.of(p.household(), p.events().subList(0, k)).replay())
                        .isEqualTo(states.get(k));
            }
        });
    }

    @Test
    void appendingAnEventDatedBeforeTheLastOneFails() {
        qt().forAll(PathwayGenerators.nonEmptyPathways(30)
                        .flatMap(p -> Generate.range(1, 400)
                                .flatMap(back -> PathwayGenerators.eventsOn(
                                        p.lastEventOn().orElseThrow().minusDays(back)))
                                .map(e -> Map.entry(p, e))))
                .checkAssert(pe -> {
                    Pathway p = pe.getKey();
                    assertThatThrownBy(() -> p.append(pe.getValue()))
                            .isInstanceOf(PathwayException.class)
                            .hasMessageContaining("household " + p.household() + ": events[" + p.size() + "]")
                            .hasMessageContaining("breaks rule dates-in-order");
                    assertThat(p.state()).isEqualTo(p.replay());
                });
    }

    @Test
    void appendingAnEventOfAnyKindDatedBeforeTheLastOneFails() {
        qt().forAll(PathwayGenerators.nonEmptyPathways(20), PathwayGenerators.eventsOn(LocalDate.of(2014, 12, 31)))
                .checkAssert((p, e) -> assertThatThrownBy(() -> p.append(e))
                        .isInstanceOf(PathwayException.class)
                        .hasMessageContaining("breaks rule dates-in-order"));
    }

    @Test
    void jsonRoundTripGivesAnEqualPathway() {
        qt().withExamples(300).forAll(PathwayGenerators.pathways(40)).checkAssert(p -> {
            Pathway read = AccompanimentJson.read(AccompanimentJson.write(p), Pathway.class);
            assertThat(read).isEqualTo(p);
            assertThat(read.hashCode()).isEqualTo(p.hashCode());
        });
    }

    @Test
    void everyEventRoundTripsThroughJsonWithItsKind() {
        qt().forAll(PathwayGenerators.days().flatMap(PathwayGenerators::eventsOn))
                .checkAssert(e -> {
                    String json = AccompanimentJson.write(e);
                    assertThat(json).startsWith("{\"kind\":\"");
                    assertThat(AccompanimentJson.read(json, PathwayEvent.class)).isEqualTo(e);
                });
    }

    @Test
    void stateAndMetricsRoundTripThroughJson() {
        qt().withExamples(300).forAll(PathwayGenerators.pathways(40)).checkAssert(p -> {
            assertThat(AccompanimentJson.read(AccompanimentJson.write(p.state()), PathwayState.class))
                    .isEqualTo(p.state());
            assertThat(AccompanimentJson.read(AccompanimentJson.write(p.metrics()), PathwayMetrics.class))
                    .isEqualTo(p.metrics());
        });
    }

    @Test
    void metricsAgreeWithTheState() {
        qt().forAll(PathwayGenerators.pathways(40)).checkAssert(p -> {
            PathwayState s = p.state();
            PathwayMetrics m = p.metrics();
            assertThat(m.actorsInvolved()).isEqualTo(s.actorsInvolved().size());
            assertThat(m.passerellesMade()).isEqualTo(s.passerelles().size());
            assertThat(m.passerellesAccepted() + m.passerellesDeclined()).isLessThanOrEqualTo(m.passerellesMade());
            assertThat(m.passerellesDeclined())
                    .isEqualTo(s.passerelles().values().stream()
                            .filter(st -> st == PasserelleStatus.REJECTED)
                            .count());
            assertThat(m.outcome()).isEqualTo(s.outcome());
            if (s.isStabilised()) {
                assertThat(m.daysToStabilisation()).isPresent();
            }
        });
    }

    @Test
    void appendingToAnOlderVersionLeavesTheNewerOneIntact() {
        qt().forAll(PathwayGenerators.pathways(30), Generate.range(0, 30)).checkAssert((p, cut) -> {
            int k = Math.min(cut, p.size());
            Pathway older = Pathway.of(p.household(), p.events().subList(0, k));
            Pathway newer = older;
            for (PathwayEvent e : p.events().subList(k, p.size())) {
                newer = newer.append(e);
            }
            LocalDate day = older.lastEventOn().orElse(LocalDate.of(2015, 1, 1));
            Pathway branch = older.append(DwellingUpgraded.of(DwellingUpgrade.ADAPTATION, day));
            assertThat(newer).isEqualTo(p);
            assertThat(newer.state()).isEqualTo(p.replay());
            assertThat(branch.events().subList(0, k)).isEqualTo(p.events().subList(0, k));
            assertThat(branch.state().upgraded()).isTrue();
            assertThat(older.size()).isEqualTo(k);
        });
    }
}
