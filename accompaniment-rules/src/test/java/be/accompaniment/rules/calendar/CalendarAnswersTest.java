package be.accompaniment.rules.calendar;

import static be.accompaniment.rules.calendar.CalendarFixtures.DEADLINE;
import static be.accompaniment.rules.calendar.CalendarFixtures.DECISION;
import static be.accompaniment.rules.calendar.CalendarFixtures.FINDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Region;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The answer types of the legal calendar: findings, decisions, deadlines and earliest executions. */
class CalendarAnswersTest {
    private static final MoratoriumFinding OUT_OF_SCOPE = MoratoriumFinding.builder()
            .from(FINDING)
            .outcome(MoratoriumOutcome.OUT_OF_SCOPE)
            .scope(MoratoriumScope.SOCIAL_HOUSING_ONLY)
            .build();
    private static final EarliestExecution EXECUTION = EarliestExecution.builder()
            .servedOn(LocalDate.of(2023, 10, 10))
            .region(Region.BRUSSELS_CAPITAL)
            .minimumDelay(DEADLINE)
            .postponedBy(DECISION)
            .on(LocalDate.of(2024, 3, 16))
            .build();

    @Nested
    class Finding {
        @Test
        void protectsOnlyWhenTheOutcomeSaysSo() {
            assertThat(FINDING.protects()).isTrue();
            assertThat(OUT_OF_SCOPE.protects()).isFalse();
        }

        @Test
        void json() {
            assertThat(AccompanimentJson.write(FINDING))
                    .startsWith(
                            "{\"kind\":\"WINTER_MORATORIUM\",\"outcome\":\"PROTECTS\",\"period\":{\"from\":\"2023-11-01\"");
            assertThat(AccompanimentJson.read(AccompanimentJson.write(FINDING), MoratoriumFinding.class))
                    .isEqualTo(FINDING);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            FINDING, MoratoriumFinding.builder().from(FINDING).build())
                    .addEqualityGroup(OUT_OF_SCOPE)
                    .testEquals();
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(MoratoriumFinding.builder());
        }
    }

    @Nested
    class Decision {
        @Test
        void appliesWhenAFindingProtects() {
            assertThat(DECISION.applies()).isTrue();
            assertThat(DECISION.references()).containsExactly(CalendarFixtures.CBL);
        }

        @Test
        void referencesOfEveryRuleWhenNothingProtects() {
            MoratoriumDecision none = MoratoriumDecision.builder()
                    .on(LocalDate.of(2023, 11, 10))
                    .region(Region.WALLONIA)
                    .addFindings(OUT_OF_SCOPE)
                    .build();
            assertThat(none.applies()).isFalse();
            assertThat(none.references()).containsExactly(CalendarFixtures.CBL);
        }

        @Test
        void rejectsProtectedUntilWithoutProtection() {
            assertThatThrownBy(() -> MoratoriumDecision.builder()
                            .on(LocalDate.of(2023, 11, 10))
                            .region(Region.WALLONIA)
                            .addFindings(OUT_OF_SCOPE)
                            .protectedUntil(LocalDate.of(2024, 3, 15))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).where())
                            .isEqualTo("moratorium decision WALLONIA 2023-11-10: protectedUntil"))
                    .hasMessageContaining("must be empty when no finding protects, was 2024-03-15");
        }

        @Test
        void rejectsProtectionWithoutProtectedUntil() {
            assertThatThrownBy(() -> MoratoriumDecision.builder()
                            .from(DECISION)
                            .protectedUntil(Optional.empty())
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("protectedUntil")
                    .hasMessageContaining("must be set when a finding protects, was empty");
        }

        @Test
        void rejectsProtectedUntilBeforeTheDay() {
            assertThatThrownBy(() -> MoratoriumDecision.builder()
                            .from(DECISION)
                            .protectedUntil(LocalDate.of(2023, 11, 9))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("protectedUntil")
                    .hasMessageContaining("2023-11-09");
        }

        @Test
        void jsonLeavesDerivedValuesOut() {
            String json = AccompanimentJson.write(DECISION);
            assertThat(json).doesNotContain("applies").doesNotContain("references");
            assertThat(AccompanimentJson.read(json, MoratoriumDecision.class)).isEqualTo(DECISION);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            DECISION,
                            MoratoriumDecision.builder().from(DECISION).build())
                    .addEqualityGroup(MoratoriumDecision.builder()
                            .from(DECISION)
                            .region(Region.WALLONIA)
                            .build())
                    .testEquals();
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(MoratoriumDecision.builder());
        }
    }

    @Nested
    class DeadlineValue {
        @Test
        void rejectsABlankParameterName() {
            assertThatThrownBy(() ->
                            Deadline.builder().from(DEADLINE).parameter("").build())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(
                            e -> assertThat(((InvalidInputException) e).where()).isEqualTo("deadline: parameter"))
                    .hasMessageContaining("\"\"");
        }

        @Test
        void json() {
            assertThat(AccompanimentJson.write(DEADLINE))
                    .startsWith("{\"parameter\":\"test/minimum-delay\",\"countedFrom\":\"2023-10-10\","
                            + "\"delay\":{\"amount\":1,\"unit\":\"MONTHS\"},\"on\":\"2023-11-10\"");
            assertThat(AccompanimentJson.read(AccompanimentJson.write(DEADLINE), Deadline.class))
                    .isEqualTo(DEADLINE);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            DEADLINE, Deadline.builder().from(DEADLINE).build())
                    .addEqualityGroup(Deadline.builder()
                            .from(DEADLINE)
                            .on(LocalDate.of(2023, 11, 11))
                            .build())
                    .testEquals();
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(Deadline.builder());
        }
    }

    @Nested
    class Execution {
        @Test
        void chainsTheReferences() {
            assertThat(EXECUTION.isPostponed()).isTrue();
            assertThat(EXECUTION.references()).containsExactly(CalendarFixtures.CJ, CalendarFixtures.CBL);
        }

        @Test
        void rejectsADayBeforeTheEndOfTheMinimumDelay() {
            assertThatThrownBy(() -> EarliestExecution.builder()
                            .from(EXECUTION)
                            .on(LocalDate.of(2023, 11, 9))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).where())
                            .isEqualTo("earliest execution BRUSSELS_CAPITAL served 2023-10-10: on"))
                    .hasMessageContaining("2023-11-09");
        }

        @Test
        void json() {
            String json = AccompanimentJson.write(EXECUTION);
            assertThat(json).doesNotContain("isPostponed").doesNotContain("references");
            assertThat(AccompanimentJson.read(json, EarliestExecution.class)).isEqualTo(EXECUTION);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            EXECUTION,
                            EarliestExecution.builder().from(EXECUTION).build())
                    .addEqualityGroup(EarliestExecution.builder()
                            .from(EXECUTION)
                            .postponedBy(Optional.empty())
                            .build())
                    .testEquals();
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(EarliestExecution.builder());
        }
    }
}
