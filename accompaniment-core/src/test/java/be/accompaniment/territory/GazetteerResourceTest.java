package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.law.Period;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The project's compact REFNIS form ({@link GazetteerResource}), on a small synthetic extract of Walloon Brabant
 * around the 1995 split of the province of Brabant.
 */
class GazetteerResourceTest {
    private static final LocalDate IN_1990 = LocalDate.of(1990, 6, 30);
    private static final LocalDate IN_2000 = LocalDate.of(2000, 6, 30);
    private static final NisCode BRABANT = NisCode.parse("20000");
    private static final NisCode WALLOON_BRABANT = NisCode.parse("20002");
    private static final NisCode ARRONDISSEMENT = NisCode.parse("25000");
    private static final NisCode MERGED = NisCode.parse("25901");
    private static final NisCode NIVELLES = NisCode.parse("25072");
    private static final NisCode HAMLET = NisCode.parse("25902");

    private static final String WALLONIA =
            "1\t03000\t-\t1970-01-01\t-\tRégion wallonne\tWaals Gewest\tWallonische Region";
    private static final String PROVINCES =
            "2\t20000\t-\t1970-01-01\t1994-12-31\tProvince de Brabant\tProvincie Brabant\t\n"
                    + "2\t20002\t03000\t1995-01-01\t-\tProvince du Brabant wallon\tProvincie Waals-Brabant\t";
    private static final String ARRONDISSEMENTS =
            "3\t25000\t20000\t1970-01-01\t1994-12-31\tArrondissement de Nivelles\tArrondissement Nijvel\t\n"
                    + "3\t25000\t20002\t1995-01-01\t-\tArrondissement de Nivelles\tArrondissement Nijvel\t";
    private static final String COMMUNES = "4\t25901\t25000\t1977-01-01\t1994-12-31\tFusionnée\t\t\n"
            + "4\t25072\t25000\t1977-01-01\t-\tNivelles\tNijvel\t\n"
            + "4\t25902\t25000\t1977-01-01\t-\tSart (Nivelles)\t\t";
    private static final String SUCCESSION = "S\t25901\t25072\t1995-01-01\tMERGER";

