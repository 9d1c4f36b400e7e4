package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.situation.SituationOutcome;
import be.accompaniment.situation.SituationStage;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition of a rule, from a closed, typed vocabulary: combinations ({@code all}, {@code any}, {@code not}) of
 * tests on the household, the situation the rule is indexed by, the referring actor and the as-of date. There is no
 * expression language: a rulebook can only combine these tests, never run code.
 *
 * <p>JSON: an object with exactly one key, the test's name, e.g. {@code {"daysUntil":{"milestone":"HEARING",
 * "min":0,"max":30}}} or {@code {"all":[{…},{…}]}}. Each implementation documents its key and value. Build in Java
 * with the static factories: {@code Condition.all(Condition.stageIn(EvictionStage.HEARING_SET),
 * Condition.daysUntil(Milestone.HEARING, Bounds.between(0, 30)))}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Condition
        permits Condition.All,
                Condition.Any,
                Condition.Not,
                Condition.HasSituation,
                Condition.StageIn,
                Condition.OutcomeIn,
                Condition.InstitutionIn,
                Condition.DaysUntil,
                Condition.DaysSince,
                Condition.MilestoneRecorded,
                Condition.TenureIn,
                Condition.Minors,
                Condition.MinorsAtSchool,
                Condition.MemberAge,
                Condition.IncomeCompared,
                Condition.RegionIn,
                Condition.EthosIn,
                Condition.ConsentGiven,
                Condition.ReferrerIn,
                Condition.FactHolds {

    /** The JSON key of this test, e.g. {@code "daysUntil"}. */
    String key();

    /** Every condition holds: {@code {"all":[…]}}, at least one. */
    static Condition all(Condition... conditions) {
        return new All(ImmutableList.copyOf(conditions));
    }

    /** At least one condition holds: {@code {"any":[…]}}, at least one. */
    static Condition any(Condition... conditions) {
        return new Any(ImmutableList.copyOf(conditions));
    }

    /** The condition does not hold: {@code {"not":{…}}}. */
    static Condition not(Condition condition) {
        return new Not(condition);
    }

    /** The household is in a situation of a kind: {@code {"situation":"INSALUBRITY"}}. */
    static Condition situation(SituationKind kind) {
        return new HasSituation(kind);
    }

    /** The stage of the rule's situation is one of these, all of the rule's kind. */
    static Condition stageIn(SituationStage... stages) {
        return new StageIn(ImmutableSet.copyOf(stages));
    }

    /** An insalubrity outcome or decision recorded is one of these. */
    static Condition outcomeIn(SituationOutcome... outcomes) {
        return new OutcomeIn(ImmutableSet.copyOf(outcomes));
    }

    /** The institution left is of one of these types. */
    static Condition institutionIn(InstitutionType... types) {
        return new InstitutionIn(ImmutableSet.copyOf(types));
    }

    /** The milestone of the rule's situation is recorded and lies within these days ahead of the as-of date. */
    static Condition daysUntil(Milestone milestone, Bounds days) {
        return new DaysUntil(milestone, days);
    }

    /** The milestone of the rule's situation is recorded and lies within these days before the as-of date. */
    static Condition daysSince(Milestone milestone, Bounds days) {
        return new DaysSince(milestone, days);
    }

    /** The milestone of the rule's situation is recorded. */
    static Condition recorded(Milestone milestone) {
        return new MilestoneRecorded(milestone, true);
    }

    /** The milestone of the rule's situation is not recorded. */
    static Condition unrecorded(Milestone milestone) {
        return new MilestoneRecorded(milestone, false);
    }

    /** The household's tenure is one of these. */
    static Condition tenureIn(Tenure... tenures) {
        return new TenureIn(ImmutableSet.copyOf(tenures));
    }

    /** The number of minors on the as-of date lies within bounds. */
    static Condition minors(Bounds count) {
        return new Minors(count);
    }

    /** The number of minors at school on the as-of date lies within bounds. */
    static Condition minorsAtSchool(Bounds count) {
        return new MinorsAtSchool(count);
    }

    /** Some member, of any role, has an age within bounds on the as-of date. */
    static Condition memberAge(Bounds age) {
        return new MemberAge(Optional.empty(), age);
    }

    /** Some member of a role has an age within bounds on the as-of date. */
    static Condition memberAge(MemberRole role, Bounds age) {
        return new MemberAge(Optional.of(role), age);
    }

    /** The household's income is at most the ceiling of an INCOME_CEILING parameter in force. */
    static Condition incomeAtMost(String parameter) {
        return new IncomeCompared(IncomeTest.AT_MOST, parameter);
    }

    /** The household's income is above the ceiling of an INCOME_CEILING parameter in force. */
    static Condition incomeAbove(String parameter) {
        return new IncomeCompared(IncomeTest.ABOVE, parameter);
    }

    /** The household's region is one of these. */
    static Condition regionIn(Region... regions) {
        return new RegionIn(ImmutableSet.copyOf(regions));
    }

    /** One of the household's situations is in one of these ETHOS categories ("9.1") or operational categories ("9"). */
    static Condition ethosIn(String... codes) {
        return new EthosIn(ImmutableSet.copyOf(codes));
    }

    /** The household has an active consent covering actors of a kind for a purpose. */
    static Condition consent(ActorKind kind, Purpose purpose) {
        return new ConsentGiven(kind, purpose);
    }

    /** The referring actor is of one of these kinds. */
    static Condition referrerIn(ActorKind... kinds) {
        return new ReferrerIn(ImmutableSet.copyOf(kinds));
    }

    /** A fact holds. */
    static Condition fact(Fact fact) {
        return new FactHolds(fact);
    }

    /** How an income is compared with a ceiling. */
    enum IncomeTest {
        /** The income is at most the ceiling: {@code {"income":{"atMost":"name"}}}. */
        AT_MOST,
        /** The income is above the ceiling: {@code {"income":{"above":"name"}}}. */
        ABOVE
    }

    /**
     * Every condition holds. JSON {@code {"all":[…]}}.
     *
     * @param conditions at least one
     */
    record All(ImmutableList<Condition> conditions) implements Condition {
        /** Checks that there is at least one condition. */
        public All {
            conditions = nonEmpty(conditions, "all");
        }

        @Override
        public String key() {
            return "all";
        }
    }

    /**
     * At least one condition holds. JSON {@code {"any":[…]}}.
     *
     * @param conditions at least one
     */
    record Any(ImmutableList<Condition> conditions) implements Condition {
        /** Checks that there is at least one condition. */
        public Any {
            conditions = nonEmpty(conditions, "any");
        }

        @Override
        public String key() {
            return "any";
        }
    }

    /**
     * The condition does not hold. JSON {@code {"not":{…}}}.
     *
     * @param condition the negated condition
     */
    record Not(Condition condition) implements Condition {
        /** Checks the argument. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public String key() {
            return "not";
        }
    }

    /**
     * The household has a situation of a kind. JSON {@code {"situation":"EVICTION_THREAT"}}.
     *
     * @param kind the kind
     */
    record HasSituation(SituationKind kind) implements Condition {
        /** Checks the argument. */
        public HasSituation {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String key() {
            return "situation";
        }
    }

    /**
     * The stage of the rule's situation is in a set. JSON {@code {"stage":{"in":["HEARING_SET","JUDGMENT"]}}}.
     *
     * @param stages at least one, all of one situation kind
     */
    record StageIn(ImmutableSet<SituationStage> stages) implements Condition {
        /** Checks that the set is not empty and of one kind. */
        public StageIn {
            stages = nonEmpty(stages, "stage.in");
            SituationKind kind = stages.iterator().next().kind();
            for (SituationStage s : stages) {
                if (s.kind() != kind) {
                    throw new InvalidInputException(
                            "stage.in",
                            "must hold stages of one situation kind " + kind + ", was " + s.name() + " of " + s.kind());
                }
            }
        }

        /** The situation kind of the stages. */
        public SituationKind kind() {
            return stages.iterator().next().kind();
        }

        @Override
        public String key() {
            return "stage";
        }
    }

    /**
     * An insalubrity outcome or decision recorded is in a set. JSON {@code {"outcome":{"in":["NON_AMELIORABLE"]}}}.
     *
     * @param outcomes at least one
     */
    record OutcomeIn(ImmutableSet<SituationOutcome> outcomes) implements Condition {
        /** Checks that the set is not empty. */
        public OutcomeIn {
            outcomes = nonEmpty(outcomes, "outcome.in");
        }

        @Override
        public String key() {
            return "outcome";
        }
    }

    /**
     * The institution left is of a type in a set. JSON {@code {"institution":{"in":["PRISON"]}}}.
     *
     * @param types at least one
     */
    record InstitutionIn(ImmutableSet<InstitutionType> types) implements Condition {
        /** Checks that the set is not empty. */
        public InstitutionIn {
            types = nonEmpty(types, "institution.in");
        }

        @Override
        public String key() {
            return "institution";
        }
    }

    /**
     * The milestone of the rule's situation is recorded and the days from the as-of date to it are within bounds.
     * JSON {@code {"daysUntil":{"milestone":"HEARING","min":0,"max":30}}}, min and max optional.
     *
     * @param milestone the milestone
     * @param days the bounds, inclusive
     */
    record DaysUntil(Milestone milestone, Bounds days) implements Condition {
        /** Checks the arguments. */
        public DaysUntil {
            Objects.requireNonNull(milestone, "milestone");
            Objects.requireNonNull(days, "days");
        }

        @Override
        public String key() {
            return "daysUntil";
        }
    }

    /**
     * The milestone of the rule's situation is recorded and the days from it to the as-of date are within bounds.
     * JSON {@code {"daysSince":{"milestone":"DECREE","min":0}}}, min and max optional.
     *
     * @param milestone the milestone
     * @param days the bounds, inclusive
     */
    record DaysSince(Milestone milestone, Bounds days) implements Condition {
        /** Checks the arguments. */
        public DaysSince {
            Objects.requireNonNull(milestone, "milestone");
            Objects.requireNonNull(days, "days");
        }

        @Override
        public String key() {
            return "daysSince";
        }
    }

    /**
     * Whether the milestone of the rule's situation is recorded. JSON {@code {"milestone":{"set":"JUDGMENT"}}} or
     * {@code {"milestone":{"unset":"JUDGMENT"}}}.
     *
     * @param milestone the milestone
     * @param recorded true for "set", false for "unset"
     */
    record MilestoneRecorded(Milestone milestone, boolean recorded) implements Condition {
        /** Checks the argument. */
        public MilestoneRecorded {
            Objects.requireNonNull(milestone, "milestone");
        }

        @Override
        public String key() {
            return "milestone";
        }
    }

    /**
     * The household's tenure is in a set. JSON {@code {"tenure":{"in":["PRIVATE_TENANT"]}}}.
     *
     * @param tenures at least one
     */
    record TenureIn(ImmutableSet<Tenure> tenures) implements Condition {
        /** Checks that the set is not empty. */
        public TenureIn {
            tenures = nonEmpty(tenures, "tenure.in");
        }

        @Override
        public String key() {
            return "tenure";
        }
    }

    /**
     * The number of members under 18 on the as-of date is within bounds. JSON {@code {"minors":{"min":1}}}.
     *
     * @param count the bounds
     */
    record Minors(Bounds count) implements Condition {
        /** Checks the argument. */
        public Minors {
            Objects.requireNonNull(count, "count");
        }

        @Override
        public String key() {
            return "minors";
        }
    }

    /**
     * The number of minors attending a school on the as-of date is within bounds. JSON
     * {@code {"minorsAtSchool":{"min":1}}}.
     *
     * @param count the bounds
     */
    record MinorsAtSchool(Bounds count) implements Condition {
        /** Checks the argument. */
        public MinorsAtSchool {
            Objects.requireNonNull(count, "count");
        }

        @Override
        public String key() {
            return "minorsAtSchool";
        }
    }

    /**
     * Some member (of a role, if given) reaches an age within bounds in the year of the as-of date. JSON
     * {@code {"memberAge":{"role":"CHILD","min":17,"max":18}}}, role optional.
     *
     * @param role the role, or empty for any member
     * @param age the bounds
     */
    record MemberAge(Optional<MemberRole> role, Bounds age) implements Condition {
        /** Checks the arguments. */
        public MemberAge {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(age, "age");
        }

        @Override
        public String key() {
            return "memberAge";
        }
    }

    /**
     * The household's income compared with an INCOME_CEILING parameter in force on the as-of date, for its
     * composition (single or couple, plus its minors as dependants). JSON {@code {"income":{"atMost":"name"}}} or
     * {@code {"income":{"above":"name"}}}.
     *
     * @param test at most or above
     * @param parameter the name of the parameter, not blank
     */
    record IncomeCompared(IncomeTest test, String parameter) implements Condition {
        /** Checks the arguments. */
        public IncomeCompared {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(parameter, "parameter");
            if (parameter.isBlank()) {
                throw new InvalidInputException("income", "the parameter name must not be blank");
            }
        }

        @Override
        public String key() {
            return "income";
        }
    }

    /**
     * The household's region is in a set. JSON {@code {"region":{"in":["WALLONIA"]}}}.
     *
     * @param regions at least one
     */
    record RegionIn(ImmutableSet<Region> regions) implements Condition {
        /** Checks that the set is not empty. */
        public RegionIn {
            regions = nonEmpty(regions, "region.in");
        }

        @Override
        public String key() {
            return "region";
        }
    }

    /**
     * One of the household's situations is in an ETHOS category of a set: a sub-code such as {@code "9.1"} or a whole
     * operational category such as {@code "9"}. JSON {@code {"ethos":{"in":["9.1","12"]}}}.
     *
     * @param codes at least one, each an ETHOS code or an operational category 1 to 13
     */
    record EthosIn(ImmutableSet<String> codes) implements Condition {
        /** Checks that the set is not empty and every code is known. */
        public EthosIn {
            codes = nonEmpty(codes, "ethos.in");
            for (String code : codes) {
                if (categories(code).isEmpty()) {
                    throw new InvalidInputException(
                            "ethos.in",
                            "unknown ETHOS code \"" + code + "\"; expected a category such as 9.1 or 1 to 13");
                }
            }
        }

        /** The ETHOS categories the codes name. */
        public ImmutableSet<EthosCategory> categories() {
            ImmutableSet.Builder<EthosCategory> b = ImmutableSet.builder();
            for (String code : codes) {
                b.addAll(categories(code));
            }
            return b.build();
        }

        private static ImmutableSet<EthosCategory> categories(String code) {
            return Arrays.stream(EthosCategory.values())
                    .filter(c -> c.code().equals(code)
                            || String.valueOf(c.operationalCategory()).equals(code))
                    .collect(ImmutableSet.toImmutableSet());
        }

        @Override
        public String key() {
            return "ethos";
        }
    }

    /**
     * The household has a consent, active on the as-of date, covering every actor of a kind for a purpose. JSON
     * {@code {"consent":{"actorKind":"AIS","purpose":"CANDIDATE_FILE_SHARING"}}}.
     *
     * @param actorKind the kind of recipient
     * @param purpose the purpose
     */
    record ConsentGiven(ActorKind actorKind, Purpose purpose) implements Condition {
        /** Checks the arguments. */
        public ConsentGiven {
            Objects.requireNonNull(actorKind, "actorKind");
            Objects.requireNonNull(purpose, "purpose");
        }

        @Override
        public String key() {
            return "consent";
        }
    }

    /**
     * The referring actor's kind is in a set; false when the advice has no referrer. JSON
     * {@code {"referrer":{"in":["CPAS"]}}}.
     *
     * @param kinds at least one
     */
    record ReferrerIn(ImmutableSet<ActorKind> kinds) implements Condition {
        /** Checks that the set is not empty. */
        public ReferrerIn {
            kinds = nonEmpty(kinds, "referrer.in");
        }

        @Override
        public String key() {
            return "referrer";
        }
    }

    /**
     * A {@link Fact} holds. JSON {@code {"fact":"SOCIAL_HOUSING"}}.
     *
     * @param fact the fact
     */
    record FactHolds(Fact fact) implements Condition {
        /** Checks the argument. */
        public FactHolds {
            Objects.requireNonNull(fact, "fact");
        }

        @Override
        public String key() {
            return "fact";
        }
    }

    private static <T> ImmutableList<T> nonEmpty(Collection<T> values, String where) {
        ImmutableList<T> copy = ImmutableList.copyOf(Objects.requireNonNull(values, where));
        if (copy.isEmpty()) {
            throw new InvalidInputException(where, "must hold at least one element");
        }
        return copy;
    }

    private static <T> ImmutableSet<T> nonEmpty(ImmutableSet<T> values, String where) {
        ImmutableSet<T> copy = ImmutableSet.copyOf(Objects.requireNonNull(values, where));
        if (copy.isEmpty()) {
            throw new InvalidInputException(where, "must hold at least one element");
        }
        return copy;
    }
}
