package be.accompaniment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void betweenAcceptsBothBoundsAndRefusesJustOutside() {
        assertThatCode(() -> Checks.between(1, 5, 1, "n", () -> "x")).doesNotThrowAnyException();
        assertThatCode(() -> Checks.between(1, 5, 5, "n", () -> "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Checks.between(1, 5, 0, "n", () -> "x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("x: n: must be between 1 and 5, was 0");
        assertThatThrownBy(() -> Checks.between(1, 5, 6, "n", () -> "x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("x: n: must be between 1 and 5, was 6");
    }

    @Test
    void identifierReturnsTheValueOrNamesWhatIsWrong() {
        assertThat(Checks.identifier("cpas-esneux", "actor id")).isEqualTo("cpas-esneux");
        assertThat(Checks.identifier("a".repeat(64), "actor id")).hasSize(64);
        assertThatThrownBy(() -> Checks.identifier("a".repeat(65), "actor id"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("actor id: must be 1-64 letters");
        assertThatThrownBy(() -> Checks.identifier("-x", "platform id"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "platform id: must be 1-64 letters, digits or - _ . : starting with a letter or digit, was \"-x\"");
    }

    @Test
    void atLeastAcceptsTheBoundAndNamesTheField() {
        assertThatCode(() -> Checks.atLeast(0, 0, "n", () -> "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Checks.atLeast(0, -1, "n", () -> "x")).hasMessage("x: n: must be >= 0, was -1");
    }
}