    private static Gazetteer read(String... lines) {
        String text = String.join("\n", lines) + "\n";
        return GazetteerResource.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "extract");
    }

    private static Gazetteer extract() {
        return read(
                "# an extract", "", "coverage\t1977-01-01", WALLONIA, PROVINCES, ARRONDISSEMENTS, COMMUNES, SUCCESSION);
    }

    @Nested
    class Reads {
        @Test
        void theCoverageCommentsAndBlankLines() {
            assertThat(extract().coverage()).isEqualTo(Period.from(LocalDate.of(1977, 1, 1)));
        }

        @Test
        void communesInTheProvinceTheirArrondissementBelongedToOnTheirLastDay() {
            Gazetteer g = extract();
            // the merged commune ended before the split: its province stays Brabant
            assertThat(g.commune(MERGED, IN_1990).orElseThrow().province()).contains(BRABANT);
            assertThat(g.communeHistory(MERGED))
                    .singleElement()
                    .satisfies(c -> assertThat(c.province()).contains(BRABANT));
            assertThat(g.commune(NIVELLES, IN_2000).orElseThrow().province()).contains(WALLOON_BRABANT);
            assertThat(g.communesOf(BRABANT, IN_1990))
                    .extracting(Commune::code)
                    .containsExactly(NIVELLES, MERGED, HAMLET);
            assertThat(g.communesOf(WALLOON_BRABANT, IN_2000))
                    .extracting(Commune::code)
                    .containsExactly(NIVELLES, HAMLET);
            assertThat(g.communesOf(ARRONDISSEMENT, IN_2000))
                    .extracting(Commune::code)
                    .containsExactly(NIVELLES, HAMLET);
        }

        @Test
        void communesOfAnArrondissementUnderItsRegionOnce() {
            Gazetteer g = read(
                    "1\t04000\t-\t1970-01-01\t-\tRégion de Bruxelles-Capitale\tBrussels Hoofdstedelijk Gewest\t",
                    "3\t21000\t04000\t1970-01-01\t-\tArrondissement de Bruxelles-Capitale\t\t",
                    "4\t21001\t21000\t1977-01-01\t-\tAnderlecht\tAnderlecht\t");
            NisCode anderlecht = NisCode.parse("21001");
            assertThat(g.communesOf(NisCode.parse("04000"), IN_2000))
                    .extracting(Commune::code)
                    .containsExactly(anderlecht);
            assertThat(g.communesOf(NisCode.parse("21000"), IN_2000))
                    .extracting(Commune::code)
                    .containsExactly(anderlecht);
            assertThat(g.commune(anderlecht, IN_2000).orElseThrow().province()).isEmpty();
        }

        @Test
        void theUnitsOfEachLevelOnADay() {
            Gazetteer g = extract();
            assertThat(g.units(AdministrativeLevel.PROVINCE, IN_1990))
                    .extracting(AdministrativeUnit::code)
                    .containsExactly(BRABANT);
            assertThat(g.units(AdministrativeLevel.PROVINCE, IN_2000))
                    .extracting(AdministrativeUnit::code)
                    .containsExactly(WALLOON_BRABANT);
            assertThat(g.units(AdministrativeLevel.ARRONDISSEMENT, IN_2000))
                    .singleElement()
                    .satisfies(u -> assertThat(u.parent()).contains(WALLOON_BRABANT));
        }

        @Test
        void successionsAndNamesLeftEmpty() {
            Gazetteer g = extract();
            assertThat(g.successor(MERGED, IN_2000)).map(Commune::code).contains(NIVELLES);
            assertThat(g.commune(MERGED, IN_1990).orElseThrow().names())
                    .containsOnlyKeys(be.accompaniment.i18n.Language.FR);
            assertThat(g.findByName("sart", IN_2000)).extracting(Commune::code).containsExactly(HAMLET);
        }

        @Test
        void theBundledList() {
            Gazetteer bundled = GazetteerResource.loadBundled();
            assertThat(bundled.communes(LocalDate.of(2020, 6, 30))).hasSize(581);
            assertThat(bundled.communes(LocalDate.of(2025, 1, 1))).hasSize(565);
        }
    }

    @Nested
    class Rejects {
        private void rejects(String message, String... lines) {
            assertThatThrownBy(() -> read(lines))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }

        @Test
        void entriesWithTheWrongNumberOfFields() {
            rejects("extract line 1: expected 2 tab-separated fields, was 3", "coverage\t1977-01-01\t-");
            rejects("extract line 2: expected 5 tab-separated fields, was 4", WALLONIA, "S\t25901\t25072\t1995-01-01");
            rejects(
                    "extract line 1: expected 8 tab-separated fields, was 7",
                    WALLONIA.substring(0, WALLONIA.lastIndexOf('\t')));
        }

        @Test
        void malformedEntries() {
            rejects(
                    "extract line 1: malformed entry: Text '1977-13-01' could not be parsed: Invalid value for MonthOfYear"
                            + " (valid values 1 - 12): 13",
                    "coverage\t1977-13-01");
            rejects(
                    "extract line 2: malformed entry: No enum constant be.accompaniment.territory.SuccessionKind.FUSION",
                    WALLONIA,
                    SUCCESSION.replace("MERGER", "FUSION"));
            rejects("extract line 1: malformed entry: For input string: \"X\"", WALLONIA.replaceFirst("1", "X"));
        }

        @Test
        void blankNamesNamingTheirColumn() {
            rejects(
                    "extract line 1, TX_REFNIS_NL: must not be blank, was \" \"",
                    WALLONIA.replace("Waals Gewest", " "));
            rejects(
                    "extract line 1, TX_REFNIS_DE: must not be blank, was \" \"",
                    WALLONIA.replace("Wallonische Region", " "));
            rejects(
                    "extract line 1, TX_REFNIS_FR: must not be blank, was \" \"",
                    WALLONIA.replace("Région wallonne", " "));
        }

        @Test
        void aSuccessionWhoseSuccessorIsNotYetValid() {
            rejects(
                    "succession 25901 -> 25903: successor: commune 25903 must be valid on 1995-01-01, was valid"
                            + " 1996-01-01/..",
                    WALLONIA,
                    PROVINCES,
                    ARRONDISSEMENTS,
                    COMMUNES,
                    "4\t25903\t25000\t1996-01-01\t-\tNouvelle\t\t",
                    "S\t25901\t25903\t1995-01-01\tMERGER");
        }

        @Test
        void aSuccessionWhosePredecessorEndedLongBefore() {
            rejects(
                    "succession 25901 -> 25072: predecessor: commune 25901 must end on 1995-12-31, the day before the"
                            + " succession, was valid 1977-01-01/1994-12-31",
                    WALLONIA,
                    PROVINCES,
                    ARRONDISSEMENTS,
                    COMMUNES,
                    SUCCESSION.replace("1995-01-01", "1996-01-01"));
        }

        @Test
        void aSuccessionWhosePredecessorDoesNotEndOnTheEve() {
            rejects(
                    "succession 25072 -> 25901: predecessor: commune 25072 must end on 1994-12-31, the day before the"
                            + " succession, was valid 1977-01-01/..",
                    WALLONIA,
                    PROVINCES,
                    ARRONDISSEMENTS,
                    COMMUNES,
                    "S\t25072\t25901\t1995-01-01\tMERGER");
        }
    }
}
