package be.accompaniment.rules;

import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of an advice, for reports and the command line. */
final class AdviceJson {
    private static final ObjectMapper MAPPER = AccompanimentJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AdviceJson() {}

    static String write(Advice advice, Language language) {
        ObjectNode root = NODES.objectNode();
        root.put("household", advice.household().value());
        root.put("asOf", advice.asOf().toString());
        advice.referrer().ifPresent(r -> root.put("referrer", r.value()));
        advice.rulebookId().ifPresent(r -> root.put("rulebook", r));
        advice.rulebookVersion().ifPresent(v -> root.put("rulebookVersion", v));
        ArrayNode suggestions = root.putArray("suggestions");
        for (Suggestion s : advice.suggestions()) {
            ObjectNode node = suggestions.addObject();
            node.put("rule", s.ruleId());
            node.put("label", s.label(language));
            node.put("situation", s.situationKind().name());
            node.put("measure", s.measure().name());
            node.put("measureLabel", Labels.of(s.measure(), language));
            node.put("urgency", s.urgency().name());
            s.deadline().ifPresent(d -> {
                ObjectNode deadline = node.putObject("deadline");
                deadline.put("on", d.on().toString());
                d.countedFrom().ifPresent(f -> deadline.put("countedFrom", f.toString()));
                deadline.put("evictionDate", d.isEvictionDate());
                deadline.put("overdue", d.isOverdue());
            });
            node.put("commune", s.commune().toString());
            ArrayNode targets = node.putArray("targets");
            for (TargetActor t : s.targets()) {
                ObjectNode target = targets.addObject();
                target.put("actor", t.actor().id().value());
                target.put("kind", t.actor().kind().name());
                target.put("name", t.actor().name());
                ArrayNode reasons = target.putArray("reasons");
                t.reasons().forEach(r -> reasons.add(r.name()));
            }
            node.put("unresolved", s.unresolved());
            ArrayNode conditions = node.putArray("conditions");
            s.conditions().forEach(c -> conditions.add(c.text()));
            ArrayNode references = node.putArray("references");
            s.references().forEach(r -> references.add(MAPPER.<com.fasterxml.jackson.databind.JsonNode>valueToTree(r)));
            node.put("consent", s.consent().name());
        }
        return AccompanimentJson.writePretty(root);
    }
}
