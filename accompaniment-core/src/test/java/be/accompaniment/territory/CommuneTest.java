package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommuneTest {
    private static final LocalDate START = LocalDate.of(1970, 1, 1);
    private static final Commune LIEGE = Commune.builder()
            .code(NisCode.parse("62063"))
            .putNames(Language.FR, "Liège")
            .putNames(Language.NL, "Luik")
            .putNames(Language.DE, "Lüttich")
            .province(NisCode.parse("60000"))
            .validity(Period.from(START))
            .build();
    private static final Commune ANTWERPEN = Commune.builder()
            .code(NisCode.parse("11002"))
            .putNames(Language.FR, "Anvers")
            .putNames(Language.NL, "Antwerpen")
            .province(NisCode.parse("10000"))
            .validity(Period.from(START))
            .build();
    private static final Commune ANDERLECHT = Commune.builder()
            .code(NisCode.parse("21001"))
            .putNames(Language.NL, "Anderlecht")
            .validity(Period.from(START))
            .build();

    @Test
    void nameInEachLanguage() {
        assertThat(LIEGE.name(Language.FR)).isEqualTo("Liège");
        assertThat(LIEGE.name(Language.NL)).isEqualTo("Luik");
        assertThat(LIEGE.name(Language.DE)).isEqualTo("Lüttich");
    }

    @Test
    void missingNamesFallBackToTheUsualLanguageOfTheRegion() {
        assertThat(LIEGE.name(Language.EN)).isEqualTo("Liège");
        assertThat(LIEGE.name()).isEqualTo("Liège");
        assertThat(ANTWERPEN.name(Language.DE)).isEqualTo("Antwerpen");
        assertThat(ANTWERPEN.name(Language.EN)).isEqualTo("Antwerpen");
        assertThat(ANTWERPEN.name()).isEqualTo("Antwerpen");
        // Brussels falls back to French, then to the first name there is
        assertThat(ANDERLECHT.name(Language.FR)).isEqualTo("Anderlecht");
        assertThat(ANDERLECHT.name(Language.DE)).isEqualTo("Anderlecht");
    }

    @Test
    void arrondissementAndRegionFollowTheCode() {
        assertThat(LIEGE.arrondissement()).isEqualTo(NisCode.parse("62000"));
        assertThat(LIEGE.region()).isEqualTo(Region.WALLONIA);
        assertThat(ANTWERPEN.region()).isEqualTo(Region.FLANDERS);
        assertThat(ANDERLECHT.region()).isEqualTo(Region.BRUSSELS_CAPITAL);
        assertThat(ANDERLECHT.province()).isEmpty();
    }

    @Test
    void validOnTheDaysOfItsPeriod() {
        Commune ended = Commune.builder()
                .from(LIEGE)
                .validity(Period.of(START, LocalDate.of(2024, 12, 31)))
                .build();
        assertThat(ended.isValidOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(ended.isValidOn(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(ended.isValidOn(START.minusDays(1))).isFalse();
    }

    @Test
    void rejectsAnArrondissementOrProvinceCode() {
        assertThatThrownBy(() -> Commune.builder()
                        .from(LIEGE)
                        .code(NisCode.parse("62000"))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("commune: code: must be a commune code")
                .hasMessageEndingWith("was 62000");
        assertThatThrownBy(() -> Commune.builder()
                        .from(LIEGE)
                        .code(NisCode.parse("20001"))
                        .build())
                .hasMessageEndingWith("was 20001");
    }

    @Test
    void rejectsNoNamesAnEnglishNameAndABlankName() {
        assertThatThrownBy(() -> Commune.builder()
                        .code(NisCode.parse("62063"))
                        .validity(Period.from(START))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("commune 62063: names: must not be empty");
        assertThatThrownBy(() -> Commune.builder()
                        .from(LIEGE)
                        .putNames(Language.EN, "Liege")
                        .build())
                .hasMessage("commune 62063: names: official names exist in FR, NL and DE only, was EN \"Liege\"");
        assertThatThrownBy(() -> Commune.builder()
                        .from(LIEGE)
                        .names(ImmutableSortedMap.of(Language.NL, " "))
                        .build())
                .hasMessage("commune 62063: names.NL: must not be blank, was \" \"");
    }

    @Test
    void rejectsAProvinceInBrusselsOrOfAnotherDigit() {
        assertThatThrownBy(() -> Commune.builder()
                        .from(ANDERLECHT)
                        .province(NisCode.parse("20001"))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("commune 21001: province: the Brussels-Capital Region has no province, was 20001");
        assertThatThrownBy(() -> Commune.builder()
                        .from(LIEGE)
                        .province(NisCode.parse("50000"))
                        .build())
                .hasMessageStartingWith("commune 62063: province: must be the province of the code's first digit")
                .hasMessageEndingWith("was 50000");
        assertThatThrownBy(() -> Commune.builder()
                        .from(LIEGE)
                        .province(NisCode.parse("62000"))
                        .build())
                .hasMessageEndingWith("was 62000");
    }

    @Test
    void jsonShape() {
        assertThat(AccompanimentJson.write(LIEGE))
                .isEqualTo("{\"code\":\"62063\",\"names\":{\"FR\":\"Liège\",\"NL\":\"Luik\",\"DE\":\"Lüttich\"},"
                        + "\"province\":\"60000\",\"validity\":{\"from\":\"1970-01-01\"}}");
        assertThat(AccompanimentJson.write(ANDERLECHT))
                .isEqualTo(
                        "{\"code\":\"21001\",\"names\":{\"NL\":\"Anderlecht\"},\"validity\":{\"from\":\"1970-01-01\"}}");
        assertThat(AccompanimentJson.read(AccompanimentJson.write(LIEGE), Commune.class))
                .isEqualTo(LIEGE);
    }

    @Test
    void badJsonNamesThePath() {
        assertThatThrownBy(() -> AccompanimentJson.read(
                        "{\"code\":\"62063\",\"names\":{\"FR\":\"Liège\"},\"province\":\"50000\","
                                + "\"validity\":{\"from\":\"1970-01-01\"}}",
                        Commune.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("province")
                .hasMessageContaining("50000");
        assertThatThrownBy(() -> AccompanimentJson.read(
                        "{\"code\":\"62063\",\"names\":{\"FR\":\"Liège\"},\"validity\":{\"from\":\"1970-01-01\"},"
                                + "\"region\":\"WALLONIA\"}",
                        Commune.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown field \"region\"");
    }

    @Test
    void printsCodeNameAndValidity() {
        assertThat(LIEGE).hasToString("Commune{62063 Liège 1970-01-01/..}");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(LIEGE, Commune.builder().from(LIEGE).build())
                .addEqualityGroup(Commune.builder()
                        .from(LIEGE)
                        .names(ImmutableSortedMap.of(Language.FR, "Liège", Language.DE, "Lüttich"))
                        .build())
                .addEqualityGroup(Commune.builder()
                        .from(LIEGE)
                        .validity(Period.of(START, START))
                        .build())
                .addEqualityGroup(ANTWERPEN)
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(NisCode.class, LIEGE.code())
                .setDefault(Period.class, LIEGE.validity())
                .setDefault(Language.class, Language.FR)
                .setDefault(LocalDate.class, START);
        tester.testAllPublicStaticMethods(Commune.class);
        tester.testAllPublicInstanceMethods(LIEGE);
        tester.testAllPublicInstanceMethods(Commune.builder());
    }
}
