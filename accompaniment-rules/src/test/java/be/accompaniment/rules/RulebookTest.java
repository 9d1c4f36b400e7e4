package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RulebookTest {
    private static final Rulebook BOOK = RulesFixtures.testRulebook();

    @Nested
    class Parse {
        @Test
        void readsTheTestRulebook() {
            assertThat(BOOK.id()).isEqualTo("test-wallonia");
            assertThat(BOOK.region()).isEqualTo(Region.WALLONIA);
            assertThat(BOOK.rules()).hasSize(7);
            assertThat(BOOK.parameters()).containsOnlyKeys("adel-income-ceiling", "follow-up-days");
            assertThat(BOOK.rules(SituationKind.EVICTION_THREAT)).hasSize(3);
            Rule first = BOOK.rules().get(0);
            assertThat(first.when())
                    .contains(Condition.all(
                            Condition.stageIn(
                                    EvictionStage.FILED, EvictionStage.CPAS_NOTIFIED, EvictionStage.HEARING_SET),
                            Condition.not(Condition.fact(Fact.TENANT_OBJECTED_TO_CPAS_NOTIFICATION))));
        }

        @Test
        void findsTheVersionOfARuleInForce() {
            assertThat(BOOK.rule("arrears-budget-guidance", LocalDate.of(2019, 12, 31)))
                    .hasValueSatisfying(r -> assertThat(r.when()).isEmpty());
            assertThat(BOOK.rule("arrears-budget-guidance", LocalDate.of(2020, 1, 1)))
                    .hasValueSatisfying(r -> assertThat(r.when()).isPresent());
            assertThat(BOOK.rule("arrears-budget-guidance", LocalDate.of(2009, 12, 31)))
                    .isEmpty();
        }

        @Test
        void roundTripsThroughItsJson() {
            assertThat(Rulebook.parse(BOOK.toJson())).isEqualTo(BOOK);
            assertThat(AccompanimentJson.read(AccompanimentJson.write(BOOK), Rulebook.class))
                    .isEqualTo(BOOK);
        }

        @Test
        void rejectsAnUnknownConditionNamingTheRuleAndPath() {
            ObjectNode root = tree();
            ((ObjectNode) root.withArray("rules").get(0)).putObject("when").putObject("moonPhase");
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule eviction-cpas-contact")
                    .hasMessageContaining("unknown condition \"moonPhase\"")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].when");
        }

        @Test
        void rejectsAStageOfAnotherSituationKind() {
            ObjectNode root = tree();
            ArrayNode stages = (ArrayNode) root.withArray("rules")
                    .get(0)
                    .get("when")
                    .get("all")
                    .get(0)
                    .get("stage")
                    .get("in");
            stages.set(1, "SURVEYED");
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule eviction-cpas-contact")
                    .hasMessageContaining("unknown stage \"SURVEYED\" of EVICTION_THREAT")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].when.all[0].stage.in[1]");
        }

        @Test
        void rejectsARuleWithoutReference() {
            ObjectNode root = tree();
            ((ObjectNode) root.withArray("rules").get(2)).putArray("references");
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule eviction-school-support")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[2].references");
        }

        @Test
        void rejectsOverlappingVersionsOfARule() {
            ObjectNode root = tree();
            ((ObjectNode) root.withArray("rules").get(5).get("validity")).put("until", "2020-01-01");
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule arrears-budget-guidance: must not overlap")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[6].validity");
        }

        @Test
        void rejectsAParameterWithoutValueWhenTheRuleStarts() {
            ObjectNode root = tree();
            ((ObjectNode) root.withArray("rules").get(3).get("validity")).put("from", "2022-12-31");
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("rule insalubrity-adel: parameter \"adel-income-ceiling\" has no value")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[3].when.all[1].income.atMost");
        }

        private ObjectNode tree() {
            try {
                return (ObjectNode) AccompanimentJson.mapper().readTree(RulesFixtures.testRulebookJson());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
