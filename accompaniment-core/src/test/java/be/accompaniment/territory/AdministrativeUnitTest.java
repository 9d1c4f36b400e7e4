package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.Period;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdministrativeUnitTest {
    private static final LocalDate START = LocalDate.of(1970, 1, 1);
    private static final AdministrativeUnit PROVINCE_OF_LIEGE = AdministrativeUnit.builder()
            .level(AdministrativeLevel.PROVINCE)
            .code(NisCode.parse("60000"))
            .putNames(Language.FR, "Province de Liège")
            .putNames(Language.NL, "Provincie Luik")
            .putNames(Language.DE, "Provinz Lüttich")
            .parent(NisCode.parse("03000"))
            .validity(Period.from(START))
            .build();
    private static final AdministrativeUnit BRABANT = AdministrativeUnit.builder()
            .level(AdministrativeLevel.PROVINCE)
            .code(NisCode.parse("20000"))
            .putNames(Language.NL, "Provincie Brabant")
            .validity(Period.of(START, LocalDate.of(1994, 12, 31)))
            .build();
    private static final AdministrativeUnit BRUSSELS_ARRONDISSEMENT = AdministrativeUnit.builder()
            .level(AdministrativeLevel.ARRONDISSEMENT)
            .code(NisCode.parse("21000"))
            .putNames(Language.FR, "Arrondissement de Bruxelles-Capitale")
            .putNames(Language.NL, "Arrondissement Brussel-Hoofdstad")
            .parent(NisCode.parse("04000"))
            .validity(Period.from(START))
            .build();

    @Test
    void namesFallBackToTheUsualLanguage() {
        assertThat(PROVINCE_OF_LIEGE.name(Language.DE)).isEqualTo("Provinz Lüttich");
        assertThat(PROVINCE_OF_LIEGE.name(Language.EN)).isEqualTo("Province de Liège");
        assertThat(PROVINCE_OF_LIEGE.name()).isEqualTo("Province de Liège");
        assertThat(BRUSSELS_ARRONDISSEMENT.name(Language.DE)).isEqualTo("Arrondissement de Bruxelles-Capitale");
        // Brabant lay in no single region: French first, else the first name there is
        assertThat(BRABANT.name()).isEqualTo("Provincie Brabant");
    }

    @Test
    void regionFromTheCode() {
        assertThat(PROVINCE_OF_LIEGE.region()).contains(Region.WALLONIA);
        assertThat(BRUSSELS_ARRONDISSEMENT.region()).contains(Region.BRUSSELS_CAPITAL);
        assertThat(BRABANT.region()).isEmpty();
    }

    @Test
    void validOnTheDaysOfItsPeriod() {
        assertThat(BRABANT.isValidOn(LocalDate.of(1994, 12, 31))).isTrue();
        assertThat(BRABANT.isValidOn(LocalDate.of(1995, 1, 1))).isFalse();
    }

    @Test
    void rejectsCodesThatDoNotFitTheLevel() {
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(PROVINCE_OF_LIEGE)
                        .level(AdministrativeLevel.REGION)
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("administrative unit 60000: code: a region code must be 02000, 03000 or 04000, was 60000");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(PROVINCE_OF_LIEGE)
                        .code(NisCode.parse("62000"))
                        .build())
                .hasMessage("administrative unit 62000: code: a province code is X0000, 20001 or 20002, was 62000");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(BRUSSELS_ARRONDISSEMENT)
                        .code(NisCode.parse("21004"))
                        .build())
                .hasMessage(
                        "administrative unit 21004: code: an arrondissement code is XY000 with neither X nor Y 0, was 21004");
        // a province's code and a region's code are not arrondissement codes
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(BRUSSELS_ARRONDISSEMENT)
                        .code(NisCode.parse("60000"))
                        .build())
                .hasMessage(
                        "administrative unit 60000: code: an arrondissement code is XY000 with neither X nor Y 0, was 60000");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(BRUSSELS_ARRONDISSEMENT)
                        .code(NisCode.parse("04000"))
                        .build())
                .hasMessage(
                        "administrative unit 04000: code: an arrondissement code is XY000 with neither X nor Y 0, was 04000");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(BRUSSELS_ARRONDISSEMENT)
                        .level(AdministrativeLevel.COMMUNE)
                        .build())
                .hasMessage("administrative unit 21000: level: communes are Commune values, not administrative units,"
                        + " was COMMUNE");
    }

    @Test
    void rejectsParentsThatDoNotFitTheLevel() {
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .level(AdministrativeLevel.REGION)
                        .code(NisCode.parse("03000"))
                        .putNames(Language.FR, "Région wallonne")
                        .parent(NisCode.parse("04000"))
                        .validity(Period.from(START))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("administrative unit 03000: parent: a region has no parent, was 04000");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(PROVINCE_OF_LIEGE)
                        .parent(NisCode.parse("62000"))
                        .build())
                .hasMessage("administrative unit 60000: parent: the parent of a province must be a region, was 62000");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(BRUSSELS_ARRONDISSEMENT)
                        .parent(NisCode.parse("62000"))
                        .build())
                .hasMessage("administrative unit 21000: parent: the parent of an arrondissement must be a province or"
                        + " a region, was 62000");
    }

    @Test
    void rejectsMissingAndBlankNames() {
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .level(AdministrativeLevel.REGION)
                        .code(NisCode.parse("03000"))
                        .validity(Period.from(START))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("administrative unit 03000: names: must not be empty");
        assertThatThrownBy(() -> AdministrativeUnit.builder()
                        .from(BRABANT)
                        .putNames(Language.DE, "")
                        .build())
                .hasMessage("administrative unit 20000: names.DE: must not be blank, was \"\"");
    }

    @Test
    void jsonShape() {
        assertThat(AccompanimentJson.write(BRABANT))
                .isEqualTo("{\"level\":\"PROVINCE\",\"code\":\"20000\",\"names\":{\"NL\":\"Provincie Brabant\"},"
                        + "\"validity\":{\"from\":\"1970-01-01\",\"until\":\"1994-12-31\"}}");
        assertThat(AccompanimentJson.read(AccompanimentJson.write(PROVINCE_OF_LIEGE), AdministrativeUnit.class))
                .isEqualTo(PROVINCE_OF_LIEGE);
    }

    @Test
    void printsLevelCodeNameAndValidity() {
        assertThat(PROVINCE_OF_LIEGE).hasToString("AdministrativeUnit{PROVINCE 60000 Province de Liège 1970-01-01/..}");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(
                        PROVINCE_OF_LIEGE,
                        AdministrativeUnit.builder().from(PROVINCE_OF_LIEGE).build())
                .addEqualityGroup(AdministrativeUnit.builder()
                        .from(PROVINCE_OF_LIEGE)
                        .validity(Period.of(START, START))
                        .build())
                .addEqualityGroup(BRABANT)
                .addEqualityGroup(BRUSSELS_ARRONDISSEMENT)
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(NisCode.class, PROVINCE_OF_LIEGE.code())
                .setDefault(Period.class, PROVINCE_OF_LIEGE.validity())
                .setDefault(Language.class, Language.FR)
                .setDefault(LocalDate.class, START);
        tester.testAllPublicStaticMethods(AdministrativeUnit.class);
        tester.testAllPublicInstanceMethods(PROVINCE_OF_LIEGE);
        tester.testAllPublicInstanceMethods(AdministrativeUnit.builder());
    }
}
