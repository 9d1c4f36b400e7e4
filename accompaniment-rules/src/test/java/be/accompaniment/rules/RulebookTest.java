package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Purpose;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.EvictionStage;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        void printsItsIdVersionRegionAndNumberOfRules() {
            assertThat(BOOK).hasToString("Rulebook{test-wallonia " + BOOK.version() + ", WALLONIA, 7 rules}");
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
    }

    /**
     * Reading is strict: every object the reader reads rejects a value that is not an object and a field it does not
     * know, naming the JSON path and, inside a rule, the rule id. Each case is one small edit of the test rulebook.
     */
    @Nested
    class Strictness {
        private static final String CPAS_CONTACT = "rule eviction-cpas-contact: ";
        private static final String ADEL = "rule insalubrity-adel: ";

        /** An edit of the test rulebook's tree, and the place and problem it must be rejected with. */
        record Edit(String name, Consumer<ObjectNode> edit, String where, String problem) {
            @Override
            public String toString() {
                return name;
            }
        }

        /** Valid conditions with an object value, each on a rule of a kind it reads: rule, key, value. */
        static Stream<Arguments> objectConditions() {
            return Stream.of(
                    Arguments.of(
                            0,
                            "daysUntil",
                            "{\"milestone\":\"HEARING\",\"min\":0,\"max\":30}",
                            "[max, milestone, min]"),
                    Arguments.of(0, "daysSince", "{\"milestone\":\"FILING\",\"min\":10}", "[max, milestone, min]"),
                    Arguments.of(0, "milestone", "{\"set\":\"HEARING\"}", "[set, unset]"),
                    Arguments.of(0, "minors", "{\"min\":1}", "[max, min]"),
                    Arguments.of(0, "minorsAtSchool", "{\"max\":2}", "[max, min]"),
                    Arguments.of(0, "memberAge", "{\"role\":\"CHILD\",\"max\":17}", "[max, min, role]"),
                    Arguments.of(3, "income", "{\"atMost\":\"adel-income-ceiling\"}", "[above, atMost]"),
                    Arguments.of(
                            0, "consent", "{\"actorKind\":\"CPAS\",\"purpose\":\"REFERRAL\"}", "[actorKind, purpose]"),
                    Arguments.of(0, "stage", "{\"in\":[\"FILED\"]}", "[in]"),
                    Arguments.of(3, "outcome", "{\"in\":[\"SALUBRE\"]}", "[in]"),
                    Arguments.of(0, "institution", "{\"in\":[\"PRISON\"]}", "[in]"),
                    Arguments.of(0, "tenure", "{\"in\":[\"PRIVATE_TENANT\"]}", "[in]"),
                    Arguments.of(0, "region", "{\"in\":[\"WALLONIA\"]}", "[in]"),
                    Arguments.of(0, "ethos", "{\"in\":[\"9.1\"]}", "[in]"),
                    Arguments.of(0, "referrer", "{\"in\":[\"CPAS\"]}", "[in]"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("objectConditions")
        void readsEachConditionWithAnObjectValue(int rule, String key, String value, String known) {
            ObjectNode root = tree();
            when(root, rule, key, json(value));
            Rulebook book = Rulebook.parse(root.toString());
            assertThat(book.rules().get(rule).when())
                    .hasValueSatisfying(c -> assertThat(c.key()).isEqualTo(key));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("objectConditions")
        void rejectsAnUnknownFieldInACondition(int rule, String key, String value, String known) {
            ObjectNode root = tree();
            ObjectNode edited = (ObjectNode) json(value);
            edited.put("extra", 1);
            when(root, rule, key, edited);
            String path = "$.rules[" + rule + "].when." + key + ".extra";
            assertRejected(root, path, prefix(rule) + "unknown field \"extra\"; known fields: " + known);
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("objectConditions")
        void rejectsAConditionValueThatIsNoObject(int rule, String key, String value, String known) {
            ObjectNode root = tree();
            when(root, rule, key, json("[\"HEARING\"]"));
            String path = "$.rules[" + rule + "].when." + key;
            assertRejected(root, path, prefix(rule) + "must be an object, was array");
            when(root, rule, key, json("\"HEARING\""));
            assertRejected(root, path, prefix(rule) + "must be an object, was string \"HEARING\"");
        }

        static Stream<Edit> edits() {
            return Stream.of(
                    new Edit(
                            "rulebook labels: unknown field",
                            r -> labels(r).put("it", "x"),
                            "$.labels.it",
                            "unknown field \"it\"; known fields: [de, en, fr, nl]"),
                    new Edit(
                            "rulebook labels: a string",
                            r -> r.put("labels", "x"),
                            "$.labels",
                            "must be an object, was string \"x\""),
                    new Edit(
                            "rulebook labels: null",
                            r -> r.putNull("labels"),
                            "$.labels",
                            "must be an object, was null"),
                    new Edit(
                            "rulebook: unknown field",
                            r -> r.put("author", "x"),
                            "$.author",
                            "unknown field \"author\"; known fields: [calendar, id, labels, lastReviewedOn, parameters,"
                                    + " region, rules, version]"),
                    new Edit(
                            "parameters: an array",
                            r -> r.putArray("parameters"),
                            "$.parameters",
                            "must be an object, was array"),
                    new Edit(
                            "parameter: a number",
                            r -> parameters(r).put("follow-up-days", 30),
                            "$.parameters.follow-up-days",
                            "must be an object, was number 30"),
                    new Edit(
                            "parameter: unknown field",
                            r -> parameter(r, "follow-up-days").put("unit", "DAYS"),
                            "$.parameters.follow-up-days.unit",
                            "unknown field \"unit\"; known fields: [name, type, values]"),
                    new Edit(
                            "rule: a string",
                            r -> rules(r).set(0, "x"),
                            "$.rules[0]",
                            "must be an object, was string \"x\""),
                    new Edit(
                            "rule: unknown field",
                            r -> rule(r, 0).put("priority", 1),
                            "$.rules[0].priority",
                            CPAS_CONTACT
                                    + "unknown field \"priority\"; known fields: [id, labels, references, situation,"
                                    + " suggest, validity, when]"),
                    new Edit(
                            "rule labels: an array",
                            r -> rule(r, 0).putArray("labels"),
                            "$.rules[0].labels",
                            CPAS_CONTACT + "must be an object, was array"),
                    new Edit(
                            "rule labels: unknown field",
                            r -> labels(rule(r, 0)).put("it", "x"),
                            "$.rules[0].labels.it",
                            CPAS_CONTACT + "unknown field \"it\"; known fields: [de, en, fr, nl]"),
                    new Edit(
                            "suggestion: a string",
                            r -> suggest(r, 0).set(0, "CPAS"),
                            "$.rules[0].suggest[0]",
                            CPAS_CONTACT + "must be an object, was string \"CPAS\""),
                    new Edit(
                            "suggestion: unknown field",
                            r -> template(r, 0).put("note", "x"),
                            "$.rules[0].suggest[0].note",
                            CPAS_CONTACT
                                    + "unknown field \"note\"; known fields: [actorKind, competentCpas, deadline, measure,"
                                    + " purpose, sector, service, sharesData, urgency]"),
                    new Edit(
                            "deadline: a string",
                            r -> template(r, 0).put("deadline", "HEARING"),
                            "$.rules[0].suggest[0].deadline",
                            CPAS_CONTACT + "must be an object, was string \"HEARING\""),
                    new Edit(
                            "milestone deadline: unknown field",
                            r -> deadline(r, 0).put("note", 1),
                            "$.rules[0].suggest[0].deadline.note",
                            CPAS_CONTACT
                                    + "unknown field \"note\"; known fields: [milestone, offsetDays, workingDays]"),
                    new Edit(
                            "calendar deadline: unknown field",
                            r -> deadline(r, 1).put("note", 1),
                            "$.rules[1].suggest[0].deadline.note",
                            "rule eviction-rehousing-search: unknown field \"note\"; known fields: [calendar]"),
                    new Edit(
                            "after-as-of deadline: unknown field",
                            r -> deadline(r, 2).put("note", 1),
                            "$.rules[2].suggest[0].deadline.note",
                            "rule eviction-school-support: unknown field \"note\"; known fields: [afterAsOf]"),
                    new Edit(
                            "deadline: no known form",
                            r -> template(r, 0).putObject("deadline").put("note", 1),
                            "$.rules[0].suggest[0].deadline",
                            CPAS_CONTACT
                                    + "a deadline must have one of \"milestone\" (with \"offsetDays\"), \"afterAsOf\" or"
                                    + " \"calendar\", had [note]"),
                    new Edit(
                            "condition: an array",
                            r -> rule(r, 0).set("when", json("[{\"fact\":\"REPOSSESSION\"}]")),
                            "$.rules[0].when",
                            CPAS_CONTACT + "must be an object, was array"),
                    new Edit(
                            "condition: a string",
                            r -> rule(r, 0).put("when", "x"),
                            "$.rules[0].when",
                            CPAS_CONTACT + "must be an object, was string \"x\""),
                    new Edit(
                            "condition: two keys",
                            r -> rule(r, 0)
                                    .set("when", json("{\"stage\":{\"in\":[\"FILED\"]},\"fact\":\"REPOSSESSION\"}")),
                            "$.rules[0].when",
                            CPAS_CONTACT
                                    + "a condition must have exactly one key among [all, any, consent, daysSince, daysUntil,"
                                    + " ethos, fact, income, institution, memberAge, milestone, minors, minorsAtSchool, not,"
                                    + " outcome, referrer, region, situation, stage, tenure], had [stage, fact]"),
                    new Edit(
                            "milestone condition: both set and unset",
                            r -> when(r, 0, "milestone", json("{\"set\":\"HEARING\",\"unset\":\"HEARING\"}")),
                            "$.rules[0].when.milestone",
                            CPAS_CONTACT + "must have exactly one of \"set\" or \"unset\", had [set, unset]"),
                    new Edit(
                            "parameter without type: no value",
                            r -> {
                                ObjectNode p = parameter(r, "follow-up-days");
                                p.remove("type");
                                p.putArray("values");
                            },
                            "$.parameters.follow-up-days.type",
                            "is required when the first value is neither an object nor an integer"),
                    new Edit(
                            "parameter without type: a text value",
                            r -> {
                                ObjectNode p = parameter(r, "follow-up-days");
                                p.remove("type");
                                ((ObjectNode) p.get("values").get(0)).put("value", "30");
                            },
                            "$.parameters.follow-up-days.type",
                            "is required when the first value is neither an object nor an integer"),
                    new Edit(
                            "parameter without type: a decimal value",
                            r -> {
                                ObjectNode p = parameter(r, "follow-up-days");
                                p.remove("type");
                                ((ObjectNode) p.get("values").get(0)).put("value", 30.5);
                            },
                            "$.parameters.follow-up-days.type",
                            "is required when the first value is neither an object nor an integer"),
                    new Edit(
                            "parameter without type: a first value without value",
                            r -> {
                                ObjectNode p = parameter(r, "follow-up-days");
                                p.remove("type");
                                ((ObjectNode) p.get("values").get(0)).remove("value");
                            },
                            "$.parameters.follow-up-days.type",
                            "is required when the first value is neither an object nor an integer"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("edits")
        void rejectsTheEditNamingThePathAndTheRule(Edit edit) {
            ObjectNode root = tree();
            edit.edit().accept(root);
            assertRejected(root, edit.where(), edit.problem());
        }

        @Test
        void rejectsADocumentThatIsNoObject() {
            assertThatThrownBy(() -> Rulebook.parse("[]"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("$: must be an object, was array");
            assertThatThrownBy(() -> Rulebook.parse("\"test-wallonia\""))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("$: must be an object, was string \"test-wallonia\"");
            assertThatThrownBy(() -> Rulebook.parse("  "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("$: must be an object, was absent");
        }

        @Test
        void rejectsAnUnknownOutcome() {
            ObjectNode root = tree();
            when(root, 3, "outcome", json("{\"in\":[\"SALUBRE\",\"DEMOLISHED_BY_MAGIC\"]}"));
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("$.rules[3].when.outcome.in[1]: " + ADEL
                            + "unknown outcome \"DEMOLISHED_BY_MAGIC\"; expected one of [")
                    .hasMessageContaining("SALUBRE");
        }

        @Test
        void reportsAFailureOfAValueTypeAtItsPathInTheRulebook() {
            ObjectNode root = tree();
            ((ObjectNode) rule(root, 0).get("validity")).put("note", "x");
            assertThatThrownBy(() -> Rulebook.parse(root.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(
                            "$.rules[0].validity.note: " + CPAS_CONTACT + "unknown field \"note\"; known fields: ")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].validity.note");
            ObjectNode badDate = tree();
            ((ObjectNode) rule(badDate, 0).get("validity")).put("from", "1998-13-01");
            assertThatThrownBy(() -> Rulebook.parse(badDate.toString()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("$.rules[0].validity.from: " + CPAS_CONTACT)
                    .hasMessageNotContaining(": $")
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo("$.rules[0].validity.from");
        }

        @Test
        void infersTheTypeOfAParameterFromItsFirstValue() {
            ObjectNode root = tree();
            parameter(root, "adel-income-ceiling").remove("type");
            parameter(root, "follow-up-days").remove("type");
            Rulebook book = Rulebook.parse(root.toString());
            assertThat(book.parameters().get("adel-income-ceiling").type()).isEqualTo(ParameterType.INCOME_CEILING);
            assertThat(book.parameters().get("follow-up-days").type()).isEqualTo(ParameterType.DAYS);
            assertThat(book).isEqualTo(BOOK);
        }

        @Test
        void readsADocumentOfTheLongestLengthAndNoLonger() {
            String json = RulesFixtures.testRulebookJson();
            int longest = Math.toIntExact(AccompanimentJson.MAX_DOCUMENT_LENGTH);
            String padded = json + " ".repeat(longest - json.length());
            assertThat(Rulebook.parse(padded)).isEqualTo(BOOK);
            assertThatThrownBy(() -> Rulebook.parse(padded + " "))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("$: document longer than " + longest + " characters");
        }

        private static void assertRejected(ObjectNode root, String where, String problem) {
            String json = root.toString();
            assertThatThrownBy(() -> Rulebook.parse(json))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(where + ": " + problem)
                    .extracting(e -> ((InvalidInputException) e).where())
                    .isEqualTo(where);
        }

        private static String prefix(int rule) {
            return rule == 3 ? ADEL : CPAS_CONTACT;
        }
    }

    @Nested
    class ToJson {
        @Test
        void writesThePurposeOfASuggestionOnlyWhereItIsNotTheDefault() throws JsonProcessingException {
            JsonNode written = AccompanimentJson.mapper().readTree(BOOK.toJson());
            // eviction-school-support shares no data and keeps the default purpose
            assertThat(written.get("rules").get(2).get("suggest").get(0).has("purpose"))
                    .isFalse();
            assertThat(written.get("rules")
                            .get(0)
                            .get("suggest")
                            .get(0)
                            .get("purpose")
                            .asText())
                    .isEqualTo("REFERRAL");
        }

        @Test
        void roundTripsAPurposeOfASuggestionThatSharesNoData() {
            SuggestionTemplate coordination = SuggestionTemplate.builder()
                    .actorKind(ActorKind.CPAS)
                    .measure(MeasureKind.BUDGET_GUIDANCE)
                    .urgency(Urgency.NORMAL)
                    .purpose(Purpose.COORDINATION)
                    .build();
            Rule last = BOOK.rules().get(6);
            Rulebook book = Rulebook.builder()
                    .from(BOOK)
                    .rules(BOOK.rules().subList(0, 6))
                    .addRules(Rule.builder()
                            .from(last)
                            .suggest(java.util.List.of(coordination))
                            .build())
                    .build();
            Rulebook read = Rulebook.parse(book.toJson());
            assertThat(read.rules().get(6).suggest()).containsExactly(coordination);
            assertThat(read).isEqualTo(book);
        }
    }

    private static JsonNode json(String text) {
        try {
            return AccompanimentJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode rules(ObjectNode root) {
        return (ArrayNode) root.get("rules");
    }

    private static ObjectNode rule(ObjectNode root, int i) {
        return (ObjectNode) rules(root).get(i);
    }

    private static ObjectNode labels(ObjectNode node) {
        return (ObjectNode) node.get("labels");
    }

    private static ObjectNode parameters(ObjectNode root) {
        return (ObjectNode) root.get("parameters");
    }

    private static ObjectNode parameter(ObjectNode root, String name) {
        return (ObjectNode) parameters(root).get(name);
    }

    private static ArrayNode suggest(ObjectNode root, int rule) {
        return (ArrayNode) rule(root, rule).get("suggest");
    }

    private static ObjectNode template(ObjectNode root, int rule) {
        return (ObjectNode) suggest(root, rule).get(0);
    }

    private static ObjectNode deadline(ObjectNode root, int rule) {
        return (ObjectNode) template(root, rule).get("deadline");
    }

    /** Replaces the condition of a rule with a single condition. */
    private static void when(ObjectNode root, int rule, String key, JsonNode value) {
        rule(root, rule).putObject("when").set(key, value);
    }

    private static ObjectNode tree() {
        try {
            return (ObjectNode) AccompanimentJson.mapper().readTree(RulesFixtures.testRulebookJson());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
