package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.situation.SituationKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinationEnumsTest {
    @Test
    void frequenciesAreOrderedFromTheMostToTheLeastFrequent() {
        int previous = 0;
        for (MeetingFrequency f : MeetingFrequency.values()) {
            assertThat(f.expectedDays()).isGreaterThan(previous);
            previous = f.expectedDays();
        }
        assertThat(MeetingFrequency.BIMONTHLY.expectedDays()).isBetween(59, 62);
        assertThat(MeetingFrequency.YEARLY.expectedDays()).isEqualTo(365);
    }

    @Test
    void everySituationKindHasATheme() {
        EnumSet<SituationKind> covered = EnumSet.noneOf(SituationKind.class);
        for (Theme t : Theme.values()) {
            covered.addAll(t.situations());
        }
        assertThat(covered).containsExactlyInAnyOrder(SituationKind.values());
        assertThat(Theme.EVICTION_PREVENTION.situations())
                .containsExactly(SituationKind.EVICTION_THREAT, SituationKind.RENT_ARREARS);
        assertThat(Theme.SOCIAL_MIX.situations()).isEmpty();
    }

    @Test
    void everyConstantHasALabelInEveryLanguage() {
        List<Class<? extends Enum<?>>> enums =
                List.of(MeetingFrequency.class, MemberRole.class, PlatformPurpose.class, Theme.class);
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
    void labelsDifferBetweenConstantsOfAnEnum() {
        for (Language language : Language.values()) {
            assertThat(Arrays.stream(Theme.values()).map(t -> Labels.of(t, language)))
                    .doesNotHaveDuplicates();
            assertThat(Arrays.stream(PlatformPurpose.values()).map(p -> Labels.of(p, language)))
                    .doesNotHaveDuplicates();
        }
    }
}
