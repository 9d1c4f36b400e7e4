package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PlatformIdTest {
    @Test
    void keepsItsText() {
        assertThat(PlatformId.of("pf-ath").value()).isEqualTo("pf-ath");
        assertThat(PlatformId.of("pf-ath")).hasToString("pf-ath");
    }

    @Test
    void rejectsBadForms() {
        for (String bad : new String[] {"", "-pf", "pf ath", "x".repeat(65)}) {
            assertThatThrownBy(() -> PlatformId.of(bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("platform id"))
                    .hasMessageContaining("was \"" + bad + "\"");
        }
    }

    @Test
    void ordersByText() {
        assertThat(PlatformId.of("pf-ath")).isLessThan(PlatformId.of("pf-huy"));
    }

    @Test
    void isAStringInJson() {
        assertThat(AccompanimentJson.write(PlatformId.of("pf-ath"))).isEqualTo("\"pf-ath\"");
        assertThat(AccompanimentJson.read("\"pf-ath\"", PlatformId.class)).isEqualTo(PlatformId.of("pf-ath"));
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(PlatformId.of("pf-ath"), PlatformId.of("pf-ath"))
                .addEqualityGroup(PlatformId.of("pf-Ath"))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        new NullPointerTester().testAllPublicStaticMethods(PlatformId.class);
        new NullPointerTester().testAllPublicInstanceMethods(PlatformId.of("pf-ath"));
    }
}
