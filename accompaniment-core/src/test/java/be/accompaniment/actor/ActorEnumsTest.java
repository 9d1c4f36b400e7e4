package be.accompaniment.actor;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorEnumsTest {
    @Test
    void everyConstantHasALabelInEveryLanguage() {
        List<Class<? extends Enum<?>>> enums = List.of(ActorKind.class, Sector.class, ServiceKind.class);
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Language language : Language.values()) {
                    assertThat(Labels.find(constant, language))
                            .as("%s label of %s.%s", language, type.getSimpleName(), constant)
                            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
                }
            }
        }
    }

    @Test
    void legalNamesAreKeptInTheLabels() {
        assertThat(Labels.of(ActorKind.CPAS, Language.FR)).contains("CPAS");
        assertThat(Labels.of(ActorKind.CPAS, Language.NL)).contains("OCMW");
        assertThat(Labels.of(ActorKind.CPAS, Language.DE)).contains("ÖSHZ");
        assertThat(Labels.of(ActorKind.AIS, Language.NL)).contains("SVK");
        assertThat(Labels.of(ActorKind.REGIE_DE_QUARTIER, Language.FR)).isEqualTo("Régie de quartier");
    }

    @Test
    void labelsDifferBetweenKinds() {
        for (Language language : Language.values()) {
            assertThat(Arrays.stream(ActorKind.values()).map(k -> Labels.of(k, language)))
                    .doesNotHaveDuplicates();
            assertThat(Arrays.stream(ServiceKind.values()).map(s -> Labels.of(s, language)))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void everyKindExistsSomewhereAndOffersSomething() {
        for (ActorKind kind : ActorKind.values()) {
            assertThat(kind.regions()).as("%s regions", kind).isNotEmpty();
            assertThat(kind.typicalServices()).as("%s services", kind).isNotEmpty();
        }
    }
}
