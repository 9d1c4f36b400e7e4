package be.accompaniment.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActorTest {
    static final NisCode ESNEUX = NisCode.of(62032);
    static final NisCode AYWAILLE = NisCode.of(62009);
    static final NisCode COMBLAIN = NisCode.of(62026);
    static final NisCode SPRIMONT = NisCode.of(62100);
    static final NisCode BRUSSELS = NisCode.of(21004);
    static final NisCode GHENT = NisCode.of(44021);
    static final NisCode EUPEN = NisCode.of(63023);

    static Actor.Builder cpasEsneux() {
        return Actor.builder()
                .id(ActorId.of("cpas-esneux"))
                .name("CPAS d'Esneux")
                .kind(ActorKind.CPAS)
                .territory(Territory.ofCommune(ESNEUX))
                .seat(ESNEUX);
    }

    static Actor.Builder aisOurthe() {
        return Actor.builder()
                .id(ActorId.of("ais-ourthe"))
                .name("AIS Ourthe-Amblève")
                .kind(ActorKind.AIS)
                .territory(Territory.of("Ourthe-Amblève", ESNEUX, AYWAILLE, COMBLAIN, SPRIMONT))
                .seat(AYWAILLE)
                .capacity(80)
                .openPlaces(3);
    }

    @Nested
    class Defaults {
        @Test
        void sectorIsTheKindsSector() {
            assertThat(cpasEsneux().build().sector()).isEqualTo(Sector.PUBLIC);
            assertThat(aisOurthe().build().sector()).isEqualTo(Sector.ASSOCIATIVE);
        }

        @Test
        void sectorMayBeOverridden() {
            assertThat(aisOurthe().sector(Sector.PUBLIC).build().sector()).isEqualTo(Sector.PUBLIC);
        }

        @Test
        void servicesAreTheKindsTypicalServices() {
            assertThat(cpasEsneux().build().services()).isEqualTo(ActorKind.CPAS.typicalServices());
        }

        @Test
        void explicitServicesReplaceTheTypicalOnes() {
            Actor actor = cpasEsneux().addServices(ServiceKind.LEGAL_AID).build();
            assertThat(actor.services()).containsExactly(ServiceKind.LEGAL_AID);
        }

        @Test
        void languagesAreThoseOfTheSeat() {
            assertThat(cpasEsneux().build().languages()).containsExactly(Language.FR);
            assertThat(cpasEsneux()
                            .territory(Territory.ofCommune(BRUSSELS))
                            .seat(BRUSSELS)
                            .build()
                            .languages())
                    .containsExactly(Language.FR, Language.NL);
            assertThat(cpasEsneux()
                            .territory(Territory.ofCommune(GHENT))
                            .seat(GHENT)
                            .build()
                            .languages())
                    .containsExactly(Language.NL);
            assertThat(cpasEsneux()
                            .territory(Territory.ofCommune(EUPEN))
                            .seat(EUPEN)
                            .build()
                            .languages())
                    .containsExactly(Language.DE);
        }

        @Test
        void explicitLanguagesReplaceTheSeatsOnes() {
            assertThat(cpasEsneux().addLanguages(Language.EN).build().languages())
                    .containsExactly(Language.EN);
        }
    }

    @Nested
    class Regions {
        @Test
        void areTheRegionsOfTheCommunesServed() {
            assertThat(aisOurthe().build().regions()).containsExactly(Region.WALLONIA);
            Actor bilingual = aisOurthe()
                    .territory(Territory.of("mixed", ESNEUX, BRUSSELS, GHENT))
                    .build();
            assertThat(bilingual.regions()).containsExactlyInAnyOrder(Region.values());
        }
    }

    @Nested
    class HasFreeCapacity {
        @Test
        void trueWithOpenPlaces() {
            assertThat(aisOurthe().build().hasFreeCapacity()).isTrue();
        }

        @Test
        void falseWithoutOpenPlaces() {
            assertThat(aisOurthe().openPlaces(0).build().hasFreeCapacity()).isFalse();
        }

        @Test
        void falseWithCapacityZeroAndNoCount() {
            assertThat(cpasEsneux().capacity(0).build().hasFreeCapacity()).isFalse();
        }

        @Test
        void trueWithCapacityAndNoCount() {
            assertThat(cpasEsneux().capacity(1).build().hasFreeCapacity()).isTrue();
        }

        @Test
        void trueWhenNothingIsDeclared() {
            assertThat(cpasEsneux().build().hasFreeCapacity()).isTrue();
        }
    }

    @Nested
    class ServesAndOffers {
        @Test
        void servesOnlyItsCommunes() {
            Actor ais = aisOurthe().build();
            assertThat(ais.serves(SPRIMONT)).isTrue();
            assertThat(ais.serves(NisCode.of(62063))).isFalse();
        }

        @Test
        void offersOnlyItsServices() {
            Actor cpas = cpasEsneux().build();
            assertThat(cpas.offers(ServiceKind.BUDGET_GUIDANCE)).isTrue();
            assertThat(cpas.offers(ServiceKind.SOCIAL_HOUSING)).isFalse();
        }
    }

    @Nested
    class Validation {
        @Test
        void rejectsBlankName() {
            assertThatThrownBy(() -> cpasEsneux().name("  ").build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: name"))
                    .hasMessageContaining("\"  \"");
        }

        @Test
        void rejectsNegativeCapacity() {
            assertThatThrownBy(() -> cpasEsneux().capacity(-1).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: capacity"))
                    .hasMessageContaining("was -1");
        }

        @Test
        void rejectsNegativeOpenPlaces() {
            assertThatThrownBy(() -> cpasEsneux().openPlaces(-2).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: openPlaces"))
                    .hasMessageContaining("was -2");
        }

        @Test
        void rejectsMoreOpenPlacesThanCapacity() {
            assertThatThrownBy(() -> aisOurthe().capacity(5).openPlaces(6).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor ais-ourthe: openPlaces"))
                    .hasMessageContaining("must be <= capacity 5, was 6");
        }

        @Test
        void rejectsAKindServingARegionWhereItDoesNotExist() {
            Actor.Builder slspInBrussels = Actor.builder()
                    .id(ActorId.of("slsp-ourthe"))
                    .name("SLSP Ourthe-Amblève Logement")
                    .kind(ActorKind.SLSP)
                    .territory(Territory.of("wrong", AYWAILLE, BRUSSELS))
                    .seat(AYWAILLE);
            assertThatThrownBy(slspInBrussels::build)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor slsp-ourthe: territory"))
                    .hasMessageContaining("SLSP")
                    .hasMessageContaining("BRUSSELS_CAPITAL")
                    .hasMessageContaining("was commune 21004");
        }

        @Test
        void rejectsAnArrondissementAsSeat() {
            assertThatThrownBy(() -> cpasEsneux().seat(NisCode.of(62000)).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: seat"))
                    .hasMessageContaining("was 62000");
        }

        @Test
        void rejectsARegionAsSeat() {
            assertThatThrownBy(
                            () -> cpasEsneux().seat(Region.WALLONIA.nisCode()).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: seat"))
                    .hasMessageContaining("was 03000");
        }

        @Test
        void rejectsNoService() {
            assertThatThrownBy(() -> cpasEsneux().services(List.of()).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: services"))
                    .hasMessageContaining("must not be empty");
        }

        @Test
        void rejectsNoLanguage() {
            assertThatThrownBy(() -> cpasEsneux().languages(List.of()).build())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor cpas-esneux: languages"))
                    .hasMessageContaining("must not be empty");
        }
    }

    @Nested
    class Json {
        @Test
        void hasTheDocumentedShape() {
            String json = AccompanimentJson.write(aisOurthe().build());
            assertThat(json)
                    .startsWith("{\"id\":\"ais-ourthe\",\"name\":\"AIS Ourthe-Amblève\",\"kind\":\"AIS\"")
                    .contains("\"sector\":\"ASSOCIATIVE\"")
                    .contains("\"communes\":[\"62009\",\"62026\",\"62032\",\"62100\"]")
                    .contains("\"seat\":\"62009\"")
                    .contains(
                            "\"services\":[\"HOUSING_SEARCH\",\"SOCIAL_RENTAL_MANAGEMENT\",\"HOUSING_ACCOMPANIMENT\"]")
                    .contains("\"capacity\":80,\"openPlaces\":3,\"languages\":[\"FR\"]")
                    .doesNotContain("regions");
        }

        @Test
        void readsAMinimalDocumentWithDefaults() {
            Actor actor = AccompanimentJson.read(
                    "{\"id\":\"cpas-esneux\",\"name\":\"CPAS d'Esneux\",\"kind\":\"CPAS\","
                            + "\"territory\":{\"name\":\"62032\",\"communes\":[\"62032\"]},\"seat\":\"62032\"}",
                    Actor.class);
            assertThat(actor).isEqualTo(cpasEsneux().build());
        }

        @Test
        void reportsTheFieldOfABrokenConstraint() {
            String json = "{\"id\":\"cpas-esneux\",\"name\":\"CPAS d'Esneux\",\"kind\":\"CPAS\","
                    + "\"territory\":{\"name\":\"62032\",\"communes\":[\"62032\"]},\"seat\":\"62032\",\"capacity\":-4}";
            assertThatThrownBy(() -> AccompanimentJson.read(json, Actor.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("actor cpas-esneux: capacity")
                    .hasMessageContaining("was -4");
        }
    }

    @Test
    void toStringShowsIdKindAndSizeOnly() {
        assertThat(aisOurthe().build().toString())
                .isEqualTo("Actor{ais-ourthe, AIS, 4 communes}")
                .doesNotContain("Ourthe-Amblève");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(cpasEsneux().build(), cpasEsneux().build())
                .addEqualityGroup(cpasEsneux().name("CPAS Esneux").build())
                .addEqualityGroup(cpasEsneux().capacity(10).build())
                .addEqualityGroup(cpasEsneux().sector(Sector.ASSOCIATIVE).build())
                .addEqualityGroup(aisOurthe().build(), aisOurthe().build())
                .addEqualityGroup(aisOurthe().openPlaces(4).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, ActorId.of("x"))
                .setDefault(NisCode.class, ESNEUX)
                .setDefault(Territory.class, Territory.ofCommune(ESNEUX))
                .setDefault(Actor.class, cpasEsneux().build());
        tester.testAllPublicStaticMethods(Actor.class);
        tester.testAllPublicInstanceMethods(Actor.builder());
        tester.testAllPublicInstanceMethods(aisOurthe().build());
    }
}
