package be.accompaniment.actor;

import static be.accompaniment.actor.ActorTest.AYWAILLE;
import static be.accompaniment.actor.ActorTest.BRUSSELS;
import static be.accompaniment.actor.ActorTest.COMBLAIN;
import static be.accompaniment.actor.ActorTest.ESNEUX;
import static be.accompaniment.actor.ActorTest.SPRIMONT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActorDirectoryTest {
    static final NisCode LIEGE = NisCode.of(62063);

    static final Actor CPAS_ESNEUX = ActorTest.cpasEsneux().build();
    static final Actor AIS_OURTHE = ActorTest.aisOurthe().build();
    static final Actor CPAS_SPRIMONT = Actor.builder()
            .id(ActorId.of("cpas-sprimont"))
            .name("CPAS de Sprimont")
            .kind(ActorKind.CPAS)
            .territory(Territory.ofCommune(SPRIMONT))
            .seat(SPRIMONT)
            .build();
    static final Actor PCS_SPRIMONT = Actor.builder()
            .id(ActorId.of("pcs-sprimont"))
            .name("PCS de Sprimont")
            .kind(ActorKind.PCS)
            .territory(Territory.ofCommune(SPRIMONT))
            .seat(SPRIMONT)
            .build();
    static final Actor APL_LIEGE = Actor.builder()
            .id(ActorId.of("apl-liege"))
            .name("APL liégeoise")
            .kind(ActorKind.APL)
            .territory(Territory.of("Liège et Esneux", LIEGE, ESNEUX))
            .seat(LIEGE)
            .addServices(ServiceKind.HOUSING_ACCOMPANIMENT, ServiceKind.TECHNICAL_ASSISTANCE)
            .build();
    static final Actor SLSP_OURTHE = Actor.builder()
            .id(ActorId.of("slsp-ourthe"))
            .name("Ourthe-Amblève Logement")
            .kind(ActorKind.SLSP)
            .territory(Territory.of("Ourthe-Amblève", ESNEUX, AYWAILLE, COMBLAIN, SPRIMONT))
            .seat(AYWAILLE)
            .build();
    static final Actor SISP_BRUSSELS = Actor.builder()
            .id(ActorId.of("sisp-bxl"))
            .name("Logement bruxellois")
            .kind(ActorKind.SISP)
            .territory(Territory.ofCommune(BRUSSELS))
            .seat(BRUSSELS)
            .build();

    static final List<Actor> ACTORS =
            List.of(SLSP_OURTHE, CPAS_ESNEUX, SISP_BRUSSELS, AIS_OURTHE, PCS_SPRIMONT, APL_LIEGE, CPAS_SPRIMONT);
    static final ActorDirectory DIRECTORY = ActorDirectory.of(ACTORS);

    @Nested
    class Of {
        @Test
        void ordersActorsById() {
            assertThat(DIRECTORY.all())
                    .containsExactly(
                            AIS_OURTHE,
                            APL_LIEGE,
                            CPAS_ESNEUX,
                            CPAS_SPRIMONT,
                            PCS_SPRIMONT,
                            SISP_BRUSSELS,
                            SLSP_OURTHE);
            assertThat(DIRECTORY.size()).isEqualTo(7);
        }

        @Test
        void givesTheSameDirectoryWhateverTheOrder() {
            assertThat(ActorDirectory.of(Lists.reverse(ACTORS))).isEqualTo(DIRECTORY);
        }

        @Test
        void rejectsDuplicateIds() {
            Actor other = ActorTest.cpasEsneux().name("CPAS Esneux bis").build();
            assertThatThrownBy(() -> ActorDirectory.of(List.of(CPAS_ESNEUX, AIS_OURTHE, other)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor directory: actors"))
                    .hasMessageContaining("\"cpas-esneux\"");
        }

        @Test
        void ofNothingIsEmpty() {
            assertThat(ActorDirectory.of(List.of())).isEqualTo(ActorDirectory.empty());
            assertThat(ActorDirectory.empty().size()).isZero();
            assertThat(ActorDirectory.empty().serving(ESNEUX)).isEmpty();
            assertThat(ActorDirectory.empty().communes()).isEmpty();
        }
    }

    @Nested
    class Builder {
        @Test
        void collectsActorsOneByOneOrTogether() {
            ActorDirectory built = ActorDirectory.builder()
                    .add(CPAS_ESNEUX)
                    .addAll(ACTORS.subList(2, ACTORS.size()))
                    .add(SLSP_OURTHE)
                    .build();
            assertThat(built).isEqualTo(DIRECTORY);
        }

        @Test
        void rejectsDuplicateIdsOnBuild() {
            ActorDirectory.Builder builder =
                    ActorDirectory.builder().add(AIS_OURTHE).add(AIS_OURTHE);
            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("\"ais-ourthe\"");
        }
    }

    @Nested
    class ActorById {
        @Test
        void findsAnActor() {
            assertThat(DIRECTORY.actor(ActorId.of("pcs-sprimont"))).contains(PCS_SPRIMONT);
        }

        @Test
        void isEmptyForAnUnknownId() {
            assertThat(DIRECTORY.actor(ActorId.of("cpas-liege"))).isEmpty();
        }
    }

    @Nested
    class Serving {
        @Test
        void listsEveryActorServingTheCommune() {
            assertThat(DIRECTORY.serving(ESNEUX)).containsExactly(AIS_OURTHE, APL_LIEGE, CPAS_ESNEUX, SLSP_OURTHE);
            assertThat(DIRECTORY.serving(SPRIMONT))
                    .containsExactly(AIS_OURTHE, CPAS_SPRIMONT, PCS_SPRIMONT, SLSP_OURTHE);
            assertThat(DIRECTORY.serving(BRUSSELS)).containsExactly(SISP_BRUSSELS);
        }

        @Test
        void theCpasOfEsneuxServesOnlyEsneux() {
            assertThat(DIRECTORY.serving(ESNEUX, ActorKind.CPAS)).containsExactly(CPAS_ESNEUX);
            assertThat(DIRECTORY.serving(SPRIMONT, ActorKind.CPAS)).containsExactly(CPAS_SPRIMONT);
            assertThat(DIRECTORY.serving(AYWAILLE, ActorKind.CPAS)).isEmpty();
        }

        @Test
        void theAisServesItsFourCommunes() {
            for (NisCode commune : List.of(ESNEUX, AYWAILLE, COMBLAIN, SPRIMONT)) {
                assertThat(DIRECTORY.serving(commune, ActorKind.AIS)).containsExactly(AIS_OURTHE);
            }
            assertThat(DIRECTORY.serving(LIEGE, ActorKind.AIS)).isEmpty();
        }

        @Test
        void filtersByService() {
            assertThat(DIRECTORY.serving(ESNEUX, ServiceKind.SOCIAL_RENTAL_MANAGEMENT))
                    .containsExactly(AIS_OURTHE);
            assertThat(DIRECTORY.serving(ESNEUX, ServiceKind.TECHNICAL_ASSISTANCE))
                    .containsExactly(APL_LIEGE);
            assertThat(DIRECTORY.serving(ESNEUX, ServiceKind.HOUSING_ACCOMPANIMENT))
                    .containsExactly(AIS_OURTHE, APL_LIEGE, CPAS_ESNEUX, SLSP_OURTHE);
            assertThat(DIRECTORY.serving(ESNEUX, ServiceKind.HOUSING_FIRST)).isEmpty();
        }

        @Test
        void filtersByKindAndService() {
            assertThat(DIRECTORY.serving(SPRIMONT, ActorKind.PCS, ServiceKind.NETWORK_COORDINATION))
                    .containsExactly(PCS_SPRIMONT);
            assertThat(DIRECTORY.serving(SPRIMONT, ActorKind.PCS, ServiceKind.SOCIAL_HOUSING))
                    .isEmpty();
            assertThat(DIRECTORY.serving(SPRIMONT, ActorKind.AIS, ServiceKind.SOCIAL_HOUSING))
                    .isEmpty();
            assertThat(DIRECTORY.serving(LIEGE, ActorKind.SLSP, ServiceKind.SOCIAL_HOUSING))
                    .isEmpty();
        }

        @Test
        void isEmptyForACommuneNobodyServes() {
            NisCode namur = NisCode.of(92094);
            assertThat(DIRECTORY.serving(namur)).isEmpty();
            assertThat(DIRECTORY.serving(namur, ActorKind.CPAS)).isEmpty();
            assertThat(DIRECTORY.serving(namur, ServiceKind.SOCIAL_HOUSING)).isEmpty();
            assertThat(DIRECTORY.serving(namur, ActorKind.CPAS, ServiceKind.FINANCIAL_AID))
                    .isEmpty();
        }
    }

    @Nested
    class ServingAny {
        @Test
        void listsEachActorOnceInIdOrder() {
            Territory basin = Territory.of("basin", ESNEUX, SPRIMONT, BRUSSELS);
            assertThat(DIRECTORY.servingAny(basin))
                    .containsExactly(
                            AIS_OURTHE,
                            APL_LIEGE,
                            CPAS_ESNEUX,
                            CPAS_SPRIMONT,
                            PCS_SPRIMONT,
                            SISP_BRUSSELS,
                            SLSP_OURTHE);
        }

        @Test
        void isEmptyWhenNobodyServesTheTerritory() {
            assertThat(DIRECTORY.servingAny(Territory.ofCommune(NisCode.of(92094))))
                    .isEmpty();
        }
    }

    @Nested
    class OfKindAndCommunes {
        @Test
        void listsTheActorsOfAKind() {
            assertThat(DIRECTORY.ofKind(ActorKind.CPAS)).containsExactly(CPAS_ESNEUX, CPAS_SPRIMONT);
            assertThat(DIRECTORY.ofKind(ActorKind.REGIE_DE_QUARTIER)).isEmpty();
        }

        @Test
        void listsTheCommunesServedInCodeOrder() {
            assertThat(DIRECTORY.communes()).containsExactly(BRUSSELS, AYWAILLE, COMBLAIN, ESNEUX, LIEGE, SPRIMONT);
        }
    }

    @Nested
    class Json {
        @Test
        void isAnObjectWithTheActorsInIdOrder() {
            String json = AccompanimentJson.write(ActorDirectory.of(List.of(CPAS_ESNEUX, AIS_OURTHE)));
            assertThat(json).startsWith("{\"actors\":[{\"id\":\"ais-ourthe\"");
            assertThat(json).contains("},{\"id\":\"cpas-esneux\"");
        }

        @Test
        void roundTrips() {
            assertThat(AccompanimentJson.read(AccompanimentJson.write(DIRECTORY), ActorDirectory.class))
                    .isEqualTo(DIRECTORY);
        }

        @Test
        void rejectsDuplicateIds() {
            String actor = AccompanimentJson.write(CPAS_ESNEUX);
            assertThatThrownBy(() ->
                            AccompanimentJson.read("{\"actors\":[" + actor + "," + actor + "]}", ActorDirectory.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("\"cpas-esneux\"");
        }

        @Test
        void namesThePathOfABadActor() {
            assertThatThrownBy(() -> AccompanimentJson.read(
                            "{\"actors\":[{\"id\":\"x\",\"name\":\"X\",\"kind\":\"SLSP\","
                                    + "\"territory\":{\"name\":\"t\",\"communes\":[\"21004\"]},\"seat\":\"21004\"}]}",
                            ActorDirectory.class))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).startsWith("$.actors"))
                    .hasMessageContaining("actor x: territory");
        }

        @Test
        void requiresTheActorsField() {
            assertThatThrownBy(() -> AccompanimentJson.read("{}", ActorDirectory.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("actors");
        }
    }

    @Nested
    class Large {
        @Test
        void buildsTwentyThousandActorsServingTwentyCommunesEach() {
            List<Actor> actors = ActorGenerators.synthetic(20_000, 20, 2014);
            ActorDirectory directory = ActorDirectory.of(actors);

            assertThat(directory.size()).isEqualTo(20_000);
            assertThat(directory.toString()).doesNotContain("cpas-");
            for (NisCode commune :
                    List.of(NisCode.of(62001), NisCode.of(92040), NisCode.of(21004), NisCode.of(44021))) {
                ImmutableList<Actor> expected = actors.stream()
                        .filter(a -> a.serves(commune))
                        .sorted((a, b) -> a.id().compareTo(b.id()))
                        .collect(ImmutableList.toImmutableList());
                assertThat(directory.serving(commune)).isNotEmpty().isEqualTo(expected);
            }
        }
    }

    @Test
    void toStringGivesSizesOnly() {
        assertThat(DIRECTORY.toString()).isEqualTo("ActorDirectory{7 actors, 6 communes}");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(DIRECTORY, ActorDirectory.of(Lists.reverse(ACTORS)))
                .addEqualityGroup(ActorDirectory.of(List.of(CPAS_ESNEUX)), ActorDirectory.of(List.of(CPAS_ESNEUX)))
                .addEqualityGroup(ActorDirectory.of(
                        List.of(ActorTest.cpasEsneux().capacity(3).build())))
                .addEqualityGroup(
                        ActorDirectory.empty(), ActorDirectory.builder().build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, ActorId.of("x"))
                .setDefault(NisCode.class, ESNEUX)
                .setDefault(Territory.class, Territory.ofCommune(ESNEUX))
                .setDefault(Actor.class, CPAS_ESNEUX);
        tester.testAllPublicStaticMethods(ActorDirectory.class);
        tester.testAllPublicInstanceMethods(DIRECTORY);
        tester.testAllPublicInstanceMethods(ActorDirectory.builder());
    }
}
