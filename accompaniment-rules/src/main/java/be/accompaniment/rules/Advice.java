package be.accompaniment.rules;

import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.i18n.Language;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The advice for one household on a date: its ranked suggestions — by urgency, then deadline (earliest first, none
 * last), then the fit of the best target actor, then rule id and template — and the rulebook that gave them. A
 * household without situation, or of a region the advisor has no rulebook for, gets an empty advice.
 *
 * <p>{@link #toJson(Language)} gives its JSON form. Immutable and thread-safe.
 */
public final class Advice {
    private final HouseholdId household;
    private final LocalDate asOf;
    private final ActorId referrer;
    private final Rulebook rulebook;
    private final ImmutableList<Suggestion> suggestions;

    Advice(HouseholdId household, LocalDate asOf, ActorId referrer, Rulebook rulebook, ImmutableList<Suggestion> s) {
        this.household = household;
        this.asOf = asOf;
        this.referrer = referrer;
        this.rulebook = rulebook;
        this.suggestions = s;
    }

    /** The household advised. */
    public HouseholdId household() {
        return household;
    }

    /** The as-of date: the law and the facts are read as of that day. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The referring actor, if the advice was asked with one. */
    public Optional<ActorId> referrer() {
        return Optional.ofNullable(referrer);
    }

    /** The id of the rulebook applied, if the advisor has one for the household's region. */
    public Optional<String> rulebookId() {
        return Optional.ofNullable(rulebook).map(Rulebook::id);
    }

    /** The version of the rulebook applied, if any. */
    public Optional<String> rulebookVersion() {
        return Optional.ofNullable(rulebook).map(Rulebook::version);
    }

    /** The suggestions, best first. */
    public ImmutableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** Whether there is no suggestion. */
    public boolean isEmpty() {
        return suggestions.isEmpty();
    }

    /**
     * The advice as indented JSON, with labels in a language: household, date, referrer, rulebook, and for each
     * suggestion its rule, label, situation, measure, urgency, deadline, targets with fit reasons, conditions that
     * held, references and consent.
     *
     * @param language the language of the labels, not null
     * @return the JSON text
     */
    public String toJson(Language language) {
        return AdviceJson.write(this, Objects.requireNonNull(language, "language"));
    }

    /** Equal when for the same household, date, referrer and rulebook with equal suggestions in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Advice a
                && household.equals(a.household)
                && asOf.equals(a.asOf)
                && Objects.equals(referrer, a.referrer)
                && Objects.equals(rulebookId(), a.rulebookId())
                && Objects.equals(rulebookVersion(), a.rulebookVersion())
                && suggestions.equals(a.suggestions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(household, asOf, referrer, suggestions);
    }

    /** Household id, date and suggestions; never personal data. */
    @Override
    public String toString() {
        return "Advice{" + household + " on " + asOf + ", " + suggestions + "}";
    }
}
