package be.accompaniment.examples;

import be.accompaniment.AccompanimentException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.household.Household;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.LegalReference;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.DeadlineRule;
import be.accompaniment.rules.DueDate;
import be.accompaniment.rules.FitReason;
import be.accompaniment.rules.HeldCondition;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.rules.TargetActor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code advise} command: advises a household given as JSON with the bundled rulebook of its region against the
 * bundled demo directory and its housing platform, and prints the ranked, explained suggestions.
 *
 * <pre>
 * advise [FILE.json] [--lang fr|nl|de|en] [--on YYYY-MM-DD] [--referrer ACTOR-ID]
 *        [--rulebook RULEBOOK.json] [--directory DIRECTORY.json] [--json]
 * </pre>
 *
 * <p>FILE.json holds {@code {"household": {…}, "referrer": "cpas-esneux", "on": "2026-03-02"}} — referrer and date
 * optional — or a bare household. Without a file, the bundled demo household is advised. The date defaults to today;
 * {@code --rulebook} and {@code --directory} replace the bundled ones (a vendor's edited copy); {@code --json} prints
 * the advice as JSON.
 */
public final class AdviseCommand {
    private static final String RESOURCES = "/be/accompaniment/examples/";
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("advice", new String[] {"Avis", "Advies", "Empfehlung", "Advice"}),
            Map.entry("household", new String[] {"ménage", "gezin", "Haushalt", "household"}),
            Map.entry("on", new String[] {"au", "op", "am", "on"}),
            Map.entry("rulebook", new String[] {"règles", "regels", "Regelwerk", "rulebook"}),
            Map.entry("referrer", new String[] {"envoyeur", "doorverwijzer", "Vermittler", "referrer"}),
            Map.entry("none", new String[] {
                "Aucune passerelle suggérée.",
                "Geen brug voorgesteld.",
                "Keine Brücke vorgeschlagen.",
                "No passerelle suggested."
            }),
            Map.entry("situation", new String[] {"Situation", "Situatie", "Situation", "Situation"}),
            Map.entry("measure", new String[] {"mesure", "maatregel", "Maßnahme", "measure"}),
            Map.entry("deadline", new String[] {"Échéance", "Termijn", "Frist", "Deadline"}),
            Map.entry("overdue", new String[] {"dépassée", "verstreken", "überschritten", "overdue"}),
            Map.entry("eviction", new String[] {
                "hors trêve applicable",
                "buiten een toepasselijk moratorium",
                "außerhalb eines anwendbaren Moratoriums",
                "outside any applicable moratorium"
            }),
            Map.entry("to", new String[] {"Vers", "Naar", "An", "To"}),
            Map.entry("also", new String[] {"ou", "of", "oder", "or"}),
            Map.entry("unresolved", new String[] {
                "aucun acteur ne dessert la commune",
                "geen actor bedient de gemeente",
                "kein Akteur betreut die Gemeinde",
                "no actor serves the commune"
            }),
            Map.entry("self", new String[] {
                "l'envoyeur peut agir lui-même",
                "de doorverwijzer kan zelf handelen",
                "der Vermittler kann selbst handeln",
                "the referrer can act itself"
            }),
            Map.entry("because", new String[] {"Parce que", "Omdat", "Weil", "Because"}),
            Map.entry("consent", new String[] {"Consentement", "Toestemming", "Einwilligung", "Consent"}),
            Map.entry("missing", new String[] {
                "manquant — demander d'abord le consentement du ménage, ne rien partager",
                "ontbreekt — eerst de toestemming van het gezin vragen, niets delen",
                "fehlt — zuerst die Einwilligung des Haushalts einholen, nichts teilen",
                "missing — ask the household's consent first, share nothing"
            }),
            Map.entry("given", new String[] {"donné", "gegeven", "erteilt", "given"}),
            Map.entry("law", new String[] {"Droit", "Recht", "Recht", "Law"}),
            Map.entry("day", new String[] {"jour", "dag", "Tag", "day"}),
            Map.entry("days", new String[] {"jours", "dagen", "Tage", "days"}),
            Map.entry("workingDay", new String[] {"jour ouvrable", "werkdag", "Werktag", "working day"}),
            Map.entry("workingDays", new String[] {"jours ouvrables", "werkdagen", "Werktage", "working days"}));

    private AdviseCommand() {}

    /**
     * Runs the command.
     *
     * @param args the arguments, with or without a leading {@code "advise"}
     * @param out where to print
     * @return 0 on success, 1 on bad input, 2 on bad usage
     */
    public static int run(List<String> args, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.get(0).equals("advise")) {
            rest.remove(0);
        }
        Options o;
        try {
            o = Options.parse(rest);
        } catch (IllegalArgumentException e) {
            out.println("advise: " + e.getMessage());
            out.println("usage: advise [FILE.json] [--lang fr|nl|de|en] [--on YYYY-MM-DD] [--referrer ACTOR-ID] "
                    + "[--rulebook RULEBOOK.json] [--directory DIRECTORY.json] [--json]");
            return 2;
        }
        try {
            JsonNode input = AccompanimentJson.read(
                    o.file == null ? resource("advise-demo.json") : Files.readString(Path.of(o.file)), JsonNode.class);
            JsonNode householdNode = input.has("household") ? input.get("household") : input;
            if (input.has("household")) {
                Iterator<String> names = input.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    if (!List.of("household", "referrer", "on").contains(name)) {
                        throw new IllegalArgumentException(
                                "unknown field \"" + name + "\" (known: household, referrer, on)");
                    }
                }
            }
            Household household = AccompanimentJson.read(householdNode.toString(), Household.class);
            LocalDate on = o.on != null
                    ? o.on
                    : input.has("on") ? LocalDate.parse(input.get("on").asText()) : LocalDate.now();
            String referrerId = o.referrer != null
                    ? o.referrer
                    : input.has("referrer") ? input.get("referrer").asText() : null;
            ActorDirectory directory = AccompanimentJson.read(
                    o.directory == null ? resource("demo-directory.json") : Files.readString(Path.of(o.directory)),
                    ActorDirectory.class);
            PartnerNetwork network = o.directory == null
                    ? PartnerNetwork.of(AccompanimentJson.read(
                            resource("demo-platforms.json"), new TypeReference<List<Platform>>() {}))
                    : PartnerNetwork.empty();
            Rulebook rulebook = o.rulebook == null
                    ? Rulebook.bundled(household.region())
                    : Rulebook.parse(Files.readString(Path.of(o.rulebook)));
            PasserelleAdvisor advisor = PasserelleAdvisor.compile(rulebook, directory, network);
            Advice advice;
            if (referrerId != null) {
                Actor referrer = directory
                        .actor(ActorId.of(referrerId))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "referrer \"" + referrerId + "\" is not in the directory"));
                advice = advisor.advise(household, referrer, on);
            } else {
                advice = advisor.advise(household, on);
            }
            if (o.json) {
                out.println(advice.toJson(o.language));
            } else {
                print(advice, rulebook, directory, o.language, out);
            }
            return 0;
        } catch (NoSuchFileException e) {
            out.println("advise: no such file " + e.getFile());
            return 1;
        } catch (IOException e) {
            out.println("advise: cannot read: " + e.getMessage());
            return 1;
        } catch (AccompanimentException | IllegalArgumentException | DateTimeParseException e) {
            out.println("advise: " + e.getMessage());
            return 1;
        }
    }

    /** Prints an advice for people: one numbered block per suggestion, labels in the language. */
    static void print(Advice advice, Rulebook rulebook, ActorDirectory directory, Language lang, PrintStream out) {
        out.println(word("advice", lang) + " — " + word("household", lang) + " " + advice.household() + ", "
                + word("on", lang) + " " + advice.asOf() + " — " + word("rulebook", lang) + " "
                + rulebook.labels().in(lang) + " (" + rulebook.id() + " " + rulebook.version() + ")"
                + advice.referrer()
                        .map(r -> " — " + word("referrer", lang) + " "
                                + directory.actor(r).map(Actor::name).orElse(r.value()))
                        .orElse(""));
        if (advice.isEmpty()) {
            out.println(word("none", lang));
            return;
        }
        int n = 1;
        for (Suggestion s : advice.suggestions()) {
            out.println();
            out.println(n++ + ". [" + Labels.of(s.urgency(), lang).toUpperCase(lang.locale()) + "] " + s.label(lang)
                    + "  (" + s.ruleId() + ")");
            out.println("   " + word("situation", lang) + ": " + Labels.of(s.situationKind(), lang) + " — "
                    + word("measure", lang) + ": " + Labels.of(s.measure(), lang));
            s.deadline()
                    .ifPresent(d -> out.println("   " + word("deadline", lang) + ": " + d.on() + basis(d, lang)
                            + (d.isEvictionDate() ? ", " + word("eviction", lang) : "")
                            + (d.isOverdue() ? " — " + word("overdue", lang).toUpperCase(lang.locale()) : "")));
            if (s.unresolved()) {
                out.println("   " + word("to", lang) + ": " + word("unresolved", lang) + " " + s.commune()
                        + (s.referrerIsCandidate() ? " (" + word("self", lang) + ")" : ""));
            } else {
                List<TargetActor> targets = s.targets();
                out.println("   " + word("to", lang) + ": " + target(targets.get(0), lang));
                for (int i = 1; i < Math.min(3, targets.size()); i++) {
                    out.println("       " + word("also", lang) + ": " + target(targets.get(i), lang));
                }
                if (targets.size() > 3) {
                    out.println("       … +" + (targets.size() - 3));
                }
            }
            if (!s.conditions().isEmpty()) {
                out.println("   " + word("because", lang) + ": "
                        + s.conditions().stream().map(HeldCondition::text).collect(Collectors.joining("; ")));
            }
            switch (s.consent()) {
                case MISSING -> out.println("   " + word("consent", lang) + ": " + word("missing", lang));
                case GIVEN -> out.println("   " + word("consent", lang) + ": " + word("given", lang));
                default -> {}
            }
            out.println("   " + word("law", lang) + ": "
                    + s.references().stream().map(LegalReference::citation).collect(Collectors.joining("; ")));
        }
    }

    private static String target(TargetActor t, Language lang) {
        return t.actor().name() + " (" + t.actor().id() + ")"
                + (t.reasons().isEmpty()
                        ? ""
                        : " — "
                                + t.reasons().stream()
                                        .map((FitReason r) -> Labels.of(r, lang))
                                        .collect(Collectors.joining(", ")));
    }

    private static String basis(DueDate d, Language lang) {
        DeadlineRule b = d.basis();
        String from = d.countedFrom().map(f -> " ← " + f).orElse("");
        return switch (b.form()) {
            case MILESTONE ->
                " (" + b.milestone().orElseThrow() + " " + signed(b) + " " + word(unit(b), lang) + from + ")";
            case AFTER_AS_OF -> " (+" + b.daysParameter().orElse(String.valueOf(b.days())) + from + ")";
            case CALENDAR -> " (" + b.calendar().orElseThrow() + from + ")";
        };
    }

    /** The word for the deadline's days: singular for one day before or after, plural otherwise. */
    private static String unit(DeadlineRule b) {
        boolean one = b.daysParameter().isEmpty() && Math.abs(b.days()) == 1;
        return b.workingDays() ? (one ? "workingDay" : "workingDays") : (one ? "day" : "days");
    }

    private static String signed(DeadlineRule b) {
        if (b.daysParameter().isPresent()) {
            return b.daysParameter().get();
        }
        return (b.days() >= 0 ? "+" : "") + b.days();
    }

    private static String word(String key, Language lang) {
        return WORDS.get(key)[lang.ordinal()];
    }

    private static String resource(String name) {
        try (InputStream in = AdviseCommand.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed command-line options. */
    private static final class Options {
        private String file;
        private Language language = Language.FR;
        private LocalDate on;
        private String referrer;
        private String rulebook;
        private String directory;
        private boolean json;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--lang" -> o.language = Cli.language(value(args, ++i, a));
                    case "--on" -> o.on = Cli.day(value(args, ++i, a));
                    case "--referrer" -> o.referrer = value(args, ++i, a);
                    case "--rulebook" -> o.rulebook = value(args, ++i, a);
                    case "--directory" -> o.directory = value(args, ++i, a);
                    case "--json" -> o.json = true;
                    default -> {
                        if (a.startsWith("--") || o.file != null) {
                            throw new IllegalArgumentException("unexpected argument " + a);
                        }
                        o.file = a;
                    }
                }
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
