package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.i18n.Language;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The areas a run's figures are aggregated over, and where its actors count: communes left out of every basin are
 * grouped by arrondissement, a territory across two regions has both, and an actor seated outside the territory
 * counts in the first commune it serves inside it.
 */
class AreasTest {
    private static final NisCode ANDERLECHT = NisCode.parse("21001");
    private static final NisCode IXELLES = NisCode.parse("21009");
    private static final NisCode LIEGE = NisCode.parse("62063");
    private static final Gazetteer GAZETTEER = Gazetteer.belgium();

    /** Two Ourthe communes in a basin, two left out, and two Brussels communes. */
    private static Scenario.Builder mixed() {
        return Scenario.builder()
                .name("mixed-test")
                .territory(ScenarioTerritory.ofCommunes(
                        "Ourthe et Bruxelles",
                        ScenarioFixtures.AYWAILLE,
                        ScenarioFixtures.COMBLAIN,
                        ScenarioFixtures.ESNEUX,
                        ScenarioFixtures.SPRIMONT,
                        ANDERLECHT,
                        IXELLES))
                .addBasins(Territory.of("Amblève", ScenarioFixtures.AYWAILLE, ScenarioFixtures.SPRIMONT))
                .startOn(ScenarioFixtures.START)
                .step(StepUnit.MONTH)
                .steps(2)
                .seed(42)
                .population(PopulationModel.builder().households(200).build());
    }

    private static String arrondissement(String code) {
        return GAZETTEER
                .unit(NisCode.parse(code), ScenarioFixtures.START)
                .orElseThrow()
                .name(Language.FR);
    }

    @Nested
    class Basins {
        @Test
        void communesLeftOutOfEveryBasinAreGroupedByArrondissement() {
            Areas areas = new Areas(mixed().build(), GAZETTEER);

            assertThat(areas.basins())
                    .extracting(Territory::name)
                    .containsExactly("Amblève", arrondissement("21000"), arrondissement("62000"));
            assertThat(areas.basins().get(2).communes())
                    .containsExactlyInAnyOrder(ScenarioFixtures.COMBLAIN, ScenarioFixtures.ESNEUX);
            assertThat(areas.basinOf(areas.commune(ScenarioFixtures.AYWAILLE))).isZero();
            assertThat(areas.basinOf(areas.commune(IXELLES))).isEqualTo(1);
            assertThat(areas.basinOf(areas.commune(ScenarioFixtures.ESNEUX))).isEqualTo(2);
            assertThat(areas.basin(arrondissement("62000"))).isEqualTo(2);
            assertThat(areas.basin("nowhere")).isEqualTo(-1);
        }

        @Test
        void aGroupNamedLikeABasinOfTheScenarioTakesItsArrondissementCode() {
            String liege = arrondissement("62000");
            Areas areas = new Areas(
                    mixed().basins(List.of(Territory.of(liege, ScenarioFixtures.AYWAILLE)))
                            .build(),
                    GAZETTEER);

            assertThat(areas.basins()).extracting(Territory::name).contains(liege, liege + " (62000)");
        }

        @Test
        void withoutBasinsEveryCommuneIsInItsArrondissement() {
            Areas areas = new Areas(mixed().basins(List.of()).build(), GAZETTEER);

            assertThat(areas.basins()).hasSize(2);
            for (int c = 0; c < areas.communeCount(); c++) {
                Territory basin = areas.basins().get(areas.basinOf(c));
                assertThat(basin.communes()).contains(areas.communeCode(c));
            }
        }
    }

