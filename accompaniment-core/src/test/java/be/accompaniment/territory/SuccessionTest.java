package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuccessionTest {
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    private static final NisCode KORTESSEM = NisCode.parse("73040");
    private static final NisCode HASSELT = NisCode.parse("71072");
    private static final Succession KORTESSEM_INTO_HASSELT =
            Succession.of(KORTESSEM, HASSELT, JAN_2025, SuccessionKind.MERGER);

    @Test
    void holdsItsParts() {
        assertThat(KORTESSEM_INTO_HASSELT.predecessor()).isEqualTo(KORTESSEM);
        assertThat(KORTESSEM_INTO_HASSELT.successor()).isEqualTo(HASSELT);
        assertThat(KORTESSEM_INTO_HASSELT.effectiveOn()).isEqualTo(JAN_2025);
        assertThat(KORTESSEM_INTO_HASSELT.kind()).isEqualTo(SuccessionKind.MERGER);
        assertThat(KORTESSEM_INTO_HASSELT).hasToString("Succession{73040 -> 71072 from 2025-01-01, MERGER}");
    }

    @Test
    void rejectsACommuneSucceedingItself() {
        assertThatThrownBy(() -> Succession.of(HASSELT, HASSELT, JAN_2025, SuccessionKind.RECODING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("succession 71072 -> 71072: successor: must differ from the predecessor, was 71072");
    }

    @Test
    void rejectsCodesThatAreNoCommunes() {
        assertThatThrownBy(() -> Succession.of(NisCode.parse("73000"), HASSELT, JAN_2025, SuccessionKind.MERGER))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("succession 73000 -> 71072: predecessor: must be a commune code")
                .hasMessageEndingWith("was 73000");
        assertThatThrownBy(() -> Succession.of(KORTESSEM, NisCode.parse("04000"), JAN_2025, SuccessionKind.MERGER))
                .hasMessageStartingWith("succession 73040 -> 04000: successor: must be a commune code")
                .hasMessageEndingWith("was 04000");
    }

    @Test
    void jsonShape() {
        String json = AccompanimentJson.write(KORTESSEM_INTO_HASSELT);
        assertThat(json)
                .isEqualTo("{\"predecessor\":\"73040\",\"successor\":\"71072\",\"effectiveOn\":\"2025-01-01\","
                        + "\"kind\":\"MERGER\"}");
        assertThat(AccompanimentJson.read(json, Succession.class)).isEqualTo(KORTESSEM_INTO_HASSELT);
        assertThatThrownBy(() -> AccompanimentJson.read(json.replace("MERGER", "FUSION"), Succession.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$.kind")
                .hasMessageContaining("FUSION");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(
                        KORTESSEM_INTO_HASSELT, Succession.of(KORTESSEM, HASSELT, JAN_2025, SuccessionKind.MERGER))
                .addEqualityGroup(Succession.of(KORTESSEM, HASSELT, JAN_2025, SuccessionKind.ABSORPTION))
                .addEqualityGroup(Succession.of(KORTESSEM, HASSELT, JAN_2025.plusDays(1), SuccessionKind.MERGER))
                .addEqualityGroup(Succession.of(NisCode.parse("71022"), HASSELT, JAN_2025, SuccessionKind.MERGER))
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(NisCode.class, KORTESSEM)
                .setDefault(LocalDate.class, JAN_2025)
                .setDefault(SuccessionKind.class, SuccessionKind.MERGER);
        tester.testAllPublicStaticMethods(Succession.class);
        tester.testAllPublicInstanceMethods(KORTESSEM_INTO_HASSELT);
        tester.testAllPublicInstanceMethods(Succession.builder());
    }
}
