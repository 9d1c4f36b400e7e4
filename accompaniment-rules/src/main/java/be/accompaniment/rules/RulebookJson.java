package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.actor.ServiceKind;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.SituationOutcome;
import be.accompaniment.situation.SituationStage;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Strict reading and writing of rulebooks as JSON trees: every object's fields are checked against a closed list, and
 * every failure names the JSON path and, inside a rule, the rule id.
 */
final class RulebookJson {
    private static final ObjectMapper MAPPER = AccompanimentJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> CONDITION_KEYS = Set.of(
            "all",
            "any",
            "not",
            "situation",
            "stage",
            "outcome",
            "institution",
            "daysUntil",
            "daysSince",
            "milestone",
            "tenure",
            "minors",
            "minorsAtSchool",
            "memberAge",
            "income",
            "region",
            "ethos",
            "consent",
            "referrer",
            "fact");

    private RulebookJson() {}

    static Rulebook read(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > AccompanimentJson.MAX_DOCUMENT_LENGTH) {
            throw new InvalidInputException(
                    "$", "document longer than " + AccompanimentJson.MAX_DOCUMENT_LENGTH + " characters");
        }
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw AccompanimentJson.translate(e);
        }
    }

    static Rulebook read(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw AccompanimentJson.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Rulebook read(JsonNode root) {
        Objects.requireNonNull(root, "root");
        return new Reader().rulebook(root);
    }

    // ---------------------------------------------------------------- reading

    /** Reads one document; {@link #rule} is the id of the rule being read, for messages. */
    private static final class Reader {
        private String rule = "";

        Rulebook rulebook(JsonNode root) {
            object(root, "$");
            fields(
                    root,
                    "$",
                    Set.of("id", "region", "version", "lastReviewedOn", "labels"),
                    Set.of("calendar", "parameters", "rules"));
            Rulebook.Builder b = Rulebook.builder()
                    .id(text(root.get("id"), "$.id"))
                    .region(enumValue(Region.class, root.get("region"), "$.region"))
                    .version(text(root.get("version"), "$.version"))
                    .lastReviewedOn(date(root.get("lastReviewedOn"), "$.lastReviewedOn"))
                    .labels(labels(root.get("labels"), "$.labels"));
            if (root.has("calendar")) {
                CalendarParameters calendar =
                        typed(root.get("calendar"), "$.calendar", MAPPER.constructType(CalendarParameters.class));
                b.calendar(calendar);
            }
            if (root.has("parameters")) {
                JsonNode parameters = root.get("parameters");
                object(parameters, "$.parameters");
                for (Map.Entry<String, JsonNode> e : parameters.properties()) {
                    b.putParameters(e.getKey(), parameter(e.getKey(), e.getValue(), "$.parameters." + e.getKey()));
                }
            }
            if (root.has("rules")) {
                JsonNode rules = array(root.get("rules"), "$.rules");
                for (int i = 0; i < rules.size(); i++) {
                    b.addRules(rule(rules.get(i), "$.rules[" + i + "]"));
                }
                rule = "";
            }
            return build(b::build, "$");
        }

        private Parameter parameter(String key, JsonNode node, String path) {
            object(node, path);
            fields(node, path, Set.of("name", "values"), Set.of("type"));
            String name = text(node.get("name"), path + ".name");
            if (!name.equals(key)) {
                throw fail(path + ".name", "must be the parameter's key \"" + key + "\", was \"" + name + "\"");
            }
            ParameterType type;
            if (node.has("type")) {
                type = enumValue(ParameterType.class, node.get("type"), path + ".type");
            } else {
                JsonNode values = array(node.get("values"), path + ".values");
                JsonNode first = values.size() == 0 ? null : values.get(0).get("value");
                if (first != null && first.isObject()) {
                    type = ParameterType.INCOME_CEILING;
                } else if (first != null && first.isIntegralNumber()) {
                    type = ParameterType.DAYS;
                } else {
                    throw fail(path + ".type", "is required when the first value is neither an object nor an integer");
                }
            }
            ObjectNode values = ((ObjectNode) node).deepCopy();
            values.remove("type");
            return switch (type) {
                case INCOME_CEILING -> Parameter.ofIncomeCeiling(typed(values, path, dated(IncomeCeiling.class)));
                case DAYS -> Parameter.ofDays(typed(values, path, dated(Integer.class)));
                case AMOUNT_CENTS -> Parameter.ofAmountCents(typed(values, path, dated(Long.class)));
            };
        }

        private JavaType dated(Class<?> value) {
            return MAPPER.getTypeFactory().constructParametricType(DatedValue.class, value);
        }

        private Rule rule(JsonNode node, String path) {
            rule = "";
            object(node, path);
            if (node.has("id")) {
                rule = text(node.get("id"), path + ".id");
            }
            fields(
                    node,
                    path,
                    Set.of("id", "labels", "validity", "references", "situation", "suggest"),
                    Set.of("when"));
            Rule.Builder b = Rule.builder()
                    .id(rule)
                    .labels(labels(node.get("labels"), path + ".labels"))
                    .validity(typed(node.get("validity"), path + ".validity", MAPPER.constructType(Period.class)));
            JsonNode references = array(node.get("references"), path + ".references");
            if (references.size() == 0) {
                throw fail(path + ".references", "must hold at least one legal reference");
            }
            for (int i = 0; i < references.size(); i++) {
                LegalReference reference = typed(
                        references.get(i), path + ".references[" + i + "]", MAPPER.constructType(LegalReference.class));
                b.addReferences(reference);
            }
            SituationKind kind = situationKind(node.get("situation"), path + ".situation");
            b.situation(kind);
            if (node.has("when")) {
                b.when(condition(node.get("when"), path + ".when", kind));
            }
            JsonNode suggest = array(node.get("suggest"), path + ".suggest");
            if (suggest.size() == 0) {
                throw fail(path + ".suggest", "must hold at least one suggestion");
            }
            for (int i = 0; i < suggest.size(); i++) {
                b.addSuggest(template(suggest.get(i), path + ".suggest[" + i + "]", kind));
            }
            return build(b::build, path);
        }

        private Condition condition(JsonNode node, String path, SituationKind kind) {
            object(node, path);
            if (node.size() != 1) {
                throw fail(
                        path,
                        "a condition must have exactly one key among " + sorted(CONDITION_KEYS) + ", had "
                                + names(node));
            }
            String key = node.fieldNames().next();
            JsonNode value = node.get(key);
            String at = path + "." + key;
            return switch (key) {
                case "all" -> new Condition.All(conditions(value, at, kind));
                case "any" -> new Condition.Any(conditions(value, at, kind));
                case "not" -> new Condition.Not(condition(value, at, kind));
                case "situation" -> new Condition.HasSituation(situationKind(value, at));
                case "stage" -> new Condition.StageIn(in(value, at, (n, p) -> stage(n, p, kind)));
                case "outcome" -> new Condition.OutcomeIn(in(value, at, this::outcome));
                case "institution" ->
                    new Condition.InstitutionIn(in(value, at, (n, p) -> enumValue(InstitutionType.class, n, p)));
                case "daysUntil" -> {
                    object(value, at);
                    fields(value, at, Set.of("milestone"), Set.of("min", "max"));
                    yield new Condition.DaysUntil(
                            milestone(value.get("milestone"), at + ".milestone", kind), bounds(value, at));
                }
                case "daysSince" -> {
                    object(value, at);
                    fields(value, at, Set.of("milestone"), Set.of("min", "max"));
                    yield new Condition.DaysSince(
                            milestone(value.get("milestone"), at + ".milestone", kind), bounds(value, at));
                }
                case "milestone" -> {
                    String which = oneOf(value, at, "set", "unset");
                    yield new Condition.MilestoneRecorded(
                            milestone(value.get(which), at + "." + which, kind), which.equals("set"));
                }
                case "tenure" -> new Condition.TenureIn(in(value, at, (n, p) -> enumValue(Tenure.class, n, p)));
                case "minors" -> {
                    object(value, at);
                    fields(value, at, Set.of(), Set.of("min", "max"));
                    yield new Condition.Minors(bounds(value, at));
                }
                case "minorsAtSchool" -> {
                    object(value, at);
                    fields(value, at, Set.of(), Set.of("min", "max"));
                    yield new Condition.MinorsAtSchool(bounds(value, at));
                }
                case "memberAge" -> {
                    object(value, at);
                    fields(value, at, Set.of(), Set.of("role", "min", "max"));
                    Optional<MemberRole> role = value.has("role")
                            ? Optional.of(enumValue(MemberRole.class, value.get("role"), at + ".role"))
                            : Optional.empty();
                    yield new Condition.MemberAge(role, bounds(value, at));
                }
                case "income" -> {
                    String which = oneOf(value, at, "atMost", "above");
                    yield new Condition.IncomeCompared(
                            which.equals("atMost") ? Condition.IncomeTest.AT_MOST : Condition.IncomeTest.ABOVE,
                            text(value.get(which), at + "." + which));
                }
                case "region" -> new Condition.RegionIn(in(value, at, (n, p) -> enumValue(Region.class, n, p)));
                case "ethos" -> new Condition.EthosIn(in(value, at, this::ethosCode));
                case "consent" -> {
                    object(value, at);
                    fields(value, at, Set.of("actorKind", "purpose"), Set.of());
                    yield new Condition.ConsentGiven(
                            enumValue(ActorKind.class, value.get("actorKind"), at + ".actorKind"),
                            enumValue(Purpose.class, value.get("purpose"), at + ".purpose"));
                }
                case "referrer" -> new Condition.ReferrerIn(in(value, at, (n, p) -> enumValue(ActorKind.class, n, p)));
                case "fact" -> new Condition.FactHolds(enumValue(Fact.class, value, at));
                default ->
                    throw fail(path, "unknown condition \"" + key + "\"; expected one of " + sorted(CONDITION_KEYS));
            };
        }

        private ImmutableList<Condition> conditions(JsonNode node, String path, SituationKind kind) {
            array(node, path);
            if (node.size() == 0) {
                throw fail(path, "must hold at least one condition");
            }
            ImmutableList.Builder<Condition> b = ImmutableList.builder();
            for (int i = 0; i < node.size(); i++) {
                b.add(condition(node.get(i), path + "[" + i + "]", kind));
            }
            return b.build();
        }

        private <T> ImmutableSet<T> in(JsonNode node, String path, Element<T> element) {
            object(node, path);
            fields(node, path, Set.of("in"), Set.of());
            JsonNode values = array(node.get("in"), path + ".in");
            if (values.size() == 0) {
                throw fail(path + ".in", "must hold at least one value");
            }
            ImmutableSet.Builder<T> b = ImmutableSet.builder();
            for (int i = 0; i < values.size(); i++) {
                b.add(element.read(values.get(i), path + ".in[" + i + "]"));
            }
            return b.build();
        }

        private SituationStage stage(JsonNode node, String path, SituationKind kind) {
            String name = text(node, path);
            return kind.stage(name)
                    .orElseThrow(() -> fail(
                            path,
                            "unknown stage \"" + name + "\" of " + kind.name() + "; expected one of "
                                    + kind.stages().stream()
                                            .map(SituationStage::name)
                                            .collect(Collectors.toList())));
        }

        private SituationOutcome outcome(JsonNode node, String path) {
            String name = text(node, path);
            return SituationKind.INSALUBRITY
                    .outcome(name)
                    .orElseThrow(() -> fail(
                            path,
                            "unknown outcome \"" + name + "\"; expected one of "
                                    + SituationKind.INSALUBRITY.outcomes().stream()
                                            .map(SituationOutcome::name)
                                            .collect(Collectors.toList())));
        }

        private String ethosCode(JsonNode node, String path) {
            String code = text(node, path);
            try {
                new Condition.EthosIn(ImmutableSet.of(code));
            } catch (InvalidInputException e) {
                throw fail(path, "unknown ETHOS code \"" + code + "\"; expected a category such as 9.1, or 1 to 13");
            }
            return code;
        }

        private Milestone milestone(JsonNode node, String path, SituationKind kind) {
            Milestone m = enumValue(Milestone.class, node, path);
            if (!kind.milestones().contains(m)) {
                throw fail(path, "must be a milestone of " + kind.name() + " " + kind.milestones() + ", was " + m);
            }
            return m;
        }

        private Bounds bounds(JsonNode node, String path) {
            int min = node.has("min") ? integer(node.get("min"), path + ".min") : Integer.MIN_VALUE;
            int max = node.has("max") ? integer(node.get("max"), path + ".max") : Integer.MAX_VALUE;
            if (max < min) {
                throw fail(path + ".max", "must be >= min " + min + ", was " + max);
            }
            return new Bounds(min, max);
        }

        private SuggestionTemplate template(JsonNode node, String path, SituationKind kind) {
            object(node, path);
            fields(
                    node,
                    path,
                    Set.of("measure", "urgency"),
                    Set.of("actorKind", "service", "deadline", "sector", "sharesData", "purpose", "competentCpas"));
            SuggestionTemplate.Builder b = SuggestionTemplate.builder()
                    .measure(enumValue(MeasureKind.class, node.get("measure"), path + ".measure"))
                    .urgency(enumValue(Urgency.class, node.get("urgency"), path + ".urgency"));
            if (node.has("actorKind")) {
                b.actorKind(enumValue(ActorKind.class, node.get("actorKind"), path + ".actorKind"));
            }
            if (node.has("service")) {
                b.service(enumValue(ServiceKind.class, node.get("service"), path + ".service"));
            }
            if (!node.has("actorKind") && !node.has("service")) {
                throw fail(path, "a suggestion needs \"actorKind\" or \"service\" (or both), had neither");
            }
            if (node.has("deadline")) {
                b.deadline(deadline(node.get("deadline"), path + ".deadline", kind));
            }
            if (node.has("sector")) {
                b.sector(enumValue(SectorPreference.class, node.get("sector"), path + ".sector"));
            }
            if (node.has("sharesData")) {
                b.sharesData(bool(node.get("sharesData"), path + ".sharesData"));
            }
            if (node.has("purpose")) {
                b.purpose(enumValue(Purpose.class, node.get("purpose"), path + ".purpose"));
            }
            if (node.has("competentCpas")) {
                b.competentCpas(bool(node.get("competentCpas"), path + ".competentCpas"));
            }
            return build(b::build, path);
        }

        private DeadlineRule deadline(JsonNode node, String path, SituationKind kind) {
            object(node, path);
            if (node.has("milestone")) {
                fields(node, path, Set.of("milestone", "offsetDays"), Set.of("workingDays"));
                Milestone m = milestone(node.get("milestone"), path + ".milestone", kind);
                boolean working = node.has("workingDays") && bool(node.get("workingDays"), path + ".workingDays");
                JsonNode offset = node.get("offsetDays");
                if (offset.isTextual()) {
                    return build(() -> DeadlineRule.ofMilestone(m, offset.asText(), working), path);
                }
                int days = integer(offset, path + ".offsetDays");
                return working ? DeadlineRule.ofMilestoneWorkingDays(m, days) : DeadlineRule.ofMilestone(m, days);
            }
            if (node.has("afterAsOf")) {
                fields(node, path, Set.of("afterAsOf"), Set.of());
                JsonNode after = node.get("afterAsOf");
                if (after.isTextual()) {
                    return build(() -> DeadlineRule.afterAsOf(after.asText()), path);
                }
                int days = integer(after, path + ".afterAsOf");
                if (days < 0) {
                    throw fail(path + ".afterAsOf", "must be >= 0, was " + days);
                }
                return DeadlineRule.afterAsOf(days);
            }
            if (node.has("calendar")) {
                fields(node, path, Set.of("calendar"), Set.of());
                return DeadlineRule.ofCalendar(
                        enumValue(CalendarDeadline.class, node.get("calendar"), path + ".calendar"));
            }
            throw fail(
                    path,
                    "a deadline must have one of \"milestone\" (with \"offsetDays\"), \"afterAsOf\" or \"calendar\", had "
                            + names(node));
        }

        private LocalizedText labels(JsonNode node, String path) {
            object(node, path);
            fields(node, path, Set.of("fr", "nl", "de", "en"), Set.of());
            return build(
                    () -> LocalizedText.of(
                            text(node.get("fr"), path + ".fr"),
                            text(node.get("nl"), path + ".nl"),
                            text(node.get("de"), path + ".de"),
                            text(node.get("en"), path + ".en")),
                    path);
        }

        private SituationKind situationKind(JsonNode node, String path) {
            String value = text(node, path);
            try {
                return SituationKind.parse(value);
            } catch (InvalidInputException e) {
                throw fail(
                        path,
                        "unknown situation kind \"" + value + "\"; expected one of "
                                + Arrays.toString(SituationKind.values()));
            }
        }

        private <T> T typed(JsonNode node, String path, JavaType type) {
            try {
                return MAPPER.readerFor(type).readValue(node);
            } catch (JsonProcessingException e) {
                InvalidInputException translated = AccompanimentJson.translate(e);
                String where = path + translated.where().substring(1);
                String message = translated.getMessage();
                String problem = message.startsWith(translated.where() + ": ")
                        ? message.substring(translated.where().length() + 2)
                        : message;
                throw fail(where, problem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private <T> T build(java.util.function.Supplier<T> builder, String path) {
            try {
                return builder.get();
            } catch (InvalidInputException e) {
                if (e.where().startsWith("$")) {
                    throw e;
                }
                throw fail(path, e.getMessage());
            } catch (IllegalStateException e) {
                // a generated builder reports missing required attributes this way
                throw fail(path, e.getMessage());
            }
        }

        private void object(JsonNode node, String path) {
            if (node == null || !node.isObject()) {
                throw fail(path, "must be an object, was " + kindOf(node));
            }
        }

        private JsonNode array(JsonNode node, String path) {
            if (node == null || !node.isArray()) {
                throw fail(path, "must be an array, was " + kindOf(node));
            }
            return node;
        }

        private void fields(JsonNode node, String path, Set<String> required, Set<String> optional) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!required.contains(name) && !optional.contains(name)) {
                    List<String> known = new ArrayList<>(required);
                    known.addAll(optional);
                    throw fail(path + "." + name, "unknown field \"" + name + "\"; known fields: " + sorted(known));
                }
            }
            for (String name : sorted(required)) {
                if (!node.has(name)) {
                    throw fail(path + "." + name, "is required");
                }
            }
        }

        private String oneOf(JsonNode node, String path, String a, String b) {
            object(node, path);
            fields(node, path, Set.of(), Set.of(a, b));
            if (node.size() != 1) {
                throw fail(path, "must have exactly one of \"" + a + "\" or \"" + b + "\", had " + names(node));
            }
            return node.has(a) ? a : b;
        }

        private String text(JsonNode node, String path) {
            if (node == null || !node.isTextual()) {
                throw fail(path, "must be a string, was " + kindOf(node));
            }
            return node.asText();
        }

        private int integer(JsonNode node, String path) {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
                throw fail(path, "must be an integer, was " + kindOf(node));
            }
            return node.intValue();
        }

        private boolean bool(JsonNode node, String path) {
            if (node == null || !node.isBoolean()) {
                throw fail(path, "must be true or false, was " + kindOf(node));
            }
            return node.booleanValue();
        }

        private LocalDate date(JsonNode node, String path) {
            String value = text(node, path);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw fail(path, "must be a date YYYY-MM-DD, was \"" + value + "\"");
            }
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path) {
            String value = text(node, path);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw fail(
                    path,
                    "unknown value \"" + value + "\" for " + type.getSimpleName() + "; expected one of "
                            + Arrays.toString(type.getEnumConstants()));
        }

        private InvalidInputException fail(String path, String problem) {
            return new InvalidInputException(path, rule.isEmpty() ? problem : "rule " + rule + ": " + problem);
        }
    }

    /** Reads one element of an {@code "in"} list. */
    @FunctionalInterface
    private interface Element<T> {
        T read(JsonNode node, String path);
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        return names.stream().sorted().collect(Collectors.toList());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kindOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "absent";
        }
        if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + (node.isValueNode() ? " " + node.toString() : "");
    }

    // ---------------------------------------------------------------- writing

    static JsonNode write(Rulebook book) {
        ObjectNode root = NODES.objectNode();
        root.put("id", book.id());
        root.put("region", book.region().name());
        root.put("version", book.version());
        root.put("lastReviewedOn", book.lastReviewedOn().toString());
        root.set("labels", labels(book.labels()));
        book.calendar().ifPresent(c -> root.set("calendar", MAPPER.valueToTree(c)));
        if (!book.parameters().isEmpty()) {
            ObjectNode parameters = root.putObject("parameters");
            book.parameters().forEach((name, p) -> {
                ObjectNode node = parameters.putObject(name);
                node.put("name", p.name());
                node.put("type", p.type().name());
                node.set("values", MAPPER.valueToTree(p.values()).get("values"));
            });
        }
        ArrayNode rules = root.putArray("rules");
        for (Rule rule : book.rules()) {
            rules.add(rule(rule));
        }
        return root;
    }

    private static ObjectNode rule(Rule rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.set("labels", labels(rule.labels()));
        node.set("validity", MAPPER.valueToTree(rule.validity()));
        ArrayNode references = node.putArray("references");
        rule.references().forEach(r -> references.add(MAPPER.<JsonNode>valueToTree(r)));
        node.put("situation", rule.situation().name());
        rule.when().ifPresent(c -> node.set("when", condition(c)));
        ArrayNode suggest = node.putArray("suggest");
        rule.suggest().forEach(t -> suggest.add(template(t)));
        return node;
    }

    private static ObjectNode labels(LocalizedText labels) {
        ObjectNode node = NODES.objectNode();
        node.put("fr", labels.fr());
        node.put("nl", labels.nl());
        node.put("de", labels.de());
        node.put("en", labels.en());
        return node;
    }

    static ObjectNode condition(Condition condition) {
        ObjectNode node = NODES.objectNode();
        String key = condition.key();
        if (condition instanceof Condition.All all) {
            ArrayNode list = node.putArray(key);
            all.conditions().forEach(c -> list.add(condition(c)));
        } else if (condition instanceof Condition.Any any) {
            ArrayNode list = node.putArray(key);
            any.conditions().forEach(c -> list.add(condition(c)));
        } else if (condition instanceof Condition.Not not) {
            node.set(key, condition(not.condition()));
        } else if (condition instanceof Condition.HasSituation s) {
            node.put(key, s.kind().name());
        } else if (condition instanceof Condition.StageIn s) {
            node.set(key, in(s.stages(), SituationStage::name));
        } else if (condition instanceof Condition.OutcomeIn o) {
            node.set(key, in(o.outcomes(), SituationOutcome::name));
        } else if (condition instanceof Condition.InstitutionIn i) {
            node.set(key, in(i.types(), Enum::name));
        } else if (condition instanceof Condition.DaysUntil d) {
            ObjectNode value = bounds(d.days());
            value.put("milestone", d.milestone().name());
            node.set(key, reorder(value, "milestone"));
        } else if (condition instanceof Condition.DaysSince d) {
            ObjectNode value = bounds(d.days());
            value.put("milestone", d.milestone().name());
            node.set(key, reorder(value, "milestone"));
        } else if (condition instanceof Condition.MilestoneRecorded m) {
            node.putObject(key)
                    .put(m.recorded() ? "set" : "unset", m.milestone().name());
        } else if (condition instanceof Condition.TenureIn t) {
            node.set(key, in(t.tenures(), Enum::name));
        } else if (condition instanceof Condition.Minors m) {
            node.set(key, bounds(m.count()));
        } else if (condition instanceof Condition.MinorsAtSchool m) {
            node.set(key, bounds(m.count()));
        } else if (condition instanceof Condition.MemberAge m) {
            ObjectNode value = bounds(m.age());
            m.role().ifPresent(r -> value.put("role", r.name()));
            node.set(key, reorder(value, "role"));
        } else if (condition instanceof Condition.IncomeCompared i) {
            node.putObject(key).put(i.test() == Condition.IncomeTest.AT_MOST ? "atMost" : "above", i.parameter());
        } else if (condition instanceof Condition.RegionIn r) {
            node.set(key, in(r.regions(), Enum::name));
        } else if (condition instanceof Condition.EthosIn e) {
            node.set(key, in(e.codes(), Function.identity()));
        } else if (condition instanceof Condition.ConsentGiven c) {
            ObjectNode value = node.putObject(key);
            value.put("actorKind", c.actorKind().name());
            value.put("purpose", c.purpose().name());
        } else if (condition instanceof Condition.ReferrerIn r) {
            node.set(key, in(r.kinds(), Enum::name));
        } else if (condition instanceof Condition.FactHolds f) {
            node.put(key, f.fact().name());
        }
        return node;
    }

    private static <T> ObjectNode in(Set<T> values, Function<T, String> name) {
        ObjectNode node = NODES.objectNode();
        ArrayNode list = node.putArray("in");
        values.forEach(v -> list.add(name.apply(v)));
        return node;
    }

    private static ObjectNode bounds(Bounds bounds) {
        ObjectNode node = NODES.objectNode();
        if (bounds.hasMin()) {
            node.put("min", bounds.min());
        }
        if (bounds.hasMax()) {
            node.put("max", bounds.max());
        }
        return node;
    }

    // puts a field first, for readable output
    private static ObjectNode reorder(ObjectNode node, String first) {
        if (!node.has(first)) {
            return node;
        }
        ObjectNode copy = NODES.objectNode();
        copy.set(first, node.get(first));
        node.properties().forEach(e -> {
            if (!e.getKey().equals(first)) {
                copy.set(e.getKey(), e.getValue());
            }
        });
        return copy;
    }

    private static ObjectNode template(SuggestionTemplate t) {
        ObjectNode node = NODES.objectNode();
        t.actorKind().ifPresent(k -> node.put("actorKind", k.name()));
        t.service().ifPresent(s -> node.put("service", s.name()));
        node.put("measure", t.measure().name());
        node.put("urgency", t.urgency().name());
        t.deadline().ifPresent(d -> node.set("deadline", deadline(d)));
        t.sector().ifPresent(s -> node.put("sector", s.name()));
        if (t.sharesData()) {
            node.put("sharesData", true);
            node.put("purpose", t.purpose().name());
        } else if (t.purpose() != Purpose.REFERRAL) {
            node.put("purpose", t.purpose().name());
        }
        if (t.competentCpas()) {
            node.put("competentCpas", true);
        }
        return node;
    }

    private static ObjectNode deadline(DeadlineRule d) {
        ObjectNode node = NODES.objectNode();
        switch (d.form()) {
            case MILESTONE -> {
                node.put("milestone", d.milestone().orElseThrow().name());
                if (d.daysParameter().isPresent()) {
                    node.put("offsetDays", d.daysParameter().get());
                } else {
                    node.put("offsetDays", d.days());
                }
                if (d.workingDays()) {
                    node.put("workingDays", true);
                }
            }
            case AFTER_AS_OF -> {
                if (d.daysParameter().isPresent()) {
                    node.put("afterAsOf", d.daysParameter().get());
                } else {
                    node.put("afterAsOf", d.days());
                }
            }
            case CALENDAR -> node.put("calendar", d.calendar().orElseThrow().name());
        }
        return node;
    }
}
