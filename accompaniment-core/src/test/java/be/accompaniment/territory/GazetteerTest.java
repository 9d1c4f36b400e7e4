package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import com.google.common.testing.NullPointerTester;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer BE = Gazetteer.belgium();
    private static final LocalDate MID_2018 = LocalDate.of(2018, 6, 30);
    private static final LocalDate MID_2020 = LocalDate.of(2020, 6, 30);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);

    private static NisCode code(String code) {
        return NisCode.parse(code);
    }

    private static List<String> codes(List<Commune> communes) {
        return communes.stream().map(c -> c.code().toString()).collect(Collectors.toList());
    }

    @Test
    void belgiumIsLoadedOnce() {
        assertThat(Gazetteer.belgium()).isSameAs(BE);
        assertThat(BE.coverage()).isEqualTo(Period.from(LocalDate.of(1977, 1, 1)));
        assertThat(BE)
                .hasToString(
                        "Gazetteer{coverage 1977-01-01/.., 634 commune entries, 62 unit entries," + " 68 successions}");
    }

    @Test
    void theResourceNamesItsSourceAndTheUnverifiedCodes() throws Exception {
        String text;
        try (InputStream in = Gazetteer.class.getResourceAsStream("refnis.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String header = text.lines().takeWhile(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(header)
                .contains("Statbel")
                .contains("TU_COM_REFNIS, 2020 publication")
                .contains("third-party lists, NOT from")
                .contains("to verify against Statbel");
    }

    @Nested
    class Communes {
        @Test
        void count581In2020And565In2025() {
            assertThat(BE.communes(MID_2020)).hasSize(581);
            assertThat(BE.communes(MID_2025)).hasSize(565);
        }

        @Test
        void countsThroughHistory() {
            assertThat(BE.communes(LocalDate.of(1977, 1, 1))).hasSize(596);
            assertThat(BE.communes(LocalDate.of(1982, 12, 31))).hasSize(596);
            assertThat(BE.communes(LocalDate.of(1983, 1, 1))).hasSize(589);
            assertThat(BE.communes(LocalDate.of(2018, 12, 31))).hasSize(589);
            assertThat(BE.communes(LocalDate.of(2019, 1, 1))).hasSize(581);
            assertThat(BE.communes(END_2024)).hasSize(581);
            assertThat(BE.communes(JAN_2025)).hasSize(565);
        }

        @Test
        void areSortedByCode() {
            List<Commune> all = BE.communes(MID_2025);
            assertThat(all).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
            assertThat(all.get(0).code()).isEqualTo(code("11001"));
        }

        @Test
        void perRegion() {
            assertThat(BE.communesOf(Region.BRUSSELS_CAPITAL, MID_2020)).hasSize(19);
            assertThat(BE.communesOf(Region.BRUSSELS_CAPITAL, MID_2025)).hasSize(19);
            assertThat(BE.communesOf(Region.WALLONIA, MID_2020)).hasSize(262);
            assertThat(BE.communesOf(Region.WALLONIA, MID_2025)).hasSize(261);
            assertThat(BE.communesOf(Region.FLANDERS, MID_2020)).hasSize(300);
            assertThat(BE.communesOf(Region.FLANDERS, MID_2025)).hasSize(285);
            assertThat(BE.communesOf(Region.WALLONIA.nisCode(), MID_2025)).hasSize(261);
        }

        @Test
        void outsideTheCoverageIsAnError() {
            assertThatThrownBy(() -> BE.communes(LocalDate.of(1976, 12, 31)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("date: must be within the gazetteer's coverage 1977-01-01/.., was 1976-12-31");
        }
    }

    /** Every commune named in the source documents and the design, with its code in Statbel's list. */
    @Nested
    class CommunesOfTheSourceDocuments {
        @Test
        void haveTheirCodesNamesArrondissementsAndRegions() {
            Map<String, String> expected = new TreeMap<>();
            expected.put("62009", "Aywaille 62000 60000 WALLONIA");
            expected.put("62026", "Comblain-au-Pont 62000 60000 WALLONIA");
            expected.put("62032", "Esneux 62000 60000 WALLONIA");
            expected.put("62100", "Sprimont 62000 60000 WALLONIA");
            expected.put("62063", "Liège 62000 60000 WALLONIA");
            expected.put("63001", "Amblève 63000 60000 WALLONIA");
            expected.put("61031", "Huy 61000 60000 WALLONIA");
            expected.put("64074", "Waremme 64000 60000 WALLONIA");
            expected.put("51004", "Ath 51000 50000 WALLONIA");
            expected.put("53053", "Mons 53000 50000 WALLONIA");
            expected.put("52011", "Charleroi 52000 50000 WALLONIA");
            expected.put("92142", "Gembloux 92000 90000 WALLONIA");
            expected.put("92048", "Fosses-la-Ville 92000 90000 WALLONIA");
            expected.put("92094", "Namur 92000 90000 WALLONIA");
            expected.put("82039", "Bastogne 82000 80000 WALLONIA");
            expected.put("21001", "Anderlecht 21000 - BRUSSELS_CAPITAL");
            expected.put("21004", "Bruxelles 21000 - BRUSSELS_CAPITAL");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                Commune c = BE.commune(code(e.getKey()), MID_2025).orElseThrow();
                String actual = c.name(Language.FR) + " "
                        + BE.arrondissementOf(c.code(), MID_2025).code() + " "
                        + BE.provinceOf(c.code(), MID_2025)
                                .map(p -> p.code().toString())
                                .orElse("-") + " " + BE.regionOf(c.code(), MID_2025);
                assertThat(actual).as(e.getKey()).isEqualTo(e.getValue());
                assertThat(BE.findByName(c.name(Language.FR), MID_2025))
                        .as(e.getValue())
                        .extracting(Commune::code)
                        .contains(c.code());
            }
        }

        @Test
        void namesInTheOtherLanguages() {
            assertThat(BE.commune(code("62063"), MID_2020).orElseThrow().names())
                    .containsExactly(
                            Map.entry(Language.FR, "Liège"),
                            Map.entry(Language.NL, "Luik"),
                            Map.entry(Language.DE, "Lüttich"));
            assertThat(BE.commune(code("53053"), MID_2020).orElseThrow().name(Language.NL))
                    .isEqualTo("Bergen");
            assertThat(BE.commune(code("51004"), MID_2020).orElseThrow().name(Language.NL))
                    .isEqualTo("Aat");
            assertThat(BE.commune(code("61031"), MID_2020).orElseThrow().name(Language.NL))
                    .isEqualTo("Hoei");
            assertThat(BE.commune(code("21004"), MID_2020).orElseThrow().name(Language.DE))
                    .isEqualTo("Brüssel");
            assertThat(BE.commune(code("63001"), MID_2020).orElseThrow().name(Language.DE))
                    .isEqualTo("Amel");
        }

        @Test
        void gemblouxGotItsCodeIn1980() {
            assertThat(BE.commune(code("92139"), LocalDate.of(1979, 12, 31)))
                    .map(c -> c.name(Language.FR))
                    .contains("Gembloux-sur-Orneau");
            assertThat(BE.commune(code("92142"), LocalDate.of(1979, 12, 31))).isEmpty();
            assertThat(BE.successor(code("92139"), MID_2020).orElseThrow().code())
                    .isEqualTo(code("92142"));
        }
    }

    @Nested
    class Mergers2025 {
        private final Map<String, List<String>> mergers = Map.ofEntries(
                Map.entry("44088", List.of("44040", "44043")),
                Map.entry("44087", List.of("44034", "44073")),
                Map.entry("44086", List.of("44012", "44048")),
                Map.entry("46030", List.of("11056", "46003", "46013")),
                Map.entry("46029", List.of("44045", "46014")),
                Map.entry("71072", List.of("71022", "73040")),
                Map.entry("73110", List.of("73006", "73032")),
                Map.entry("73111", List.of("73009", "73083")),
                Map.entry("71071", List.of("71057", "71069")),
                Map.entry("23106", List.of("23023", "23024", "23032")),
                Map.entry("11002", List.of("11007")),
                Map.entry("37022", List.of("37007", "37015")),
                Map.entry("37021", List.of("37012", "37018")),
                Map.entry("82039", List.of("82003", "82005")));

        @Test
        void oldCommunesEndOnNewYearsEveAndPassToTheirSuccessor() {
            int old = 0;
            for (Map.Entry<String, List<String>> m : mergers.entrySet()) {
                NisCode successor = code(m.getKey());
                for (String p : m.getValue()) {
                    NisCode predecessor = code(p);
                    old++;
                    assertThat(BE.commune(predecessor, END_2024)).as(p).isPresent();
                    assertThat(BE.commune(predecessor, JAN_2025)).as(p).isEmpty();
                    assertThat(BE.successor(predecessor, MID_2025).orElseThrow().code())
                            .as(p)
                            .isEqualTo(successor);
                    assertThat(BE.successor(predecessor, END_2024).orElseThrow().code())
                            .as(p + " is itself until the merger")
                            .isEqualTo(predecessor);
                }
                assertThat(BE.commune(successor, MID_2025)).as(m.getKey()).isPresent();
                assertThat(BE.predecessors(successor).stream()
                                .filter(s -> s.effectiveOn().equals(JAN_2025))
                                .map(s -> s.predecessor().toString()))
                        .as(m.getKey())
                        .containsExactlyInAnyOrderElementsOf(m.getValue());
            }
            assertThat(old).isEqualTo(29);
        }

        @Test
        void newCodesStartOnNewYearsDayExceptAntwerpWhichKeepsItsCode() {
            for (String c : mergers.keySet()) {
                boolean antwerp = c.equals("11002");
                assertThat(BE.commune(code(c), END_2024).isPresent()).as(c).isEqualTo(antwerp);
            }
            assertThat(BE.predecessors(code("11002")))
                    .filteredOn(s -> s.effectiveOn().equals(JAN_2025))
                    .singleElement()
                    .extracting(Succession::kind)
                    .isEqualTo(SuccessionKind.ABSORPTION);
        }

        @Test
        void mergersCrossArrondissementsAndProvinces() {
            assertThat(BE.arrondissementOf(code("71072"), MID_2025).code()).isEqualTo(code("71000"));
            assertThat(BE.arrondissementOf(code("73040"), END_2024).code()).isEqualTo(code("73000"));
            assertThat(BE.provinceOf(code("11056"), END_2024).orElseThrow().code())
                    .isEqualTo(code("10000"));
            assertThat(BE.provinceOf(code("46030"), MID_2025).orElseThrow().code())
                    .isEqualTo(code("40000"));
        }

        @Test
        void newCommunesHaveTheirNames() {
            assertThat(BE.commune(code("73111"), MID_2025).orElseThrow().names())
                    .containsEntry(Language.FR, "Tongres-Looz")
                    .containsEntry(Language.NL, "Tongeren-Borgloon");
            assertThat(BE.commune(code("82039"), MID_2025).orElseThrow().name(Language.NL))
                    .isEqualTo("Bastenaken");
            assertThat(BE.commune(code("23106"), MID_2025).orElseThrow().name()).isEqualTo("Pajottegem");
        }

        @Test
        void bastogneAndBertogneBecomeBastogne() {
            assertThat(codes(BE.findByName("Bastogne", END_2024))).containsExactly("82003");
            assertThat(codes(BE.findByName("Bastogne", MID_2025))).containsExactly("82039");
            assertThat(BE.findByName("Bertogne", MID_2025)).isEmpty();
            assertThat(BE.successor(code("82005"), MID_2025).orElseThrow().name())
                    .isEqualTo("Bastogne");
        }
    }

    @Nested
    class Hainaut2019 {
        @Test
        void arrondissementsOfMouscronTournaiAndLaLouviere() {
            assertThat(BE.unit(code("54000"), MID_2018))
                    .map(AdministrativeUnit::name)
                    .contains("Arrondissement de Mouscron");
            assertThat(BE.unit(code("54000"), MID_2020)).isEmpty();
            assertThat(BE.unit(code("57000"), MID_2018))
                    .map(AdministrativeUnit::name)
                    .contains("Arrondissement de Tournai");
            assertThat(BE.unit(code("57000"), MID_2020))
                    .map(AdministrativeUnit::name)
                    .contains("Arrondissement de Tournai-Mouscron");
            assertThat(BE.unit(code("58000"), MID_2018)).isEmpty();
            assertThat(BE.unit(code("58000"), MID_2020))
                    .map(u -> u.name(Language.NL))
                    .contains("Arrondissement La Louvière");
        }

        @Test
        void communesMovedWithNewCodes() {
            assertThat(codes(BE.communesOf(code("54000"), MID_2018))).containsExactly("54007", "54010");
            assertThat(codes(BE.communesOf(code("58000"), MID_2020)))
                    .containsExactly("58001", "58002", "58003", "58004");
            assertThat(codes(BE.communesOf(code("57000"), MID_2020))).contains("57096", "57097");
            assertThat(codes(BE.findByName("La Louvière", MID_2018))).containsExactly("55022");
            assertThat(codes(BE.findByName("La Louvière", MID_2020))).containsExactly("58001");
            assertThat(BE.successor(code("55022"), MID_2020).orElseThrow().code())
                    .isEqualTo(code("58001"));
            assertThat(BE.predecessors(code("58001")))
                    .singleElement()
                    .extracting(Succession::kind)
                    .isEqualTo(SuccessionKind.RECODING);
            assertThatThrownBy(() -> BE.communesOf(code("54000"), MID_2020))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: no region, province or arrondissement 54000 on 2020-06-30 (54000 is an"
                            + " arrondissement, Arrondissement de Mouscron, valid 1970-01-01/2018-12-31)");
        }

        @Test
        void arrondissementCounts() {
            assertThat(BE.units(AdministrativeLevel.ARRONDISSEMENT, MID_2018)).hasSize(43);
            assertThat(BE.units(AdministrativeLevel.ARRONDISSEMENT, MID_2020)).hasSize(43);
            assertThat(BE.units(AdministrativeLevel.PROVINCE, MID_2020)).hasSize(10);
            assertThat(BE.units(AdministrativeLevel.PROVINCE, LocalDate.of(1990, 1, 1)))
                    .hasSize(9);
            assertThat(BE.units(AdministrativeLevel.REGION, MID_2020))
                    .extracting(AdministrativeUnit::code)
                    .containsExactly(code("02000"), code("03000"), code("04000"));
            assertThatThrownBy(() -> BE.units(AdministrativeLevel.COMMUNE, MID_2020))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("level: communes are listed by communes(LocalDate), was COMMUNE");
        }
    }

    @Nested
    class ProvinceOf {
        @Test
        void brabantWasSplitIn1995() {
            NisCode halle = code("23027");
            assertThat(BE.provinceOf(halle, LocalDate.of(1994, 12, 31))
                            .orElseThrow()
                            .code())
                    .isEqualTo(code("20000"));
            assertThat(BE.provinceOf(halle, LocalDate.of(1995, 1, 1))
                            .orElseThrow()
                            .code())
                    .isEqualTo(code("20001"));
            assertThat(BE.provinceOf(code("25072"), MID_2020).orElseThrow().name())
                    .isEqualTo("Province du Brabant wallon");
            assertThat(BE.commune(halle, LocalDate.of(1990, 1, 1)).orElseThrow().province())
                    .contains(code("20001"));
            assertThat(BE.communesOf(code("20000"), LocalDate.of(1990, 1, 1)))
                    .hasSize(BE.communesOf(code("20001"), MID_2018).size()
                            + BE.communesOf(code("20002"), MID_2018).size());
        }

        @Test
        void brusselsHasNone() {
            assertThat(BE.provinceOf(code("21001"), MID_2020)).isEmpty();
            assertThat(BE.arrondissementOf(code("21001"), MID_2020).parent()).contains(code("04000"));
        }

        @Test
        void anUnknownCommuneIsAnErrorNamingItsSuccessor() {
            assertThatThrownBy(() -> BE.provinceOf(code("73040"), MID_2025))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: no commune 73040 on 2025-06-30 (73040 Kortessem is valid"
                            + " 1970-01-01/2024-12-31; its successor from 2025-01-01 is 71072)");
            assertThatThrownBy(() -> BE.regionOf(code("99999"), MID_2025))
                    .hasMessage("NIS code: no commune 99999 on 2025-06-30 (the code is unknown)");
        }
    }

    @Nested
    class FindByName {
        @Test
        void inAnyLanguageIgnoringCaseAndAccents() {
            for (String name :
                    new String[] {"Liège", "liege", "LIEGE", "Luik", "LUIK", "Lüttich", "luttich", "Luettich"}) {
                assertThat(codes(BE.findByName(name, MID_2020))).as(name).containsExactly("62063");
            }
            for (String name :
                    new String[] {"Comblain-au-Pont", "comblain au pont", "COMBLAIN-AU-PONT", " comblain  au-pont "}) {
                assertThat(codes(BE.findByName(name, MID_2020))).as(name).containsExactly("62026");
            }
            assertThat(codes(BE.findByName("Anvers", MID_2020))).containsExactly("11002");
            assertThat(codes(BE.findByName("Bergen", MID_2020))).containsExactly("53053");
            assertThat(codes(BE.findByName("rhode-saint-genese", MID_2020))).containsExactly("23101");
        }

        @Test
        void typographicAndStraightApostrophesMatch() {
            assertThat(codes(BE.findByName("Mont-de-l'Enclus", MID_2020))).containsExactly("57095");
            assertThat(codes(BE.findByName("Mont-de-l’Enclus", MID_2020))).containsExactly("57095");
        }

        @Test
        void homonymsAreAllReturnedAndFoundWithOrWithoutTheirQualifier() {
            assertThat(codes(BE.findByName("Saint-Nicolas", MID_2020))).containsExactly("46021", "62093");
            assertThat(codes(BE.findByName("Saint-Nicolas (Liège)", MID_2020))).containsExactly("62093");
            assertThat(codes(BE.findByName("Tielt", MID_2020))).containsExactly("37015");
            assertThat(codes(BE.findByName("Tielt", MID_2025))).containsExactly("37022");
            assertThat(codes(BE.findByName("Halle", MID_2020))).containsExactly("23027");
        }

        @Test
        void dependsOnTheDay() {
            assertThat(codes(BE.findByName("Hasselt", MID_2020))).containsExactly("71022");
            assertThat(codes(BE.findByName("Hasselt", MID_2025))).containsExactly("71072");
            assertThat(codes(BE.findByName("Kortessem", MID_2025))).isEmpty();
            assertThat(codes(BE.findByName("Sambreville", LocalDate.of(1978, 1, 1))))
                    .isEmpty();
            assertThat(codes(BE.findByName("Basse-Sambre", LocalDate.of(1978, 1, 1))))
                    .containsExactly("92137");
            assertThat(codes(BE.findByName("Sambreville", MID_2020))).containsExactly("92137");
            assertThat(BE.communeHistory(code("92137")))
                    .extracting(Commune::name)
                    .containsExactly("Basse-Sambre", "Sambreville");
        }

        @Test
        void unknownAndBlankNamesFindNothing() {
            assertThat(BE.findByName("Atlantis", MID_2020)).isEmpty();
            assertThat(BE.findByName("", MID_2020)).isEmpty();
            assertThat(BE.findByName(" - ", MID_2020)).isEmpty();
        }
    }

    @Nested
    class Successor {
        @Test
        void followsChains() {
            NisCode comines = code("54002");
            assertThat(BE.successor(comines, LocalDate.of(1980, 1, 1))
                            .orElseThrow()
                            .code())
                    .isEqualTo(comines);
            assertThat(BE.successor(comines, LocalDate.of(1990, 1, 1))
                            .orElseThrow()
                            .code())
                    .isEqualTo(code("54010"));
            assertThat(BE.successor(comines, MID_2020).orElseThrow().code()).isEqualTo(code("57097"));
        }

        @Test
        void antwerpDistrictsJoinedAntwerpIn1983() {
            for (String district : new String[] {"11003", "11006", "11012", "11014", "11019", "11028", "11051"}) {
                assertThat(BE.successor(code(district), LocalDate.of(1983, 1, 1))
                                .orElseThrow()
                                .code())
                        .as(district)
                        .isEqualTo(code("11002"));
            }
        }

        @Test
        void emptyForUnknownOrNotYetValidCodes() {
            assertThat(BE.successor(code("99999"), MID_2020)).isEmpty();
            assertThat(BE.successor(code("71072"), MID_2020)).isEmpty();
        }

        @Test
        void everyCommuneEndedInCoverageHasASuccessor() {
            List<String> orphans = new ArrayList<>();
            for (Commune c : BE.communes(END_2024)) {
                if (BE.successor(c.code(), MID_2025).isEmpty()) {
                    orphans.add(c.code().toString());
                }
            }
            assertThat(orphans).isEmpty();
            for (Commune c : BE.communes(LocalDate.of(1977, 1, 1))) {
                assertThat(BE.successor(c.code(), MID_2025)).as(c.toString()).isPresent();
            }
        }
    }

    @Nested
    class Territories {
        @Test
        void ofACommune() {
            Territory esneux = BE.territoryOfCommune(code("62032"), MID_2020);
            assertThat(esneux.name()).isEqualTo("Esneux");
            assertThat(esneux.communes()).containsExactly(code("62032"));
            assertThatThrownBy(() -> BE.territoryOfCommune(code("62000"), MID_2020))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: no commune 62000 on 2020-06-30 (62000 is an arrondissement, Arrondissement"
                            + " de Liège, valid 1970-01-01/..)");
        }

        @Test
        void ofAnArrondissementAProvinceAndARegion() {
            Territory huy = BE.territoryOfArrondissement(code("61000"), MID_2020);
            assertThat(huy.name()).isEqualTo("Arrondissement de Huy");
            assertThat(huy.communes()).hasSize(17).contains(code("61031"));
            Territory liege = BE.territoryOfProvince(code("60000"), MID_2020);
            assertThat(liege.name()).isEqualTo("Province de Liège");
            assertThat(liege.communes()).hasSize(84).containsAll(huy.communes());
            Territory brussels = BE.territoryOfRegion(Region.BRUSSELS_CAPITAL, MID_2020);
            assertThat(brussels.name()).isEqualTo("Région de Bruxelles-Capitale");
            assertThat(brussels.communes()).hasSize(19);
            assertThat(BE.territoryOfRegion(Region.FLANDERS, MID_2025).name()).isEqualTo("Vlaams Gewest");
            assertThat(BE.territoryOfRegion(Region.WALLONIA, MID_2025).communes())
                    .hasSize(261);
        }

        @Test
        void levelsAreChecked() {
            assertThatThrownBy(() -> BE.territoryOfProvince(code("62000"), MID_2020))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: no province 62000 on 2020-06-30 (62000 is an arrondissement, Arrondissement"
                            + " de Liège, valid 1970-01-01/..)");
            assertThatThrownBy(() -> BE.territoryOfArrondissement(code("58000"), MID_2018))
                    .hasMessageStartingWith("NIS code: no arrondissement 58000 on 2018-06-30");
            assertThatThrownBy(() -> BE.territoryOfProvince(code("20001"), LocalDate.of(1990, 1, 1)))
                    .hasMessageStartingWith("NIS code: no province 20001 on 1990-01-01");
        }

        @Test
        void fromAnExplicitListOfCommunes() {
            Territory platform = BE.territory(
                    "Plate-forme logement Ourthe-Amblève",
                    List.of(code("62009"), code("62026"), code("62032"), code("62100")),
                    MID_2020);
            assertThat(platform.communes()).hasSize(4);
            assertThat(platform.name()).isEqualTo("Plate-forme logement Ourthe-Amblève");
        }

        @Test
        void anExplicitListRejectsUnknownAndEndedCodesNamingThem() {
            assertThatThrownBy(() -> BE.territory("Gembloux-Fosses", List.of(code("92142"), code("92099")), MID_2020))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("territory Gembloux-Fosses: communes: no commune 92099 on 2020-06-30 (the code is"
                            + " unknown)");
            assertThatThrownBy(() -> BE.territory("Limburg", List.of(code("73040")), MID_2025))
                    .hasMessageContaining("no commune 73040 on 2025-06-30")
                    .hasMessageContaining("its successor from 2025-01-01 is 71072");
            assertThatThrownBy(() -> BE.territory(" ", List.of(code("62009")), MID_2020))
                    .hasMessage("territory: name: must not be blank, was \" \"");
            assertThatThrownBy(() -> BE.territory("Nowhere", List.of(), MID_2020))
                    .hasMessage("territory Nowhere: communes: must not be empty");
        }
    }

    @Nested
    class WithSuccessions {
        @Test
        void addsSuccessionsToAGazetteer() {
            Gazetteer g = BE.withSuccessions(List.of());
            assertThat(g.successions()).isEqualTo(BE.successions());
            assertThat(g.communes(MID_2025)).hasSize(565);
        }

        @Test
        void rejectsASecondSuccessionOfTheSamePredecessor() {
            Succession again = Succession.of(code("73040"), code("73110"), JAN_2025, SuccessionKind.MERGER);
            assertThatThrownBy(() -> BE.withSuccessions(List.of(again)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("succession 73040 -> 73110: predecessor: commune 73040 already has a succession:"
                            + " Succession{73040 -> 71072 from 2025-01-01, MERGER}");
        }

        @Test
        void rejectsDatesThatDoNotMatchTheValidities() {
            Succession early = Succession.of(code("62063"), code("62009"), JAN_2025, SuccessionKind.MERGER);
            assertThatThrownBy(() -> BE.withSuccessions(List.of(early)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("succession 62063 -> 62009: predecessor: commune 62063 must end on 2024-12-31, the"
                            + " day before the succession, was valid 1970-01-01/..");
            Succession toNothing =
                    Succession.of(code("11049"), code("71072"), LocalDate.of(1980, 1, 1), SuccessionKind.RECODING);
            assertThatThrownBy(() -> BE.withSuccessions(List.of(toNothing)))
                    .hasMessage("succession 11049 -> 71072: successor: commune 71072 must be valid on 1980-01-01, was"
                            + " valid 2025-01-01/..");
            Succession unknown = Succession.of(code("99999"), code("71072"), JAN_2025, SuccessionKind.MERGER);
            assertThatThrownBy(() -> BE.withSuccessions(List.of(unknown)))
                    .hasMessage("succession 99999 -> 71072: predecessor: no commune 99999 in the list");
        }
    }

    @Test
    void answersTheSameFromManyThreads() throws Exception {
        Gazetteer fresh = BE.withSuccessions(List.of()); // a new instance: nothing cached yet
        List<LocalDate> days = IntStream.range(0, 200)
                .mapToObj(i -> LocalDate.of(1977, 1, 1).plusDays(i * 90L))
                .collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (LocalDate d : days) {
                answers.add(pool.submit(() ->
                        fresh.communes(d).size() + fresh.findByName("Liège", d).size()));
            }
            for (int i = 0; i < days.size(); i++) {
                assertThat(answers.get(i).get())
                        .isEqualTo(BE.communes(days.get(i)).size() + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownCodesHaveNoHistoryAndNoPredecessors() {
        assertThat(BE.communeHistory(code("99999"))).isEmpty();
        assertThat(BE.predecessors(code("62063"))).isEmpty();
        assertThat(BE.unit(code("99000"), MID_2020)).isEmpty();
        assertThat(BE.commune(code("62000"), MID_2020)).isEmpty();
        assertThat(BE.successions())
                .hasSize(68)
                .first()
                .hasToString("Succession{11049 -> 11057 from 1980-01-01, RECODING}");
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(NisCode.class, code("62063"))
                .setDefault(LocalDate.class, MID_2020)
                .setDefault(Region.class, Region.WALLONIA)
                .setDefault(AdministrativeLevel.class, AdministrativeLevel.PROVINCE)
                .setDefault(String.class, "Liège");
        tester.testAllPublicStaticMethods(Gazetteer.class);
        tester.testAllPublicInstanceMethods(BE);
    }
}
