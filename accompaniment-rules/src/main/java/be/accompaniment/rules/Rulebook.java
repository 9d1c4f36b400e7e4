package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.internal.Checks;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rulebook: the referral rules of one region as data — id, region, version, last review date, dated parameters
 * with their legal references, the region's legal calendar parameters, and the rules. A vendor copies a bundled
 * rulebook, edits it and loads it with {@link #parse(String)}; nothing is compiled and nothing in it can run code.
 *
 * <p>JSON (see the project's RULES-SPEC for every field):
 *
 * <pre>{@code
 * {"id":"wallonia","region":"WALLONIA","version":"2026.1","lastReviewedOn":"2026-11-20",
 *  "labels":{"fr":"…","nl":"…","de":"…","en":"…"},
 *  "calendar":{…CalendarParameters…},
 *  "parameters":{"adel-income-ceiling":{"name":"adel-income-ceiling","type":"INCOME_CEILING","values":[…]}},
 *  "rules":[{…Rule…}]}
 * }</pre>
 *
 * <p>Reading is strict: an unknown field or condition, an unknown enum constant, a stage or milestone foreign to the
 * rule's situation kind, a parameter that is undefined, of the wrong type or without a value in force when the rule
 * starts, two versions of a rule whose validity overlaps, a rule without a legal reference — each throws an {@link
 * InvalidInputException} whose {@link InvalidInputException#where()} is the JSON path (e.g. {@code
 * $.rules[3].when.all[1].stage.in[0]}) and whose message names the rule id. The same checks apply to a rulebook built
 * in Java, with the same paths.
 *
 * <p>Ids: a rule id may appear several times only with validity periods that do not overlap — successive versions of
 * one rule; otherwise a new version gets a new id.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
public abstract class Rulebook {
    Rulebook() {}

    /** A builder; {@code calendar}, {@code parameters} and {@code rules} are optional. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a rulebook from JSON text.
     *
     * @param json the document, not null
     * @return the rulebook
     * @throws InvalidInputException naming the JSON path and the rule id of the first problem found
     */
    public static Rulebook parse(String json) {
        return RulebookJson.read(json);
    }

    /**
     * Reads a rulebook from a UTF-8 JSON stream; the stream is not closed.
     *
     * @param json the stream, not null
     * @return the rulebook
     * @throws InvalidInputException naming the JSON path and the rule id of the first problem found
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Rulebook read(InputStream json) {
        return RulebookJson.read(json);
    }

    /**
     * The rulebook bundled with the library for a region, {@code rulebooks/<region>.json} beside this class
     * ({@code wallonia.json}, {@code brussels-capital.json}).
     *
     * @param region the region, not null
     * @return the rulebook, read at each call
     * @throws NoRuleInForceException if no rulebook is bundled for the region
     */
    public static Rulebook bundled(Region region) {
        Objects.requireNonNull(region, "region");
        String file = "rulebooks/" + region.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
        try (InputStream in = Rulebook.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new NoRuleInForceException("no bundled rulebook for " + region + " (" + file + ")");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Rulebook fromJson(JsonNode json) {
        return RulebookJson.read(json);
    }

    /** The rulebook's id, e.g. {@code "wallonia"}: lower-case letters, digits and hyphens. */
    public abstract String id();

    /** The region whose households the rulebook advises. */
    public abstract Region region();

    /** The rulebook's version, e.g. {@code "2026.1"}. */
    public abstract String version();

    /** The day its rules and values were last checked against their sources. */
    public abstract LocalDate lastReviewedOn();

    /** Its title in the four languages. */
    public abstract LocalizedText labels();

    /**
     * The region's legal-calendar parameters (winter moratorium, delays…); when absent, the advisor uses the
     * parameters bundled for the region, if any.
     */
    public abstract Optional<CalendarParameters> calendar();

    /** The dated parameters, by name. */
    public abstract ImmutableMap<String, Parameter> parameters();

    /** The rules, in the order written. */
    public abstract ImmutableList<Rule> rules();

    /**
     * The rules indexed by a situation kind, in the order written.
     *
     * @param kind the kind, not null
     * @return the rules, possibly none
     */
    public ImmutableList<Rule> rules(SituationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return rules().stream().filter(r -> r.situation() == kind).collect(ImmutableList.toImmutableList());
    }

    /**
     * The rule with an id in force on a day.
     *
     * @param id the rule id, not null
     * @param on the day, not null
     * @return the rule, or empty if none with that id is in force on the day
     */
    public Optional<Rule> rule(String id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return rules().stream()
                .filter(r -> r.id().equals(id) && r.isValidOn(on))
                .findFirst();
    }

    /** The rulebook as indented JSON, in the form {@link #parse(String)} reads. */
    public String toJson() {
        return AccompanimentJson.writePretty(json());
    }

    @JsonValue
    JsonNode json() {
        return RulebookJson.write(this);
    }

    @Value.Check
    final void check() {
        Checks.that(
                Rule.ID.matcher(id()).matches(),
                "id",
                () -> "rulebook",
                () -> "must be lower-case letters, digits and hyphens, was \"" + id() + "\"");
        Checks.notBlank(version(), "version", this::describe);
        calendar().ifPresent(c -> {
            if (c.region() != region()) {
                throw new InvalidInputException(
                        "$.calendar.region",
                        describe() + ": must be the rulebook's region " + region() + ", was " + c.region());
            }
        });
        for (Map.Entry<String, Parameter> e : parameters().entrySet()) {
            if (!e.getKey().equals(e.getValue().name())) {
                throw new InvalidInputException(
                        "$.parameters." + e.getKey() + ".name",
                        describe() + ": must be the parameter's key \"" + e.getKey() + "\", was \""
                                + e.getValue().name() + "\"");
            }
        }
        RulebookChecks.check(this);
    }

    private String describe() {
        return "rulebook " + id();
    }

    /** Id, version, region and number of rules. */
    @Override
    public String toString() {
        return "Rulebook{" + id() + " " + version() + ", " + region() + ", " + rules().size() + " rules}";
    }

    /** Builds a {@link Rulebook}. */
    public static final class Builder extends ImmutableRulebook.Builder {
        Builder() {}
    }
}
