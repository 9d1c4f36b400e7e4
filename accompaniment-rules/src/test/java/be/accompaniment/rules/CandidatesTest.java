package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The targets of a suggestion in a commune, ranked once when the advisor is compiled, then for a referrer. */
class CandidatesTest {
    private static final NisCode ESNEUX = NisCode.parse("62032");
    private static final SuggestionTemplate AIS = SuggestionTemplate.builder()
            .actorKind(ActorKind.AIS)
            .measure(MeasureKind.HOUSING_SEARCH)
            .urgency(Urgency.NORMAL)
            .build();

    /** A synthetic AIS serving Esneux and more Liège-province communes, {@code communes} in all. */
    private static Actor ais(String id, int communes) {
        List<NisCode> codes = new ArrayList<>();
        codes.add(ESNEUX);
        for (int code = 62001; codes.size() < communes; code++) {
            if (code != ESNEUX.intValue()) {
                codes.add(NisCode.of(code));
            }
        }
        return Actor.builder()
                .id(ActorId.of(id))
                .name("AIS " + id + " (test)")
                .kind(ActorKind.AIS)
                .territory(Territory.of(id, codes))
                .seat(ESNEUX)
                .build();
    }

    // in id order, which is the directory's order: the widest territories come first
    private static final ActorDirectory DIRECTORY = ActorDirectory.of(List.of(
            ais("ais-a-forty", 40),
            ais("ais-b-thirty", 30),
            ais("ais-c-twenty-six", 26),
            ais("ais-d-twenty-five", TargetActor.SMALL_TERRITORY),
            ais("ais-e-two", 2),
            ais("ais-f-esneux", 1)));

    private static Candidates inEsneux(Candidates.Index index) {
        return index.compile(AIS)[index.slot(ESNEUX)];
    }

    private static List<String> ids(Candidates c) {
        return c.targets.stream().map(t -> t.actor().id().value()).toList();
    }

    private static Platform platform(ActorId first, ActorId second) {
        return RulesFixtures.platform("ourthe", "Plate-forme logement de l'Ourthe (test)", ESNEUX, first, second);
    }

    @Nested
    class Rank {
        private final Candidates candidates = inEsneux(new Candidates.Index(DIRECTORY, PartnerNetwork.empty()));

        @Test
        void ranksTheCommuneOnlyThenSmallTerritoriesThenTheOthersBySize() {
            assertThat(ids(candidates))
                    .containsExactly(
                            "ais-f-esneux",
                            "ais-e-two",
                            "ais-d-twenty-five",
                            "ais-c-twenty-six",
                            "ais-b-thirty",
                            "ais-a-forty");
        }

        @Test
        void aTerritoryOfExactlyTheSmallTerritorySizeIsSmall() {
            assertThat(candidates.targets.get(2).reasons())
                    .containsExactlyInAnyOrder(FitReason.SMALL_TERRITORY, FitReason.HAS_CAPACITY);
            assertThat(candidates.targets.get(3).reasons()).containsExactly(FitReason.HAS_CAPACITY);
            assertThat(candidates.targets.get(0).reasons())
                    .containsExactlyInAnyOrder(FitReason.SERVES_COMMUNE_ONLY, FitReason.HAS_CAPACITY);
        }

        @Test
        void keysGrowWithTheRank() {
            assertThat(candidates.keys).isSorted().doesNotHaveDuplicates();
            assertThat(candidates.bestKey()).isEqualTo(candidates.keys[0]);
            assertThat(Candidates.NONE.bestKey()).isEqualTo(Candidates.UNRESOLVED);
        }
    }

    @Nested
    class ActorIndex {
        private final Candidates.Index index = new Candidates.Index(DIRECTORY, PartnerNetwork.empty());

        @Test
        void findsTheDirectorysOwnInstance() {
            assertThat(index.actorIndex(DIRECTORY.all().get(3))).isEqualTo(3);
        }

        @Test
        void findsAnotherInstanceOfAnActorByItsId() {
            Actor copy = Actor.builder().from(DIRECTORY.all().get(3)).build();
            assertThat(copy).isNotSameAs(DIRECTORY.all().get(3));
            assertThat(index.actorIndex(copy)).isEqualTo(3);
        }

        @Test
        void doesNotFindAnActorOutsideTheDirectory() {
            assertThat(index.actorIndex(ais("ais-elsewhere", 3))).isEqualTo(-1);
        }
    }

    @Nested
    class Partners {
        private final Actor referrer = DIRECTORY.all().get(0);
        private final Actor partner = DIRECTORY.all().get(4);

        @Test
        void aPlatformMemberIsAPartner() {
            Candidates.Index index =
                    new Candidates.Index(DIRECTORY, PartnerNetwork.of(List.of(platform(referrer.id(), partner.id()))));
            BitSet partners = index.partners(referrer, index.actorIndex(referrer));
            assertThat(partners.stream()).containsExactly(4);
            assertThat(index.partners(partner, 4).stream()).containsExactly(0);
            assertThat(index.partners(DIRECTORY.all().get(1), 1)).isSameAs(Candidates.Index.NO_PARTNERS);
        }

        @Test
        void aCollaborationWithoutASharedPlatformIsNoPlatformPartnership() {
            PartnerNetwork network = PartnerNetwork.builder()
                    .addCollaboration(referrer.id(), partner.id(), 12)
                    .build();
            assertThat(network.worksWith(referrer.id(), partner.id())).isTrue();
            Candidates.Index index = new Candidates.Index(DIRECTORY, network);
            assertThat(index.partners(referrer, 0).stream()).isEmpty();
            assertThat(index.partners(partner, 4).stream()).isEmpty();
        }

        @Test
        void aReferrerOutsideTheDirectoryFindsItsPartnersById() {
            Actor outside = ais("ais-outside", 2);
            Candidates.Index index =
                    new Candidates.Index(DIRECTORY, PartnerNetwork.of(List.of(platform(outside.id(), partner.id()))));
            assertThat(index.partners(outside, index.actorIndex(outside)).stream())
                    .containsExactly(4);
        }
    }

    @Nested
    class ForReferrer {
        @Test
        void scanFindsThePartnerOfAReferrerThatIsNoCandidate() {
            Candidates candidates = inEsneux(new Candidates.Index(DIRECTORY, PartnerNetwork.empty()));
            BitSet partners = new BitSet();
            partners.set(4);
            assertThat(candidates.scan(-1, partners)).isEqualTo(2);
            assertThat(candidates.scan(0, partners)).isEqualTo(3);
            assertThat(candidates.scan(0, new BitSet())).isEqualTo(1);
            assertThat(candidates.scan(-1, new BitSet())).isZero();
        }

        @Test
        void leavesTheReferrerOutAndMovesItsPartnersUp() {
            Candidates candidates = inEsneux(new Candidates.Index(DIRECTORY, PartnerNetwork.empty()));
            BitSet partners = new BitSet();
            partners.set(0); // ais-a-forty, last otherwise: first of its tier now
            Candidates forReferrer = candidates.forReferrer(5, partners);
            assertThat(ids(forReferrer))
                    .containsExactly(
                            "ais-e-two", "ais-d-twenty-five", "ais-a-forty", "ais-c-twenty-six", "ais-b-thirty");
            assertThat(forReferrer.targets.get(2).reasons()).contains(FitReason.PLATFORM_PARTNER_OF_REFERRER);
            assertThat(forReferrer.targets.get(3).reasons()).doesNotContain(FitReason.PLATFORM_PARTNER_OF_REFERRER);
            assertThat(forReferrer.keys).isSorted();
        }
    }
}
