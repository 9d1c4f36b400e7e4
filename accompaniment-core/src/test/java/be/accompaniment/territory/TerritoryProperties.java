package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerritoryProperties {
    private static final Gazetteer BE = Gazetteer.belgium();
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);

    @Test
    void nisCodesSurviveJsonAndText() {
        qt().forAll(TerritoryGenerators.nisCodes()).checkAssert(c -> {
            assertThat(AccompanimentJson.read(AccompanimentJson.write(c), NisCode.class))
                    .isEqualTo(c);
            assertThat(NisCode.parse(c.toString())).isEqualTo(c);
        });
    }

    @Test
    void communesSurviveJson() {
        qt().forAll(TerritoryGenerators.communes())
                .checkAssert(c -> assertThat(AccompanimentJson.read(AccompanimentJson.write(c), Commune.class))
                        .isEqualTo(c));
    }

    @Test
    void belgianCommunesSurviveJson() {
        qt().forAll(TerritoryGenerators.dates().flatMap(TerritoryGenerators::belgianCommunes))
                .checkAssert(c -> assertThat(AccompanimentJson.read(AccompanimentJson.write(c), Commune.class))
                        .isEqualTo(c));
    }

    @Test
    void administrativeUnitsSurviveJson() {
        qt().forAll(TerritoryGenerators.units())
                .checkAssert(
                        u -> assertThat(AccompanimentJson.read(AccompanimentJson.write(u), AdministrativeUnit.class))
                                .isEqualTo(u));
    }

    @Test
    void successionsSurviveJson() {
        qt().forAll(TerritoryGenerators.successions())
                .checkAssert(s -> assertThat(AccompanimentJson.read(AccompanimentJson.write(s), Succession.class))
                        .isEqualTo(s));
    }

    @Test
    void territoriesSurviveJson() {
        qt().forAll(TerritoryGenerators.territories())
                .checkAssert(t -> assertThat(AccompanimentJson.read(AccompanimentJson.write(t), Territory.class))
                        .isEqualTo(t));
        qt().forAll(TerritoryGenerators.belgianTerritories(MID_2025))
                .checkAssert(t -> assertThat(AccompanimentJson.read(AccompanimentJson.write(t), Territory.class))
                        .isEqualTo(t));
    }

    @Test
    void everyNameFindsItsCommuneInAnyCaseWithOrWithoutAccents() {
        qt().forAll(TerritoryGenerators.dates()
                        .flatMap(d -> TerritoryGenerators.belgianCommunes(d).map(c -> List.of(d, c))))
                .checkAssert(pair -> {
                    LocalDate on = (LocalDate) pair.get(0);
                    Commune c = (Commune) pair.get(1);
                    for (String name : c.names().values()) {
                        String bare =
                                Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                        for (String query :
                                List.of(name, name.toUpperCase(Locale.ROOT), bare.toLowerCase(Locale.ROOT))) {
                            assertThat(BE.findByName(query, on))
                                    .as(query + " on " + on)
                                    .contains(c);
                        }
                    }
                });
    }

    @Test
    void searchFormIgnoresCaseAccentsAndPunctuationAndIsStable() {
        qt().forAll(TerritoryGenerators.placeNames()).checkAssert(name -> {
            String form = PlaceNames.searchForm(name);
            assertThat(PlaceNames.searchForm(name.toUpperCase(Locale.ROOT))).isEqualTo(form);
            assertThat(PlaceNames.searchForm(form)).isEqualTo(form);
            assertThat(PlaceNames.searchForm(name.replace('’', '\'').replace('-', ' ')))
                    .isEqualTo(form);
            assertThat(form).matches("[a-z0-9 ]*").doesNotStartWith(" ").doesNotEndWith(" ");
        });
    }

    @Test
    void regionsAndArrondissementsPartitionTheCommunesOfADay() {
        qt().withExamples(100).forAll(TerritoryGenerators.dates()).checkAssert(on -> {
            Set<Commune> all = new HashSet<>(BE.communes(on));
            Set<Commune> byRegion = new HashSet<>();
            int inRegions = 0;
            for (Region r : Region.values()) {
                List<Commune> communes = BE.communesOf(r, on);
                inRegions += communes.size();
                byRegion.addAll(communes);
            }
            assertThat(inRegions).isEqualTo(all.size());
            assertThat(byRegion.equals(all))
                    .as("regions cover the communes of " + on)
                    .isTrue();
            Set<Commune> byArrondissement = new HashSet<>();
            int inArrondissements = 0;
            for (AdministrativeUnit a : BE.units(AdministrativeLevel.ARRONDISSEMENT, on)) {
                List<Commune> communes = BE.communesOf(a.code(), on);
                inArrondissements += communes.size();
                byArrondissement.addAll(communes);
            }
            assertThat(inArrondissements).isEqualTo(all.size());
            assertThat(byArrondissement.equals(all))
                    .as("arrondissements cover the communes of " + on)
                    .isTrue();
        });
    }

    @Test
    void aProvinceIsTheUnionOfItsArrondissements() {
        qt().withExamples(100).forAll(TerritoryGenerators.dates()).checkAssert(on -> {
            for (AdministrativeUnit p : BE.units(AdministrativeLevel.PROVINCE, on)) {
                Set<NisCode> union = new HashSet<>();
                for (AdministrativeUnit a : BE.units(AdministrativeLevel.ARRONDISSEMENT, on)) {
                    if (a.parent().equals(Optional.of(p.code()))) {
                        union.addAll(BE.territoryOfArrondissement(a.code(), on).communes());
                    }
                }
                Set<NisCode> province =
                        new HashSet<>(BE.territoryOfProvince(p.code(), on).communes());
                assertThat(province).as(p + " on " + on).isEqualTo(union);
            }
        });
    }

    @Test
    void aSuccessorIsValidOnTheDayAskedAndCarriesTheCommunesOfEarlierDays() {
        qt().withExamples(50)
                .forAll(TerritoryGenerators.dates(), integers().between(0, 20_000))
                .checkAssert((earlier, days) -> {
                    LocalDate later = earlier.plusDays(days);
                    for (Commune c : BE.communes(earlier)) {
                        Commune successor = BE.successor(c.code(), later).orElseThrow();
                        assertThat(successor.isValidOn(later)).isTrue();
                        assertThat(successor.region()).isEqualTo(c.region());
                    }
                });
    }

    @Test
    void namesInEveryLanguageAreNeverBlank() {
        qt().forAll(TerritoryGenerators.communes()).checkAssert(c -> {
            for (Language l : Language.values()) {
                assertThat(c.name(l)).isNotBlank().isIn(c.names().values());
            }
        });
    }
}
