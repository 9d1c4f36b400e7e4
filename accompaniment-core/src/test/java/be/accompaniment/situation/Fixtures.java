package be.accompaniment.situation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared test values and assertions of the situation tests. */
final class Fixtures {
    static final LocalDate D = LocalDate.of(2024, 2, 1);
    static final NisCode LIEGE = NisCode.parse("62063");
    static final NisCode LANTIN = NisCode.parse("62060");

    private Fixtures() {}

    /** A tester with defaults for the library's parameter types. */
    static NullPointerTester nullPointerTester() {
        return new NullPointerTester()
                .setDefault(LocalDate.class, D)
                .setDefault(NisCode.class, LIEGE)
                .setDefault(EthosCategory.class, EthosCategory.E1_1)
                .setDefault(Milestone.class, Milestone.OPENED);
    }

    /** Asserts that building fails with an {@link InvalidInputException} at {@code where} with {@code problem}. */
    static void assertInvalid(ThrowingCallable build, String where, String problem) {
        assertThatThrownBy(build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(where + ": " + problem)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).where())
                        .isEqualTo(where));
    }
}
