package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NisCodeTest {
    private static final NisCode LIEGE = NisCode.parse("62063");

    @Nested
    class Parse {
        @Test
        void readsFiveDigits() {
            assertThat(LIEGE.intValue()).isEqualTo(62063);
            assertThat(NisCode.parse("01000").intValue()).isEqualTo(1000);
            assertThat(NisCode.parse("00001")).isEqualTo(NisCode.of(1));
            assertThat(NisCode.parse("99999")).isEqualTo(NisCode.of(99_999));
        }

        @Test
        void rejectsTheWrongLengthQuotingTheText() {
            assertThatThrownBy(() -> NisCode.parse("6206"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: must be 5 digits, was \"6206\" (4 characters)")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("NIS code");
            assertThatThrownBy(() -> NisCode.parse("620630"))
                    .hasMessage("NIS code: must be 5 digits, was \"620630\" (6 characters)");
            assertThatThrownBy(() -> NisCode.parse(""))
                    .hasMessage("NIS code: must be 5 digits, was \"\" (0 characters)");
        }

        @Test
        void rejectsLettersSignsAndSpaces() {
            assertThatThrownBy(() -> NisCode.parse("62O63"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: must be 5 digits, was \"62O63\"");
            assertThatThrownBy(() -> NisCode.parse("-6206")).hasMessage("NIS code: must be 5 digits, was \"-6206\"");
            assertThatThrownBy(() -> NisCode.parse(" 6206")).hasMessage("NIS code: must be 5 digits, was \" 6206\"");
            // non-ASCII digits (Arabic-Indic) are not NIS digits
            assertThatThrownBy(() -> NisCode.parse("٦٢٠٦٣")).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void rejectsZero() {
            assertThatThrownBy(() -> NisCode.parse("00000"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: must not be 00000, was \"00000\"");
        }
    }

    @Test
    void ofRejectsNumbersOutOfRange() {
        assertThatThrownBy(() -> NisCode.of(0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("NIS code: must be between 00001 and 99999, was 0");
        assertThatThrownBy(() -> NisCode.of(100_000))
                .hasMessage("NIS code: must be between 00001 and 99999, was 100000");
        assertThatThrownBy(() -> NisCode.of(-1)).hasMessageEndingWith("was -1");
    }

    @Test
    void hasProvinceDigitAndArrondissement() {
        assertThat(LIEGE.provinceDigit()).isEqualTo(6);
        assertThat(LIEGE.arrondissement()).isEqualTo(NisCode.parse("62000"));
        assertThat(NisCode.parse("21004").arrondissement()).isEqualTo(NisCode.parse("21000"));
        assertThat(NisCode.parse("02000").provinceDigit()).isZero();
    }

    @Test
    void tellsAggregatesFromCommunes() {
        assertThat(NisCode.parse("62000").isAggregate()).isTrue();
        assertThat(NisCode.parse("60000").isAggregate()).isTrue();
        assertThat(LIEGE.isAggregate()).isFalse();
        assertThat(LIEGE.isCommune()).isTrue();
        assertThat(NisCode.parse("20001").isCommune()).isFalse();
        assertThat(NisCode.parse("20001").isProvince()).isTrue();
        assertThat(NisCode.parse("60000").isProvince()).isTrue();
        assertThat(NisCode.parse("62000").isProvince()).isFalse();
        assertThat(NisCode.parse("01001").isCommune()).isFalse();
    }

    @Nested
    class RegionOf {
        @Test
        void brusselsIsArrondissement21() {
            assertThat(NisCode.parse("21001").region()).isEqualTo(Region.BRUSSELS_CAPITAL);
            assertThat(NisCode.parse("21000").region()).isEqualTo(Region.BRUSSELS_CAPITAL);
        }

        @Test
        void walloniaIsWalloonBrabantHainautLiegeLuxembourgNamur() {
            for (String code : new String[] {"25072", "51004", "58001", "62063", "63001", "82039", "92094"}) {
                assertThat(NisCode.parse(code).region()).as(code).isEqualTo(Region.WALLONIA);
            }
        }

        @Test
        void flandersIsTheRest() {
            for (String code : new String[] {"11002", "23027", "24062", "37022", "46030", "71072", "73111"}) {
                assertThat(NisCode.parse(code).region()).as(code).isEqualTo(Region.FLANDERS);
            }
        }

        @Test
        void regionAndBrabantProvinceCodesGiveTheirRegion() {
            assertThat(NisCode.parse("02000").region()).isEqualTo(Region.FLANDERS);
            assertThat(NisCode.parse("03000").region()).isEqualTo(Region.WALLONIA);
            assertThat(NisCode.parse("04000").region()).isEqualTo(Region.BRUSSELS_CAPITAL);
            assertThat(NisCode.parse("20001").region()).isEqualTo(Region.FLANDERS);
            assertThat(NisCode.parse("20002").region()).isEqualTo(Region.WALLONIA);
            assertThat(NisCode.parse("50000").region()).isEqualTo(Region.WALLONIA);
        }

        @Test
        void countryAndFormerBrabantLieInNoSingleRegion() {
            assertThatThrownBy(() -> NisCode.parse("01000").region())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: the country and non-region codes 0XXXX lie in no region, was 01000");
            assertThatThrownBy(() -> NisCode.parse("20000").region())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("NIS code: the former province of Brabant lies in several regions, was 20000");
        }
    }

    @Test
    void printsFiveDigitsAndOrdersByNumber() {
        assertThat(NisCode.of(1000)).hasToString("01000");
        assertThat(LIEGE).hasToString("62063");
        assertThat(NisCode.of(1000)).isLessThan(LIEGE);
        assertThat(LIEGE.compareTo(NisCode.parse("62063"))).isZero();
    }

    @Test
    void jsonIsTheFiveDigitString() {
        assertThat(AccompanimentJson.write(NisCode.of(1000))).isEqualTo("\"01000\"");
        assertThat(AccompanimentJson.read("\"62063\"", NisCode.class)).isEqualTo(LIEGE);
        assertThatThrownBy(() -> AccompanimentJson.read("\"6206\"", NisCode.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must be 5 digits, was \"6206\"");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(LIEGE, NisCode.parse("62063"), NisCode.of(62063))
                .addEqualityGroup(NisCode.of(62000), NisCode.of(62000).arrondissement())
                .addEqualityGroup(NisCode.of(1000))
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester().setDefault(NisCode.class, LIEGE);
        tester.testAllPublicStaticMethods(NisCode.class);
        tester.testAllPublicInstanceMethods(LIEGE);
    }
}
