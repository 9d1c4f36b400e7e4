package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.passerelle.ConsentStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file under {@code be/accompaniment/rules/cases/} (see {@link RulebookCases} for the format): one
 * dynamic test per case.
 */
class RulebookCasesTest {
    private static final Set<String> SUGGESTION_FIELDS =
            Set.of("rule", "situation", "measure", "urgency", "deadline", "target", "targets", "consent", "conditions");

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryFile() throws IOException, URISyntaxException {
        Path root = Path.of(RulebookCasesTest.class.getResource("cases").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().endsWith("directory.json"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        assertThat(files).as("case files under %s", root).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            for (RulebookCases.Case c : RulebookCases.read(file)) {
                tests.add(DynamicTest.dynamicTest(root.relativize(file) + ": " + c.name(), () -> run(c)));
            }
        }
        return tests.stream();
    }

    private static void run(RulebookCases.Case c) {
        Advice advice = c.referrer().isPresent()
                ? c.advisor().advise(c.household(), c.referrer().get(), c.on())
                : c.advisor().advise(c.household(), c.on());
        List<Suggestion> actual = advice.suggestions();
        String summary = summary(actual);
        List<String> fired = actual.stream().map(Suggestion::ruleId).toList();
        for (String rule : c.excludes()) {
            assertThat(fired).as("rules fired; %s", summary).doesNotContain(rule);
        }
        if (c.expect().isPresent()) {
            List<JsonNode> expected = c.expect().get();
            assertThat(fired)
                    .as("rules fired, in rank order; %s", summary)
                    .containsExactlyElementsOf(
                            expected.stream().map(e -> e.get("rule").asText()).toList());
            for (int i = 0; i < expected.size(); i++) {
                check(expected.get(i), actual.get(i), summary);
            }
        }
        if (c.includes().isPresent()) {
            int from = 0;
            for (JsonNode e : c.includes().get()) {
                String rule = e.get("rule").asText();
                int at = -1;
                for (int i = from; i < actual.size(); i++) {
                    if (actual.get(i).ruleId().equals(rule)) {
                        at = i;
                        break;
                    }
                }
                assertThat(at)
                        .as("rule %s among the suggestions after position %s; %s", rule, from, summary)
                        .isNotNegative();
                check(e, actual.get(at), summary);
                from = at + 1;
            }
        }
    }

    private static void check(JsonNode e, Suggestion s, String summary) {
        RulebookCases.fields(e, "expected suggestion " + e.get("rule"), Set.of("rule"), SUGGESTION_FIELDS);
        String what = s.ruleId() + " (" + summary + ")";
        if (e.has("situation")) {
            assertThat(s.situationKind().name())
                    .as("situation of %s", what)
                    .isEqualTo(e.get("situation").asText());
        }
        if (e.has("measure")) {
            assertThat(s.measure().name())
                    .as("measure of %s", what)
                    .isEqualTo(e.get("measure").asText());
        }
        if (e.has("urgency")) {
            assertThat(s.urgency().name())
                    .as("urgency of %s", what)
                    .isEqualTo(e.get("urgency").asText());
        }
        if (e.has("deadline")) {
            String deadline =
                    e.get("deadline").isNull() ? null : e.get("deadline").asText();
            assertThat(s.deadlineOn().map(Object::toString).orElse(null))
                    .as("deadline of %s", what)
                    .isEqualTo(deadline);
        }
        if (e.has("target")) {
            String target = e.get("target").isNull() ? null : e.get("target").asText();
            assertThat(s.bestTarget().map(t -> t.actor().id().value()).orElse(null))
                    .as("best target of %s", what)
                    .isEqualTo(target);
        }
        if (e.has("targets")) {
            List<String> ids = new ArrayList<>();
            e.get("targets").forEach(t -> ids.add(t.asText()));
            assertThat(s.targets().stream().map(t -> t.actor().id().value()).toList())
                    .as("targets of %s", what)
                    .containsExactlyElementsOf(ids);
        }
        if (e.has("consent")) {
            assertThat(s.consent())
                    .as("consent of %s", what)
                    .isEqualTo(ConsentStatus.valueOf(e.get("consent").asText()));
        }
        if (e.has("conditions")) {
            List<String> held = s.conditions().stream().map(HeldCondition::text).toList();
            e.get("conditions")
                    .forEach(c -> assertThat(held).as("conditions of %s", what).contains(c.asText()));
        }
    }

    private static String summary(List<Suggestion> suggestions) {
        return "advice was "
                + suggestions.stream()
                        .map(s -> s.ruleId() + "[" + s.urgency() + ", "
                                + s.deadlineOn().map(Object::toString).orElse("-")
                                + ", "
                                + s.bestTarget()
                                        .map(t -> t.actor().id().value())
                                        .orElse("unresolved") + ", "
                                + s.consent() + ", " + s.conditions() + "]")
                        .collect(Collectors.toList());
    }
}