    @Test
    void aCommuneCountsInItselfItsBasinItsRegionAndTheTerritory() {
        Areas areas = new Areas(mixed().build(), GAZETTEER);
        assertThat(areas.count()).isEqualTo(6 + 3 + 2 + 1);
        for (int c = 0; c < areas.communeCount(); c++) {
            NisCode code = areas.communeCode(c);
            int[] in = areas.areasOf(c);
            assertThat(areas.type(in[0])).isEqualTo(AreaType.COMMUNE);
            assertThat(areas.id(in[0])).isEqualTo(code.toString());
            assertThat(areas.type(in[1])).isEqualTo(AreaType.BASIN);
            assertThat(areas.basins().get(in[1] - 6).communes()).contains(code);
            assertThat(areas.type(in[2])).isEqualTo(AreaType.REGION);
            assertThat(areas.id(in[2])).isEqualTo(code.region().name());
            assertThat(areas.regionOf(c)).isEqualTo(code.region());
            assertThat(areas.type(in[3])).isEqualTo(AreaType.TERRITORY);
            assertThat(areas.id(in[3])).isEqualTo("Ourthe et Bruxelles");
            for (int a : in) {
                assertThat(areas.find(areas.type(a), areas.id(a))).isEqualTo(a);
            }
        }
        assertThat(areas.regions()).containsExactlyInAnyOrder(Region.WALLONIA, Region.BRUSSELS_CAPITAL);
        assertThat(areas.find(AreaType.REGION, "FLANDERS")).isEqualTo(-1);
    }

    @Nested
    class Actors {
        private Actor actor(String id, NisCode seat, NisCode... served) {
            return Actor.builder()
                    .id(ActorId.of(id))
                    .name(id)
                    .kind(ActorKind.LEGAL_AID)
                    .territory(Territory.of(id, served))
                    .seat(seat)
                    .build();
        }

        @Test
        void countInTheirSeatOrElseInTheFirstCommuneTheyServeInTheTerritory() {
            Scenario s = mixed().addActors(
                            actor("at-home", IXELLES, IXELLES),
                            actor("seated-in-liege", LIEGE, LIEGE, ScenarioFixtures.ESNEUX),
                            actor("elsewhere", LIEGE, LIEGE))
                    .build();
            Areas areas = new Areas(s, GAZETTEER);
            ActorTable table = new ActorTable(s, areas, new PopulationTable(s, areas.communes()), TableAdvising::new);

            assertThat(table.seatCommune(table.index(ActorId.of("at-home")))).isEqualTo(areas.commune(IXELLES));
            assertThat(table.seatCommune(table.index(ActorId.of("seated-in-liege"))))
                    .isEqualTo(areas.commune(ScenarioFixtures.ESNEUX));
            assertThat(table.seatCommune(table.index(ActorId.of("elsewhere")))).isEqualTo(-1);
        }

        @Test
        void generatedActorsHaveTheCapacityOfTheHouseholdsTheyServe() {
            ActorTemplate cpas = ActorTemplate.of(ActorKind.CPAS, 8);
            ActorTemplate ais = ActorTemplate.of(ActorKind.AIS, 30);
            Scenario s = mixed().population(PopulationModel.withDefaults(3000))
                    .actorModel(ActorModel.builder()
                            .addPerCommune(cpas)
                            .addPerBasin(ais)
                            .addPerRegion(ActorTemplate.of(ActorKind.FLW, 40))
                            .build())
                    .build();
            Areas areas = new Areas(s, GAZETTEER);
            PopulationTable population = new PopulationTable(s, areas.communes());
            ActorTable table = new ActorTable(s, areas, population, TableAdvising::new);
            int[] households = new int[areas.communeCount()];
            for (int h = 0; h < population.size(); h++) {
                households[population.commune(h)]++;
            }
            int esneux = areas.commune(ScenarioFixtures.ESNEUX);
            int comblain = areas.commune(ScenarioFixtures.COMBLAIN);
            assertThat(table.actor(table.index(ActorId.of("cpas-" + ScenarioFixtures.ESNEUX)))
                            .capacity())
                    .isEqualTo(cpas.capacityFor(households[esneux]));
            // the AIS of the arrondissement's group serves Comblain-au-Pont and Esneux
            Actor groupAis = table.actor(table.index(ActorId.of("ais-" + ActorTable.slug(arrondissement("62000")))));
            assertThat(groupAis.capacity()).isEqualTo(ais.capacityFor(households[esneux] + households[comblain]));
            // the Walloon fund serves the four Walloon communes only
            int walloon = 0;
            for (int c = 0; c < areas.communeCount(); c++) {
                if (areas.regionOf(c) == Region.WALLONIA) {
                    walloon += households[c];
                }
            }
            assertThat(table.actor(table.index(ActorId.of("flw-wallonia"))).capacity())
                    .isEqualTo(ActorTemplate.of(ActorKind.FLW, 40).capacityFor(walloon));
            assertThat(walloon).isLessThan(population.size());
        }
    }
}
