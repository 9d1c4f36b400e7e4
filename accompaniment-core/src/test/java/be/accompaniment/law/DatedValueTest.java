package be.accompaniment.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatedValueTest {
    private static final LegalReference ORD_2023 =
            LegalReference.of("Ordonnance du 22 juin 2023", "art. 233duodecies CBL");
    private static final LegalReference REPEAL = LegalReference.of("Ordonnance fictive d'abrogation");
    private static final LocalDate SEP_1_2023 = LocalDate.of(2023, 9, 1);

    /** A value that starts on 2000-01-01, changes on 2023-09-01 and is repealed on 2030-01-01. */
    private static final DatedValue<String> SCOPE = DatedValue.of(
            "brussels/moratorium-scope",
            List.of(
                    DatedValue.Step.of(
                            LocalDate.of(2000, 1, 1), "social-housing", LegalReference.of("Ordonnance 2000")),
                    DatedValue.Step.of(SEP_1_2023, "all-leases", ORD_2023),
                    DatedValue.Step.end(LocalDate.of(2030, 1, 1), REPEAL)));

    @Nested
    class InForceOn {
        @Test
        void givesTheValueOnTheDayBeforeTheFirstDayAndTheLastDayOfEachStep() {
            assertThat(SCOPE.inForceOn(LocalDate.of(2000, 1, 1))).isEqualTo("social-housing");
            assertThat(SCOPE.inForceOn(LocalDate.of(2023, 8, 31))).isEqualTo("social-housing");
            assertThat(SCOPE.inForceOn(SEP_1_2023)).isEqualTo("all-leases");
            assertThat(SCOPE.inForceOn(LocalDate.of(2029, 12, 31))).isEqualTo("all-leases");
        }

        @Test
        void failsBeforeTheFirstStepNamingTheValueAndTheFirstDate() {
            assertThatThrownBy(() -> SCOPE.inForceOn(LocalDate.of(1999, 12, 31)))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessage(
                            "brussels/moratorium-scope: no value in force on 1999-12-31 (first value starts 2000-01-01)");
        }

        @Test
        void failsAfterARepeal() {
            assertThatThrownBy(() -> SCOPE.inForceOn(LocalDate.of(2030, 1, 1)))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("no value in force on 2030-01-01");
            assertThat(SCOPE.valueOn(LocalDate.of(2031, 5, 5))).isEmpty();
        }
    }

    @Test
    void printsItsNameAndStepsWithTheirCitations() {
        assertThat(SCOPE)
                .hasToString("DatedValue{brussels/moratorium-scope, [2000-01-01→social-housing ("
                        + LegalReference.of("Ordonnance 2000").citation()
                        + "), 2023-09-01→all-leases (" + ORD_2023.citation() + "), 2030-01-01→end ("
                        + REPEAL.citation() + ")]}");
    }

    @Test
    void referenceOnNamesTheTextOfTheStepInForce() {
        assertThat(SCOPE.referenceOn(SEP_1_2023)).isEqualTo(ORD_2023);
        assertThatThrownBy(() -> SCOPE.referenceOn(LocalDate.of(2030, 6, 1)))
                .isInstanceOf(NoRuleInForceException.class);
    }

    @Test
    void periodOnGivesTheStepBoundaries() {
        assertThat(SCOPE.periodOn(LocalDate.of(2010, 1, 1)))
                .isEqualTo(Period.of(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 8, 31)));
        assertThat(SCOPE.periodOn(SEP_1_2023)).isEqualTo(Period.of(SEP_1_2023, LocalDate.of(2029, 12, 31)));
        DatedValue<Integer> open = DatedValue.since("x", SEP_1_2023, 30, ORD_2023);
        assertThat(open.periodOn(LocalDate.of(2099, 1, 1))).isEqualTo(Period.from(SEP_1_2023));
        assertThatThrownBy(() -> SCOPE.periodOn(LocalDate.of(2031, 1, 1))).isInstanceOf(NoRuleInForceException.class);
        assertThatThrownBy(() -> SCOPE.periodOn(LocalDate.of(1990, 1, 1))).isInstanceOf(NoRuleInForceException.class);
    }

    @Nested
    class Validation {
        @Test
        void rejectsEmptySteps() {
            assertThatThrownBy(() -> DatedValue.of("x", List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("dated value x: values: must not be empty");
        }

        @Test
        void rejectsStepsOutOfOrderNamingTheIndexAndDates() {
            assertThatThrownBy(() -> DatedValue.of(
                            "x",
                            List.of(
                                    DatedValue.Step.of(SEP_1_2023, 1, ORD_2023),
                                    DatedValue.Step.of(SEP_1_2023, 2, ORD_2023))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("dated value x: values[1].from: must be after 2023-09-01, was 2023-09-01");
        }

        @Test
        void rejectsAnEndAsFirstStep() {
            assertThatThrownBy(() -> DatedValue.of("x", List.of(DatedValue.Step.end(SEP_1_2023, ORD_2023))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("dated value x: values[0].value: the first step must have a value");
        }

        @Test
        void rejectsABlankName() {
            assertThatThrownBy(() -> DatedValue.since(" ", SEP_1_2023, 1, ORD_2023))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("dated value: name: must not be blank");
        }
    }

    @Test
    void readsAndWritesJsonWithItsGenericType() {
        String json = AccompanimentJson.write(SCOPE);
        DatedValue<String> back = AccompanimentJson.read(json, new TypeReference<DatedValue<String>>() {});
        assertThat(back).isEqualTo(SCOPE);
        assertThat(json).contains("\"from\":\"2023-09-01\"").contains("\"value\":\"all-leases\"");
    }

    @Test
    void jsonWithUnorderedStepsNamesThePath() {
        String json =
                "{\"name\":\"d\",\"values\":[{\"from\":\"2024-01-01\",\"value\":1,\"reference\":{\"title\":\"T\"}},"
                        + "{\"from\":\"2023-01-01\",\"value\":2,\"reference\":{\"title\":\"T\"}}]}";
        assertThatThrownBy(() -> AccompanimentJson.read(json, new TypeReference<DatedValue<Integer>>() {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("values[1].from: must be after 2024-01-01, was 2023-01-01");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(SCOPE, DatedValue.of(SCOPE.name(), SCOPE.steps()))
                .addEqualityGroup(
                        DatedValue.since("x", SEP_1_2023, 1, ORD_2023), DatedValue.since("x", SEP_1_2023, 1, ORD_2023))
                .addEqualityGroup(DatedValue.since("x", SEP_1_2023, 2, ORD_2023))
                .addEqualityGroup(DatedValue.since("y", SEP_1_2023, 1, ORD_2023))
                .addEqualityGroup(DatedValue.Step.end(SEP_1_2023, ORD_2023), DatedValue.Step.end(SEP_1_2023, ORD_2023))
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(LocalDate.class, SEP_1_2023)
                .setDefault(LegalReference.class, ORD_2023)
                .setDefault(List.class, SCOPE.steps());
        tester.testAllPublicStaticMethods(DatedValue.class);
        tester.testAllPublicStaticMethods(DatedValue.Step.class);
        tester.testAllPublicInstanceMethods(SCOPE);
    }
}
