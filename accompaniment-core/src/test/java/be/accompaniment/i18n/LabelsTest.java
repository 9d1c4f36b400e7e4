package be.accompaniment.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void everyEnumConstantOfTheCoreModuleHasALabelInEveryLanguage() {
        List<Class<?>> enums = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.accompaniment")) {
            if (c.isEnum() && c.getPackageName().startsWith("be.accompaniment")) {
                enums.add(c.reflect());
            }
        }
        assertThat(enums).hasSizeGreaterThan(5);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    if (Labels.find((Enum<?>) constant, language)
                            .filter(s -> !s.isBlank())
                            .isEmpty()) {
                        missing.add(language.code() + " " + type.getSimpleName() + "." + constant);
                    }
                }
            }
        }
        assertThat(missing).as("labels missing").isEmpty();
    }

    @Test
    void givesTheLabelInTheLanguageAsked() {
        assertThat(Labels.of(Language.DE, Language.FR)).isEqualTo("allemand");
        assertThat(Labels.of(Language.FR, Language.NL)).isEqualTo("Frans");
        assertThat(Labels.of(Language.NL, Language.DE)).isEqualTo("Niederländisch");
        assertThat(Labels.of(Language.EN, Language.EN)).isEqualTo("English");
    }

    @Test
    void aMissingLabelIsAPackagingErrorNamingTheKey() {
        assertThat(Labels.find(Missing.ONLY, Language.FR)).isEmpty();
        assertThatThrownBy(() -> Labels.of(Missing.ONLY, Language.FR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no fr label for LabelsTest.Missing.ONLY");
    }

    @Test
    void loadReadsThePackageFileInUtf8AndNothingForAPackageWithoutLabels() {
        assertThat(Labels.load(Language.class, Language.FR).getProperty("Language.FR"))
                .isEqualTo("français");
        assertThat(Labels.load(Language.class, Language.DE).getProperty("Language.FR"))
                .isEqualTo("Französisch");
        assertThat(Labels.load(org.junit.jupiter.api.Test.class, Language.FR)).isEmpty();
    }

    @Test
    void languagesHaveTheirIsoCodeAndLocale() {
        assertThat(Language.NL.code()).isEqualTo("nl");
        assertThat(Language.DE.locale().getLanguage()).isEqualTo("de");
    }

    enum Missing {
        ONLY
    }
}
