package be.accompaniment.rules;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.household.Household;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The case files of rulebooks, OpenFisca-style: data files of named cases — a date, a household, a referrer — with
 * the suggestions expected, run by one parameterised runner ({@link RulebookCasesTest}).
 *
 * <p>A case file is a JSON object:
 *
 * <pre>{@code
 * {
 *   "rulebook": "wallonia",                  // a bundled rulebook (its region code: wallonia, brussels-capital),
 *                                            // or a file "x.json" (relative to the case file, or /absolute on the classpath)
 *   "directory": "demo-directory.json",      // the actors: a file as above, or inline {"actors":[…]}
 *   "platforms": [ {…Platform…} ],           // optional: housing platforms, for the partner network
 *   "cases": [
 *     {
 *       "name": "hearing in 12 days: contact the CPAS",
 *       "on": "2026-03-02",                  // the as-of date
 *       "household": { …Household… },
 *       "referrer": "cpas-esneux",           // optional: an actor id of the directory
 *       "expect": [                          // the suggestions, in rank order, exactly
 *         {"rule": "eviction-cpas-contact",  // required; every other field optional and checked only if given
 *          "situation": "EVICTION_THREAT", "measure": "CPAS_CONTACT", "urgency": "HIGH",
 *          "deadline": "2026-03-07",         // or null: no deadline
 *          "target": "cpas-esneux",          // the best target's id, or null: unresolved
 *          "targets": ["cpas-esneux"],       // every target, in order
 *          "consent": "MISSING",
 *          "conditions": ["daysUntil HEARING = 12 within [0, 30]"]}   // each must be among the conditions that held
 *       ],
 *       "includes": [ … ],                   // instead of "expect": these suggestions, in this relative order, among others
 *       "excludes": ["rule-id", …]           // rules that must not fire (with "includes" or alone)
 *     }
 *   ]
 * }
 * }</pre>
 *
 * Files whose name ends with {@code directory.json} hold directories, not cases. Unknown fields are errors, so that a
 * typo never passes silently.
 */
public final class RulebookCases {
    private static final ObjectMapper MAPPER = AccompanimentJson.mapper();

    private RulebookCases() {}

    /** One case of a file. */
    public record Case(
            Path file,
            String name,
            LocalDate on,
            PasserelleAdvisor advisor,
            Household household,
            Optional<Actor> referrer,
            Optional<List<JsonNode>> expect,
            Optional<List<JsonNode>> includes,
            Set<String> excludes) {}

    /** Reads the cases of a file. */
    public static List<Case> read(Path file) {
        JsonNode root = tree(file);
        fields(root, file.toString(), Set.of("rulebook", "directory", "cases"), Set.of("platforms"));
        Rulebook book = rulebook(file, root.get("rulebook").asText());
        ActorDirectory directory = directory(file, root.get("directory"));
        PartnerNetwork network = PartnerNetwork.empty();
        if (root.has("platforms")) {
            List<Platform> platforms = new ArrayList<>();
            for (JsonNode p : root.get("platforms")) {
                platforms.add(AccompanimentJson.read(p.toString(), Platform.class));
            }
            network = PartnerNetwork.of(platforms);
        }
        PasserelleAdvisor advisor = PasserelleAdvisor.compile(book, directory, network);
        List<Case> cases = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.get("cases")) {
            String where = file.getFileName() + " cases[" + i++ + "]";
            fields(c, where, Set.of("name", "on", "household"), Set.of("referrer", "expect", "includes", "excludes"));
            Optional<Actor> referrer = Optional.empty();
            if (c.has("referrer")) {
                String id = c.get("referrer").asText();
                referrer = Optional.of(directory
                        .actor(ActorId.of(id))
                        .orElseThrow(() ->
                                new IllegalArgumentException(where + ": referrer " + id + " not in the directory")));
            }
            Set<String> excludes = new TreeSet<>();
            if (c.has("excludes")) {
                c.get("excludes").forEach(e -> excludes.add(e.asText()));
            }
            if (c.has("expect") == c.has("includes")) {
                if (c.has("expect") || excludes.isEmpty()) {
                    throw new IllegalArgumentException(
                            where + ": give \"expect\", or \"includes\" and/or \"excludes\"");
                }
            }
            cases.add(new Case(
                    file,
                    c.get("name").asText(),
                    LocalDate.parse(c.get("on").asText()),
                    advisor,
                    AccompanimentJson.read(c.get("household").toString(), Household.class),
                    referrer,
                    list(c.get("expect")),
                    list(c.get("includes")),
                    excludes));
        }
        return cases;
    }

    private static Optional<List<JsonNode>> list(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return Optional.of(items);
    }

    private static Rulebook rulebook(Path file, String name) {
        if (!name.endsWith(".json")) {
            for (Region r : Region.values()) {
                if (r.name()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-')
                        .equals(name)) {
                    return Rulebook.bundled(r);
                }
            }
            throw new IllegalArgumentException(file + ": no bundled rulebook \"" + name + "\"");
        }
        return Rulebook.parse(text(file, name));
    }

    private static ActorDirectory directory(Path file, JsonNode node) {
        String json = node.isTextual() ? text(file, node.asText()) : node.toString();
        return AccompanimentJson.read(json, ActorDirectory.class);
    }

    private static String text(Path file, String name) {
        try {
            if (name.startsWith("/")) {
                try (var in = RulebookCases.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalArgumentException(file + ": no resource " + name);
                    }
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return Files.readString(file.resolveSibling(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fields(JsonNode node, String where, Set<String> required, Set<String> optional) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        for (String r : required) {
            if (!node.has(r)) {
                throw new IllegalArgumentException(where + ": \"" + r + "\" is required");
            }
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!required.contains(n) && !optional.contains(n)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + n + "\"");
            }
        }
    }
}
