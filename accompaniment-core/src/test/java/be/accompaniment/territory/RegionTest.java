package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {
    @Test
    void regionsHaveTheirRefnisCodes() {
        assertThat(Region.FLANDERS.nisCode()).isEqualTo(NisCode.parse("02000"));
        assertThat(Region.WALLONIA.nisCode()).isEqualTo(NisCode.parse("03000"));
        assertThat(Region.BRUSSELS_CAPITAL.nisCode()).isEqualTo(NisCode.parse("04000"));
        for (Region r : Region.values()) {
            assertThat(Region.from(r.nisCode())).isEqualTo(r);
            assertThat(r.nisCode().region()).isEqualTo(r);
        }
    }

    @Test
    void fromRejectsOtherCodesNamingThem() {
        assertThatThrownBy(() -> Region.from(NisCode.parse("01000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("NIS code: must be a region code (02000, 03000 or 04000), was 01000");
        assertThatThrownBy(() -> Region.from(NisCode.parse("62063"))).hasMessageEndingWith("was 62063");
    }

    @Test
    void usualLanguageIsDutchInFlandersFrenchElsewhere() {
        assertThat(Region.FLANDERS.usualLanguage()).isEqualTo(Language.NL);
        assertThat(Region.WALLONIA.usualLanguage()).isEqualTo(Language.FR);
        assertThat(Region.BRUSSELS_CAPITAL.usualLanguage()).isEqualTo(Language.FR);
    }

    @Test
    void labelsInFourLanguages() {
        assertThat(Labels.of(Region.WALLONIA, Language.FR)).isEqualTo("Région wallonne");
        assertThat(Labels.of(Region.FLANDERS, Language.NL)).isEqualTo("Vlaams Gewest");
        assertThat(Labels.of(Region.BRUSSELS_CAPITAL, Language.DE)).isEqualTo("Region Brüssel-Hauptstadt");
        assertThat(Labels.of(Region.BRUSSELS_CAPITAL, Language.EN)).isEqualTo("Brussels-Capital Region");
    }

    @Test
    void everyEnumOfThePackageHasALabelInEveryLanguage() {
        List<Class<? extends Enum<?>>> enums = List.of(Region.class, AdministrativeLevel.class, SuccessionKind.class);
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find(constant, language))
                            .as(type.getSimpleName() + "." + constant.name() + " in " + language)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    @Test
    void administrativeLevelsFollowRefnisNumbers() {
        for (AdministrativeLevel l : AdministrativeLevel.values()) {
            assertThat(AdministrativeLevel.ofRefnisLevel(l.refnisLevel())).isEqualTo(l);
        }
        assertThat(AdministrativeLevel.COMMUNE.refnisLevel()).isEqualTo(4);
        assertThatThrownBy(() -> AdministrativeLevel.ofRefnisLevel(5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("REFNIS level: must be 1 (region) to 4 (commune), was 5");
    }

    @Test
    void nullHostility() {
        new NullPointerTester().testAllPublicStaticMethods(Region.class);
    }
}
