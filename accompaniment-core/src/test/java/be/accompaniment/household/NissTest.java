package be.accompaniment.household;

import static be.accompaniment.household.Fixtures.NISS_1985;
import static be.accompaniment.household.Fixtures.NISS_2005;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NissTest {
    private static void assertRejected(String text, String problem) {
        assertThatThrownBy(() -> Niss.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("national register number: " + problem + " (value withheld)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.replaceAll("[^0-9]", "")));
    }

    @Nested
    class Parse {
        @ParameterizedTest
        @ValueSource(strings = {"85073003328", "85.07.30-033.28", "850730 033 28", "85/07/30-033-28"})
        void acceptsTheDigitsWithOrWithoutSeparators(String text) {
            assertThat(Niss.parse(text).digits()).isEqualTo(NISS_1985);
        }

        @Test
        void tellsTheCenturyFromTheCheckNumber() {
            assertThat(Niss.parse(NISS_1985).birthDate()).contains(LocalDate.of(1985, 7, 30));
            assertThat(Niss.parse(NISS_2005).birthDate()).contains(LocalDate.of(2005, 3, 12));
            assertThat(Niss.parse("00010100105").birthDate()).contains(LocalDate.of(2000, 1, 1));
            assertThat(Niss.parse("99123199841").birthDate()).contains(LocalDate.of(1999, 12, 31));
        }

        @Test
        void rejectsOtherCharacters() {
            assertRejected("85073003328A", "must be 11 digits, optionally separated by . - / or spaces");
        }

        @Test
        void rejectsTheWrongNumberOfDigits() {
            assertRejected("8507300332", "must be 11 digits, had 10");
            assertRejected("850730033288", "must be 11 digits, had 12");
        }

        @Test
        void rejectsAWrongCheckNumber() {
            assertRejected("85073003329", "checksum does not match");
        }

        @Test
        void rejectsMonthsOutsideTheRegisterAndBisRanges() {
            assertRejected("85130103367", "month part out of range");
            assertRejected("85530103356", "month part out of range");
        }

        @Test
        void rejectsADayAbove31() {
            assertRejected("85073203365", "day part out of range");
        }

        @Test
        void rejectsTheUnusedSerials() {
            assertRejected("85073000061", "serial part must be 001 to 998");
            assertRejected("85073099932", "serial part must be 001 to 998");
        }
    }

    @Nested
    class Bis {
        @Test
        void isRecognisedByItsMonthPlus20Or40() {
            assertThat(Niss.parse(NISS_1985).isBis()).isFalse();
            assertThat(Niss.parse("85273003371").isBis()).isTrue();
            assertThat(Niss.parse("85473003416").isBis()).isTrue();
        }

        @Test
        void givesTheBirthDateWithoutTheIncrement() {
            assertThat(Niss.parse("85273003371").birthDate()).contains(LocalDate.of(1985, 7, 30));
            assertThat(Niss.parse("85473003416").birthDate()).contains(LocalDate.of(1985, 7, 30));
        }

        @Test
        void hasNoBirthDateWhenAPartIsUnknown() {
            assertThat(Niss.parse("70200010154").birthDate()).isEmpty();
        }
    }

    @Test
    void hasNoBirthDateWhenTheEncodedDateDoesNotExist() {
        assertThat(Niss.parse("90023004586").birthDate()).isEmpty();
    }

    @Test
    void neverPrintsItself() {
        assertThat(Niss.parse(NISS_1985)).hasToString("NISS(withheld)");
        assertThat(Niss.parse(NISS_2005)).hasToString("NISS(withheld)");
    }

    @Test
    void isWrittenAsItsElevenDigitsInJson() {
        assertThat(AccompanimentJson.write(Niss.parse("85.07.30-033.28"))).isEqualTo("\"85073003328\"");
        assertThat(AccompanimentJson.read("\"85073003328\"", Niss.class)).isEqualTo(Niss.parse(NISS_1985));
    }

    @Test
    void withholdsABadValueReadFromJson() {
        assertThatThrownBy(() -> AccompanimentJson.read("\"85073003329\"", Niss.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("$: national register number: checksum does not match (value withheld)")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("85073003329");
                    }
                });
    }

    @Test
    void equalsOnTheDigits() {
        new EqualsTester()
                .addEqualityGroup(Niss.parse(NISS_1985), Niss.parse("85.07.30-033.28"))
                .addEqualityGroup(Niss.parse(NISS_2005))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Niss.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Niss.parse(NISS_1985));
    }
}
