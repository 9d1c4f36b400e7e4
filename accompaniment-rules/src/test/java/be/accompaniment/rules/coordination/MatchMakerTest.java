package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchMakerTest {
    private static final MatchMaker MAKER = MatchMaker.withDefaults();

    private static Actor actor(String id, ActorKind kind) {
        return CoordinationAnalysisGenerators.actor(ActorId.of(id), kind, List.of(NisCode.of(62063)), Set.of());
    }

    private static final Actor AIS = actor("ais", ActorKind.AIS);
    private static final Actor APL = actor("apl", ActorKind.APL);
    private static final Actor REGIE = actor("regie", ActorKind.REGIE_DE_QUARTIER);
    private static final Actor CPAS = actor("cpas", ActorKind.CPAS);

    @Test
    void pairsTheMostComplementaryFirstAndNeverRepeats() {
        SpeedDatingSchedule s = MAKER.schedule(
                "Liège", List.of(AIS, APL, REGIE, CPAS), PartnerNetwork.empty(), SpeedDatingOptions.of(3, 2));
        // four actors, two tables, three rounds: every pair meets once
        assertThat(s.encounters()).hasSize(6);
        for (int r = 1; r <= 3; r++) {
            assertThat(s.round(r)).hasSize(2);
            assertThat(s.idle(r)).isEmpty();
        }
        assertThat(s.encounters().stream()
                        .map(e -> Set.of(e.first(), e.second()))
                        .distinct())
                .hasSize(6);
        assertThat(s.score()).isGreaterThanOrEqualTo(s.greedyScore());
        // AIS-APL (4) or AIS-régie (4) sit at the first table of a round with APL-régie (3) or CPAS links
        assertThat(s.round(1).get(0).score()).isEqualTo(4);
    }

    @Test
    void neverPairsActorsThatAlreadyWorkTogether() {
        PartnerNetwork network =
                PartnerNetwork.builder().addCollaboration(AIS.id(), APL.id(), 3).build();
        SpeedDatingSchedule s =
                MAKER.schedule("Liège", List.of(AIS, APL, REGIE, CPAS), network, SpeedDatingOptions.of(4, 2));
        assertThat(s.meets(AIS.id(), APL.id())).isFalse();
        assertThat(s.encounters()).hasSize(5);
    }

    @Test
    void respectsTheSeatsOfEachOrganisation() {
        SpeedDatingOptions options = SpeedDatingOptions.builder()
                .rounds(1)
                .tables(3)
                .maxRepresentatives(2)
                .putRepresentatives(AIS.id(), 2)
                .build();
        SpeedDatingSchedule s =
                MAKER.schedule("Liège", List.of(AIS, APL, REGIE, CPAS), PartnerNetwork.empty(), options);
        // the AIS sends two people: it meets the APL and the CPAS at once; five seats make two encounters
        assertThat(s.round(1))
                .extracting(e -> Set.of(e.first(), e.second()))
                .containsExactlyInAnyOrder(Set.of(AIS.id(), APL.id()), Set.of(AIS.id(), CPAS.id()));
        assertThat(s.idle(1)).containsExactly(REGIE.id());
    }

    @Test
    void fillsTablesBeyondWhatTheGreedyFinds() {
        // greedy takes AIS-APL (4) in round 1 and leaves the régie and the CPAS, which may then meet;
        // with one table and pairs scored so that the greedy blocks itself, the search must not lose score
        List<Actor> actors =
                List.of(AIS, APL, REGIE, CPAS, actor("ais-2", ActorKind.AIS), actor("slsp", ActorKind.SLSP));
        SpeedDatingSchedule greedy = MAKER.greedy("x", actors, PartnerNetwork.empty(), SpeedDatingOptions.of(3, 3));
        SpeedDatingSchedule best = MAKER.schedule("x", actors, PartnerNetwork.empty(), SpeedDatingOptions.of(3, 3));
        assertThat(best.score()).isGreaterThanOrEqualTo(greedy.score());
        assertThat(best.greedyScore()).isEqualTo(greedy.score());
        assertThat(best.encounters().size())
                .isGreaterThanOrEqualTo(greedy.encounters().size());
    }

    @Test
    void isDeterministicWhateverTheOrderOfParticipants() {
        List<Actor> actors = new ArrayList<>(List.of(
                AIS,
                APL,
                REGIE,
                CPAS,
                actor("ais-2", ActorKind.AIS),
                actor("pcs", ActorKind.PCS),
                actor("flw", ActorKind.FLW)));
        SpeedDatingSchedule first = MAKER.schedule("x", actors, PartnerNetwork.empty(), SpeedDatingOptions.of(3, 3));
        Collections.reverse(actors);
        assertThat(MAKER.schedule("x", actors, PartnerNetwork.empty(), SpeedDatingOptions.of(3, 3)))
                .isEqualTo(first);
    }

    @Test
    void explainsEachPairing() {
        SpeedDatingSchedule s =
                MAKER.schedule("Liège", List.of(AIS, CPAS), PartnerNetwork.empty(), SpeedDatingOptions.of(1, 1));
        assertThat(s.report(Language.EN, ActorId::value))
                .isEqualTo("Speed dating — Liège: 2 organisations, 1 rounds × 1 tables, 1 encounters; score 4"
                        + " (greedy baseline 4)\n"
                        + "Round 1\n"
                        + "  Table 1: ais ↔ cpas — 4: new encounter +1, AIS ↔ CPAS +2,"
                        + " Associative (non-profit) ↔ Public +1\n");
    }

    @Test
    void handlesTooFewParticipants() {
        assertThat(MAKER.schedule("x", List.of(), PartnerNetwork.empty(), SpeedDatingOptions.of(2, 2))
                        .encounters())
                .isEmpty();
        SpeedDatingSchedule alone =
                MAKER.schedule("x", List.of(AIS), PartnerNetwork.empty(), SpeedDatingOptions.of(2, 2));
        assertThat(alone.encounters()).isEmpty();
        assertThat(alone.idle(1)).containsExactly(AIS.id());
    }

    @Test
    void searchesWithASeedAndAnEffort() {
        List<Actor> actors = List.of(
                AIS,
                APL,
                REGIE,
                CPAS,
                actor("ais-2", ActorKind.AIS),
                actor("pcs", ActorKind.PCS),
                actor("flw", ActorKind.FLW));
        SpeedDatingOptions options = SpeedDatingOptions.of(3, 2);
        MatchMaker none = MAKER.withSearch(0, 1);
        MatchMaker more = MAKER.withSearch(60, 7);
        double localOptimum =
                none.schedule("x", actors, PartnerNetwork.empty(), options).score();
        assertThat(more.schedule("x", actors, PartnerNetwork.empty(), options).score())
                .isGreaterThanOrEqualTo(localOptimum);
        assertThat(more.schedule("x", actors, PartnerNetwork.empty(), options))
                .isEqualTo(MAKER.withSearch(60, 7).schedule("x", actors, PartnerNetwork.empty(), options));
        assertThat(more.perturbations()).isEqualTo(60);
        assertThat(more.seed()).isEqualTo(7);
        assertThat(MAKER.perturbations()).isEqualTo(40);
        assertThatThrownBy(() -> MAKER.withSearch(-1, 0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("match maker: perturbations"))
                .hasMessageContaining("was -1");
    }

    @Test
    void rejectsTwoParticipantsWithOneId() {
        assertThatThrownBy(() -> MAKER.schedule(
                        "x",
                        List.of(AIS, actor("ais", ActorKind.CPAS)),
                        PartnerNetwork.empty(),
                        SpeedDatingOptions.of(1, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("speed dating: participants"))
                .hasMessageContaining("\"ais\"");
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Complementarity.class, Complementarity.bundled())
                .setDefault(PartnerNetwork.class, PartnerNetwork.empty())
                .setDefault(SpeedDatingOptions.class, SpeedDatingOptions.of(1, 1))
                .setDefault(String.class, "x");
        tester.testAllPublicStaticMethods(MatchMaker.class);
        tester.testAllPublicInstanceMethods(MAKER);
    }
}
