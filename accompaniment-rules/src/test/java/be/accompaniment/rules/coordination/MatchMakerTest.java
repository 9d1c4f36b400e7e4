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
import java.util.Comparator;
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

    /**
     * A round of two tables where the greedy pairs the two best partners first and leaves the other two together,
     * at no gain: AIS-APL (10) and CPAS-régie (0). Exchanging partners gives AIS-CPAS and APL-régie, 9 each.
     */
    @Test
    void exchangesPartnersWhenTheGreedyPairedTheBestFirst() {
        Complementarity table = Complementarity.builder()
                .newEncounterWeight(0)
                .addKindPairs(
                        KindPairWeight.of(ActorKind.AIS, ActorKind.APL, 10, "best alone"),
                        KindPairWeight.of(ActorKind.AIS, ActorKind.CPAS, 9, "good"),
                        KindPairWeight.of(ActorKind.APL, ActorKind.REGIE_DE_QUARTIER, 9, "good"))
                .build();
        MatchMaker maker = MatchMaker.of(table).withSearch(0, 1);

        SpeedDatingSchedule s = maker.schedule(
                "Liège", List.of(AIS, APL, REGIE, CPAS), PartnerNetwork.empty(), SpeedDatingOptions.of(1, 2));

        assertThat(s.greedyScore()).isEqualTo(10);
        assertThat(s.score()).isEqualTo(18);
        assertThat(s.round(1))
                .extracting(e -> Set.of(e.first(), e.second()))
                .containsExactlyInAnyOrder(Set.of(AIS.id(), CPAS.id()), Set.of(APL.id(), REGIE.id()));
    }

    /**
     * Six organisations of a basin, three rounds of three tables: the greedy and the first local optimum agree
     * (15.5, seven encounters), and the perturbations find a better schedule.
     */
    @Test
    void perturbingTheFirstLocalOptimumFindsABetterSchedule() {
        List<Actor> actors = List.of(
                actor("union-1", ActorKind.TENANTS_UNION),
                actor("apl", ActorKind.APL),
                actor("union-2", ActorKind.TENANTS_UNION),
                actor("slsp-1", ActorKind.SLSP),
                actor("flw", ActorKind.FLW),
                actor("slsp-2", ActorKind.SLSP));
        SpeedDatingOptions options = SpeedDatingOptions.of(3, 3);

        SpeedDatingSchedule local = MAKER.withSearch(0, 1).schedule("x", actors, PartnerNetwork.empty(), options);
        SpeedDatingSchedule searched = MAKER.schedule("x", actors, PartnerNetwork.empty(), options);

        assertThat(local.greedyScore()).isEqualTo(15.5);
        assertThat(local.score()).isEqualTo(15.5);
        assertThat(searched.greedyScore()).isEqualTo(15.5);
        assertThat(searched.score()).isGreaterThan(local.score());
        assertThat(searched.encounters())
                .hasSizeGreaterThanOrEqualTo(local.encounters().size());
        // here the search reaches the best schedule there is, found by trying them all
        double[] best = optimum(actors, Complementarity.bundled(), options);
        assertThat(searched.score()).isEqualTo(best[0]);
        assertThat(searched.encounters()).hasSize((int) best[1]);
    }

    /**
     * The best objective (score, then encounters) over every schedule of a few organisations sending one person each
     * and working with none of the others: each round a set of disjoint pairs at most as many as the tables, no pair
     * twice. Found by trying every schedule.
     */
    private static double[] optimum(List<Actor> actors, Complementarity table, SpeedDatingOptions options) {
        int n = actors.size();
        List<Actor> sorted =
                actors.stream().sorted(Comparator.comparing(Actor::id)).toList();
        double[][] score = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                score[i][j] = table.score(sorted.get(i), sorted.get(j));
            }
        }
        List<long[]> matchings = new ArrayList<>();
        matchings(n, 0, 0L, 0L, 0, options.tables(), matchings);
        double[] best = {0, 0};
        rounds(options.rounds(), 0L, 0, 0, matchings, score, n, best);
        return best;
    }

    /** Every set of disjoint pairs among the participants from {@code from} on, as {pairs bit mask, pair count}. */
    private static void matchings(int n, int from, long taken, long pairs, int count, int max, List<long[]> out) {
        if (from == n) {
            out.add(new long[] {pairs, count});
            return;
        }
        matchings(n, from + 1, taken, pairs, count, max, out);
        if ((taken & (1L << from)) != 0 || count == max) {
            return;
        }
        for (int j = from + 1; j < n; j++) {
            if ((taken & (1L << j)) == 0) {
                long pair = 1L << (from * n + j);
                matchings(n, from + 1, taken | 1L << from | 1L << j, pairs | pair, count + 1, max, out);
            }
        }
    }

    /** Tries every matching for each round left, no pair twice, keeping the best objective in {@code best}. */
    private static void rounds(
            int left,
            long used,
            double sum,
            int count,
            List<long[]> matchings,
            double[][] score,
            int n,
            double[] best) {
        if (sum > best[0] + 1e-9 || (sum > best[0] - 1e-9 && count > best[1])) {
            best[0] = sum;
            best[1] = count;
        }
        if (left == 0) {
            return;
        }
        for (long[] m : matchings) {
            if ((m[0] & used) != 0) {
                continue;
            }
            double s = 0;
            for (long bits = m[0]; bits != 0; bits &= bits - 1) {
                int p = Long.numberOfTrailingZeros(bits);
                s += score[p / n][p % n];
            }
            rounds(left - 1, used | m[0], sum + s, count + (int) m[1], matchings, score, n, best);
        }
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
                .isEqualTo("Speed dating — Liège: 2 organisations, 1 round × 1 table, 1 encounter; score 4"
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
        assertThat(MAKER.withSearch(10_000, 7).perturbations()).isEqualTo(10_000);
        assertThat(MAKER.complementarity()).isEqualTo(Complementarity.bundled());
        Complementarity table = Complementarity.builder().newEncounterWeight(2).build();
        assertThat(MatchMaker.of(table).withSearch(3, 1).complementarity()).isSameAs(table);
        for (int wrong : new int[] {-1, 10_001}) {
            assertThatThrownBy(() -> MAKER.withSearch(wrong, 0))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("match maker: perturbations"))
                    .hasMessageContaining("between 0 and 10000, was " + wrong);
        }
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
