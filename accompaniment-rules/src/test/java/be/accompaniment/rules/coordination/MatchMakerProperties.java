package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.rules.coordination.CoordinationAnalysisGenerators.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The speed-dating scheduler over generated basins. */
class MatchMakerProperties {
    private static SpeedDatingSchedule schedule(MatchMaker maker, Session s) {
        return maker.schedule("Bassin", s.participants(), s.network(), s.options());
    }

    @Test
    void neverRepeatsAPairNorPairsPartners() {
        qt().withExamples(300)
                .forAll(CoordinationAnalysisGenerators.sessions(), CoordinationAnalysisGenerators.complementarities())
                .checkAssert((session, table) -> {
                    SpeedDatingSchedule s = schedule(MatchMaker.of(table), session);
                    Set<Set<ActorId>> pairs = new HashSet<>();
                    for (Encounter e : s.encounters()) {
                        assertThat(pairs.add(Set.of(e.first(), e.second()))).isTrue();
                        assertThat(session.network().worksWith(e.first(), e.second()))
                                .isFalse();
                    }
                });
    }

    @Test
    void isNeverWorseThanTheGreedyBaseline() {
        qt().withExamples(300)
                .forAll(CoordinationAnalysisGenerators.sessions(), CoordinationAnalysisGenerators.complementarities())
                .checkAssert((session, table) -> {
                    MatchMaker maker = MatchMaker.of(table);
                    SpeedDatingSchedule greedy =
                            maker.greedy("Bassin", session.participants(), session.network(), session.options());
                    SpeedDatingSchedule best = schedule(maker, session);
                    assertThat(best.score()).isGreaterThanOrEqualTo(greedy.score() - 1e-9);
                    assertThat(best.greedyScore()).isCloseTo(greedy.score(), org.assertj.core.data.Offset.offset(1e-9));
                });
    }

    @Test
    void keepsTablesAndSeatsWithinTheFrame() {
        qt().withExamples(300).forAll(CoordinationAnalysisGenerators.sessions()).checkAssert(session -> {
            SpeedDatingSchedule s = schedule(MatchMaker.withDefaults(), session);
            for (int r = 1; r <= session.options().rounds(); r++) {
                assertThat(s.round(r).size())
                        .isLessThanOrEqualTo(session.options().tables());
                Map<ActorId, Integer> seats = new HashMap<>();
                for (Encounter e : s.round(r)) {
                    seats.merge(e.first(), 1, Integer::sum);
                    seats.merge(e.second(), 1, Integer::sum);
                }
                seats.forEach((a, n) ->
                        assertThat(n).isLessThanOrEqualTo(session.options().seats(a)));
            }
        });
    }

    /** Busy when possible: no round leaves a table free while two idle organisations could still meet. */
    @Test
    void leavesNoTableFreeThatTwoIdleOrganisationsCouldTake() {
        qt().withExamples(300).forAll(CoordinationAnalysisGenerators.sessions()).checkAssert(session -> {
            SpeedDatingSchedule s = schedule(MatchMaker.withDefaults(), session);
            for (int r = 1; r <= session.options().rounds(); r++) {
                if (s.round(r).size() >= session.options().tables()) {
                    continue;
                }
                List<ActorId> idle = new ArrayList<>(s.idle(r));
                for (int i = 0; i < idle.size(); i++) {
                    for (int j = i + 1; j < idle.size(); j++) {
                        ActorId a = idle.get(i);
                        ActorId b = idle.get(j);
                        assertThat(session.network().worksWith(a, b) || s.meets(a, b))
                                .as("round %d: %s and %s idle at a free table", r, a, b)
                                .isTrue();
                    }
                }
            }
        });
    }

    @Test
    void seatsTheBestEncountersOfARoundAtTheFirstTables() {
        qt().withExamples(200)
                .forAll(CoordinationAnalysisGenerators.sessions(), CoordinationAnalysisGenerators.complementarities())
                .checkAssert((session, table) -> {
                    SpeedDatingSchedule s = schedule(MatchMaker.of(table), session);
                    for (int r = 1; r <= session.options().rounds(); r++) {
                        List<Encounter> round = s.round(r);
                        for (int t = 0; t < round.size(); t++) {
                            assertThat(round.get(t).table()).isEqualTo(t + 1);
                            if (t > 0) {
                                Encounter before = round.get(t - 1);
                                Encounter after = round.get(t);
                                assertThat(before.score())
                                        .as("round %d, tables %d and %d", r, t, t + 1)
                                        .isGreaterThanOrEqualTo(after.score());
                                if (before.score() == after.score()) {
                                    int c = before.first().compareTo(after.first());
                                    assertThat(c == 0 ? before.second().compareTo(after.second()) : c)
                                            .as("ties in id order")
                                            .isNegative();
                                }
                            }
                        }
                    }
                });
    }

    @Test
    void isDeterministicWhateverTheOrderOfParticipants() {
        qt().withExamples(200).forAll(CoordinationAnalysisGenerators.sessions()).checkAssert(session -> {
            SpeedDatingSchedule s = schedule(MatchMaker.withDefaults(), session);
            List<Actor> reversed = new ArrayList<>(session.participants());
            Collections.reverse(reversed);
            assertThat(MatchMaker.withDefaults().schedule("Bassin", reversed, session.network(), session.options()))
                    .isEqualTo(s);
        });
    }

    @Test
    void explainsEveryEncounterByItsScore() {
        qt().withExamples(200).forAll(CoordinationAnalysisGenerators.sessions()).checkAssert(session -> {
            Complementarity table = Complementarity.bundled();
            SpeedDatingSchedule s = schedule(MatchMaker.withDefaults(), session);
            Map<ActorId, Actor> byId = new HashMap<>();
            session.participants().forEach(a -> byId.put(a.id(), a));
            for (Encounter e : s.encounters()) {
                assertThat(e.score())
                        .isCloseTo(
                                table.score(byId.get(e.first()), byId.get(e.second())),
                                org.assertj.core.data.Offset.offset(1e-9));
                assertThat(e.reasons()).isNotEmpty();
            }
        });
    }
}
