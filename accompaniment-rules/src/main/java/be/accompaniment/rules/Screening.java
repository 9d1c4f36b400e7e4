package be.accompaniment.rules;

import be.accompaniment.household.HouseholdId;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Which rules fire for one household on a date, without the suggestions they would give: no targets, deadlines or
 * explanations. A screening of a population — how many households does the ADeL rule reach? who needs a first contact
 * this week? — at the cost of evaluating the conditions only. {@link PasserelleAdvisor#advise} gives the same rules,
 * with their suggestions.
 *
 * <p>Immutable and thread-safe.
 */
public final class Screening {
    private static final long[] NONE = new long[0];

    private final HouseholdId household;
    private final LocalDate asOf;
    private final CompiledBook book;
    // one bit per rule of the book, by the rules' order (id, then first day)
    private final long[] fired;

    Screening(HouseholdId household, LocalDate asOf, CompiledBook book, long[] fired) {
        this.household = household;
        this.asOf = asOf;
        this.book = book;
        this.fired = fired;
    }

    static Screening none(HouseholdId household, LocalDate asOf, CompiledBook book) {
        return new Screening(household, asOf, book, NONE);
    }

    /** The household screened. */
    public HouseholdId household() {
        return household;
    }

    /** The as-of date: the law and the facts are read as of that day. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The id of the rulebook applied, if the advisor has one for the household's region. */
    public Optional<String> rulebookId() {
        return book == null ? Optional.empty() : Optional.of(book.book.id());
    }

    /** The rules that fire, by id: each rule once, however many of the household's situations it fires for. */
    public ImmutableList<Rule> rules() {
        ImmutableList.Builder<Rule> rules = ImmutableList.builderWithExpectedSize(count());
        forEachFired(i -> rules.add(book.ordered[i]));
        return rules.build();
    }

    /** The ids of the rules that fire, in alphabetical order. */
    public ImmutableList<String> ruleIds() {
        ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(count());
        forEachFired(i -> ids.add(book.ordered[i].id()));
        return ids.build();
    }

    /**
     * Whether a rule fires.
     *
     * @param ruleId a rule id, not null
     * @return whether the rule of that id fires; false for an id the rulebook does not have
     */
    public boolean fires(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return ruleIds().contains(ruleId);
    }

    /** The number of rules that fire. */
    public int count() {
        int n = 0;
        for (long word : fired) {
            n += Long.bitCount(word);
        }
        return n;
    }

    /** Whether no rule fires. */
    public boolean isEmpty() {
        return count() == 0;
    }

    private void forEachFired(IntConsumer action) {
        for (int w = 0; w < fired.length; w++) {
            long word = fired[w];
            while (word != 0) {
                action.accept(w * Long.SIZE + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    /** Equal when for the same household, date and rulebook with the same rules firing. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Screening s
                && household.equals(s.household)
                && asOf.equals(s.asOf)
                && rulebookId().equals(s.rulebookId())
                && ruleIds().equals(s.ruleIds());
    }

    @Override
    public int hashCode() {
        return Objects.hash(household, asOf, rulebookId(), ruleIds());
    }

    /** Household id, date and rule ids; never personal data. */
    @Override
    public String toString() {
        return "Screening{" + household + " on " + asOf + ", " + ruleIds() + "}";
    }

    static long[] bits(int rules) {
        return rules == 0 ? NONE : new long[(rules + Long.SIZE - 1) / Long.SIZE];
    }
}
