package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorId;
import com.google.common.collect.Lists;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerNetworkProperties {
    @Test
    void theOrderOfThePlatformsDoesNotMatter() {
        qt().withExamples(200).forAll(CoordinationGenerators.platformLists(5)).checkAssert(platforms -> {
            PartnerNetwork network = PartnerNetwork.of(platforms);
            PartnerNetwork reversed = PartnerNetwork.of(Lists.reverse(platforms));
            assertThat(reversed).isEqualTo(network);
            assertThat(reversed.edges()).isEqualTo(network.edges());
            assertThat(List.copyOf(reversed.graph().nodes()))
                    .isEqualTo(List.copyOf(network.graph().nodes()));
        });
    }

    @Test
    void everyTwoMembersOfAPlatformWorkTogetherThroughIt() {
        qt().withExamples(200).forAll(CoordinationGenerators.platformLists(5)).checkAssert(platforms -> {
            PartnerNetwork network = PartnerNetwork.of(platforms);
            for (Platform p : platforms) {
                for (ActorId a : p.memberIds()) {
                    assertThat(network.nodes()).contains(a);
                    for (ActorId b : p.memberIds()) {
                        if (!a.equals(b)) {
                            assertThat(network.partnership(a, b).orElseThrow().sharedPlatforms())
                                    .contains(p.id());
                        }
                    }
                }
            }
        });
    }

    @Test
    void linksComeOnlyFromSharedPlatforms() {
        qt().withExamples(200).forAll(CoordinationGenerators.platformLists(5)).checkAssert(platforms -> {
            PartnerNetwork network = PartnerNetwork.of(platforms);
            network.edges().forEach(edge -> {
                long shared = platforms.stream()
                        .filter(p -> p.memberIds().contains(edge.nodeU())
                                && p.memberIds().contains(edge.nodeV()))
                        .count();
                assertThat(network.partnership(edge.nodeU(), edge.nodeV())
                                .orElseThrow()
                                .sharedPlatforms())
                        .hasSize((int) shared);
            });
        });
    }

    @Test
    void partnershipsAreSymmetric() {
        qt().withExamples(200).forAll(CoordinationGenerators.platformLists(4)).checkAssert(platforms -> {
            PartnerNetwork network = PartnerNetwork.of(platforms);
            for (ActorId a : network.nodes()) {
                for (ActorId b : network.nodes()) {
                    assertThat(network.partnership(a, b)).isEqualTo(network.partnership(b, a));
                    assertThat(network.worksWith(a, b))
                            .isEqualTo(network.partners(a).contains(b));
                }
            }
        });
    }
}
