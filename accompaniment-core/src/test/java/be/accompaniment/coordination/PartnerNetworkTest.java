package be.accompaniment.coordination;

import static be.accompaniment.coordination.PlatformTest.AIS_WAPI;
import static be.accompaniment.coordination.PlatformTest.CLAC;
import static be.accompaniment.coordination.PlatformTest.CPAS_ATH;
import static be.accompaniment.coordination.PlatformTest.CPAS_ESNEUX;
import static be.accompaniment.coordination.PlatformTest.CPAS_SPRIMONT;
import static be.accompaniment.coordination.PlatformTest.FLW;
import static be.accompaniment.coordination.PlatformTest.PCS_ATH;
import static be.accompaniment.coordination.PlatformTest.PCS_SPRIMONT;
import static be.accompaniment.coordination.PlatformTest.SLSP_ATH;
import static be.accompaniment.coordination.PlatformTest.SLSP_OURTHE;
import static be.accompaniment.coordination.PlatformTest.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import com.google.common.collect.Ordering;
import com.google.common.graph.EndpointPair;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartnerNetworkTest {
    static final Platform ATH = PlatformTest.ath().build();
    static final Platform OURTHE = PlatformTest.ourthe().build();
    static final PartnerNetwork NETWORK = PartnerNetwork.of(List.of(ATH, OURTHE));

    @Nested
    class FromPlatforms {
        @Test
        void hasEveryMemberOfEveryPlatformInIdOrder() {
            assertThat(NETWORK.nodes())
                    .containsExactly(
                            AIS_WAPI,
                            CLAC,
                            CPAS_ATH,
                            CPAS_ESNEUX,
                            CPAS_SPRIMONT,
                            FLW,
                            PCS_ATH,
                            PCS_SPRIMONT,
                            SLSP_ATH,
                            SLSP_OURTHE);
            assertThat(NETWORK.graph().nodes()).containsExactlyElementsOf(NETWORK.nodes());
        }

        @Test
        void linksEveryTwoMembersOfAPlatform() {
            // 6 members at Ath and 5 in Ourthe-Amblève, the FLW in both: 15 + 10 links
            assertThat(NETWORK.edges()).hasSize(25);
            assertThat(NETWORK.partners(CLAC)).containsExactly(AIS_WAPI, CPAS_ATH, FLW, PCS_ATH, SLSP_ATH);
        }

        @Test
        void theMemberOfBothPlatformsBridgesThem() {
            assertThat(NETWORK.partners(FLW)).hasSize(9).contains(CPAS_ATH, CPAS_ESNEUX);
            assertThat(NETWORK.worksWith(CPAS_ATH, FLW)).isTrue();
            assertThat(NETWORK.worksWith(CPAS_ATH, CPAS_ESNEUX)).isFalse();
        }

        @Test
        void thePartnershipNamesTheSharedPlatform() {
            Partnership p = NETWORK.partnership(FLW, CPAS_ATH).orElseThrow();
            assertThat(p.sharedPlatforms()).containsExactly(ATH.id());
            assertThat(p.passerellesExchanged()).isZero();
            assertThat(NETWORK.partnership(CPAS_ATH, FLW)).contains(p);
            assertThat(NETWORK.partnership(CPAS_ATH, CPAS_ESNEUX)).isEmpty();
        }

        @Test
        void twoPlatformsWithTheSameMembersAreBothListed() {
            Platform second =
                    Platform.builder().from(ATH).id(PlatformId.of("pf-ath-2")).build();
            PartnerNetwork network = PartnerNetwork.of(List.of(second, ATH));
            assertThat(network.partnership(PCS_ATH, CPAS_ATH).orElseThrow().sharedPlatforms())
                    .containsExactly(ATH.id(), second.id());
        }

        @Test
        void onADayLinksOnlyTheMembersOfThatDay() {
            PartnerNetwork before = PartnerNetwork.builder()
                    .addPlatform(ATH, LocalDate.of(2014, 12, 31))
                    .build();
            assertThat(before.nodes()).doesNotContain(FLW);
            PartnerNetwork during = PartnerNetwork.builder()
                    .addPlatform(ATH, LocalDate.of(2015, 6, 1))
                    .build();
            assertThat(during.partners(FLW)).hasSize(5);
        }
    }

    @Nested
    class Collaborations {
        @Test
        void linkActorsOutsideAnyPlatform() {
            PartnerNetwork network = PartnerNetwork.builder()
                    .addPlatform(ATH)
                    .addCollaboration(CPAS_ATH, CPAS_ESNEUX, 3)
                    .build();
            assertThat(network.worksWith(CPAS_ESNEUX, CPAS_ATH)).isTrue();
            Partnership p = network.partnership(CPAS_ATH, CPAS_ESNEUX).orElseThrow();
            assertThat(p.sharedPlatforms()).isEmpty();
            assertThat(p.passerellesExchanged()).isEqualTo(3);
        }

        @Test
        void addUpWhicheverWayTheyAreGiven() {
            PartnerNetwork network = PartnerNetwork.builder()
                    .addPlatform(ATH)
                    .addCollaboration(PCS_ATH, CPAS_ATH, 4)
                    .addCollaboration(CPAS_ATH, PCS_ATH, 2)
                    .build();
            Partnership p = network.partnership(PCS_ATH, CPAS_ATH).orElseThrow();
            assertThat(p.sharedPlatforms()).containsExactly(ATH.id());
            assertThat(p.passerellesExchanged()).isEqualTo(6);
        }

        @Test
        void rejectAnActorWithItself() {
            assertThatThrownBy(() -> PartnerNetwork.builder().addCollaboration(CPAS_ATH, CPAS_ATH, 1))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("partner network: collaboration"))
                    .hasMessageContaining("was cpas-ath twice");
        }

        @Test
        void linkActorsThatHaveExchangedNoPasserelleYet() {
            PartnerNetwork network =
                    PartnerNetwork.builder().addCollaboration(CPAS_ATH, FLW, 0).build();
            assertThat(network.worksWith(FLW, CPAS_ATH)).isTrue();
            assertThat(network.partnership(CPAS_ATH, FLW).orElseThrow().passerellesExchanged())
                    .isZero();
        }

        @Test
        void rejectNegativePasserelles() {
            assertThatThrownBy(() -> PartnerNetwork.builder().addCollaboration(CPAS_ATH, FLW, -1))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where())
                                    .isEqualTo("partner network: collaboration cpas-ath-flw: passerellesExchanged"))
                    .hasMessageContaining("was -1");
        }
    }

    @Nested
    class LoneActors {
        @Test
        void areNodesWithoutPartners() {
            PartnerNetwork network = PartnerNetwork.builder()
                    .addActor(STRANGER)
                    .addPlatform(OURTHE)
                    .build();
            assertThat(network.nodes()).contains(STRANGER);
            assertThat(network.partners(STRANGER)).isEmpty();
        }

        @Test
        void anUnknownActorHasNoPartners() {
            assertThat(NETWORK.partners(STRANGER)).isEmpty();
            assertThat(NETWORK.worksWith(STRANGER, FLW)).isFalse();
            assertThat(NETWORK.partnership(STRANGER, FLW)).isEmpty();
        }
    }

    @Nested
    class Edges {
        @Test
        void listEachLinkOnceBySmallerThenLargerId() {
            List<EndpointPair<ActorId>> edges = NETWORK.edges();
            assertThat(edges)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(NETWORK.graph().edges());
            assertThat(edges.get(0)).isEqualTo(EndpointPair.unordered(AIS_WAPI, CLAC));
            Comparator<EndpointPair<ActorId>> bySmallerThenLarger = Comparator.comparing(
                            (EndpointPair<ActorId> e) -> Ordering.natural().min(e.nodeU(), e.nodeV()))
                    .thenComparing(e -> Ordering.natural().max(e.nodeU(), e.nodeV()));
            assertThat(edges).isSortedAccordingTo(bySmallerThenLarger);
        }
    }

    @Test
    void emptyHasNothing() {
        assertThat(PartnerNetwork.empty().nodes()).isEmpty();
        assertThat(PartnerNetwork.empty().edges()).isEmpty();
        assertThat(PartnerNetwork.of(List.of())).isEqualTo(PartnerNetwork.empty());
    }

    @Test
    void toStringGivesCounts() {
        assertThat(NETWORK.toString()).isEqualTo("PartnerNetwork{10 actors, 25 partnerships}");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(NETWORK, PartnerNetwork.of(List.of(OURTHE, ATH)))
                .addEqualityGroup(PartnerNetwork.of(List.of(ATH)))
                .addEqualityGroup(PartnerNetwork.builder()
                        .addPlatform(ATH)
                        .addCollaboration(CPAS_ATH, FLW, 1)
                        .build())
                .addEqualityGroup(
                        PartnerNetwork.empty(), PartnerNetwork.builder().build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, CPAS_ATH)
                .setDefault(Platform.class, ATH)
                .setDefault(LocalDate.class, LocalDate.of(2015, 1, 1));
        tester.testAllPublicStaticMethods(PartnerNetwork.class);
        tester.testAllPublicInstanceMethods(NETWORK);
        tester.testAllPublicInstanceMethods(PartnerNetwork.builder());
    }
}
