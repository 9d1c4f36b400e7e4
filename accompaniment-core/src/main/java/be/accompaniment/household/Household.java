package be.accompaniment.household;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.internal.Checks;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A household (ménage) followed by a social worker: the people who live together, where, on what income, how they
 * hold their dwelling, which housing situations they face, and what they consent to share.
 *
 * <p>Identified by a pseudonymous {@link HouseholdId}. Members: at least one, exactly one
 * {@link MemberRole#REFERENCE_PERSON}, at most one {@link MemberRole#PARTNER}, no national register number twice.
 * Situations: at most one of each kind, except kinds that concern one member each
 * ({@link SituationKind#isPerMember()}: institution exit, family rupture), which may be several; the history of closed
 * situations belongs to the household's pathway, not here.
 *
 * <p>The helpers that rules use — {@link #adults(int)}, {@link #minors(int)}, {@link #childrenAtSchool()},
 * {@link #monthlyIncomeCents()}, {@link #situation(SituationKind)}, {@link #hasConsent} … — are computed, never
 * serialized. Ages are the age reached during a calendar year ({@link Member#ageIn(int)}). {@link #toString()} shows
 * the id, commune, member count and situation kinds, never a name or a national register number.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableHousehold.class)
@JsonDeserialize(as = ImmutableHousehold.class)
public abstract class Household {
    /** Age from which a member counts as an adult (majority, Civil Code). */
    public static final int AGE_OF_MAJORITY = 18;

    Household() {}

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The case identifier from the embedding software; never the national register number. */
    public abstract HouseholdId id();

    /** The commune of residence (a commune NIS code, not an aggregate). */
    public abstract NisCode commune();

    /** The members, at least one, among them exactly one reference person. */
    public abstract ImmutableList<Member> members();

    /** The household's monthly incomes, by source. */
    public abstract ImmutableList<Income> incomes();

    /** How the household occupies where it lives. */
    public abstract Tenure tenure();

    /** The dwelling, when the household has one. */
    public abstract Optional<Dwelling> dwelling();

    /** The consents the household gave to share its data. */
    public abstract ImmutableList<Consent> consents();

    /** The housing situations the household is in. */
    public abstract ImmutableList<Situation> situations();

    /** The region of the commune of residence. */
    @JsonIgnore
    public Region region() {
        return commune().region();
    }

    /** The reference person. */
    @JsonIgnore
    public Member referencePerson() {
        return members().stream()
                .filter(m -> m.role() == MemberRole.REFERENCE_PERSON)
                .findFirst()
                .orElseThrow();
    }

    /** Whether the reference person lives with a partner. */
    public boolean hasPartner() {
        return members().stream().anyMatch(m -> m.role() == MemberRole.PARTNER);
    }

    /**
     * The number of members who reach {@value #AGE_OF_MAJORITY} or more during a year.
     *
     * @param year the calendar year
     * @return the number of adults
     */
    public int adults(int year) {
        return (int)
                members().stream().filter(m -> m.ageIn(year) >= AGE_OF_MAJORITY).count();
    }

    /**
     * The number of members born by a year who are under {@value #AGE_OF_MAJORITY} during it.
     *
     * @param year the calendar year
     * @return the number of minors
     */
    public int minors(int year) {
        return (int) members().stream().filter(m -> isMinorIn(m, year)).count();
    }

    /** The number of members with the role {@link MemberRole#CHILD}, whatever their age. */
    public int children() {
        return (int)
                members().stream().filter(m -> m.role() == MemberRole.CHILD).count();
    }

    /** The number of members with the role {@link MemberRole#CHILD} who attend a school ({@link Schooling#isSchool()}). */
    public int childrenAtSchool() {
        return (int) members().stream()
                .filter(m -> m.role() == MemberRole.CHILD && m.schooling().isSchool())
                .count();
    }

    /**
     * The number of minors during a year, whatever their role, who attend a school ({@link Schooling#isSchool()}).
     *
     * @param year the calendar year
     * @return the number of minors at school
     */
    public int minorsAtSchool(int year) {
        return (int) members().stream()
                .filter(m -> isMinorIn(m, year) && m.schooling().isSchool())
                .count();
    }

    /** The number of members with a recognised disability. */
    public int disabledMembers() {
        return (int) members().stream().filter(Member::disabilityRecognised).count();
    }

    /** The household's total monthly income in euro cents. */
    public long monthlyIncomeCents() {
        return incomes().stream().mapToLong(Income::monthlyCents).sum();
    }

    /**
     * The age a member reaches during the year of a day ({@link Member#ageOn(LocalDate)}).
     *
     * @param member a member of this household, not null
     * @param on the day, not null
     * @return the age
     * @throws InvalidInputException if the member is not one of this household's
     */
    public int ageOf(Member member, LocalDate on) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(on, "on");
        if (!members().contains(member)) {
            throw new InvalidInputException(
                    describe() + ": member", "is not a member of this household, was " + member);
        }
        return member.ageOn(on);
    }

    /**
     * Whether the household is in a situation of a kind.
     *
     * @param kind the kind, not null
     * @return whether a situation of that kind is recorded
     */
    public boolean hasSituation(SituationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return situations().stream().anyMatch(s -> s.kind() == kind);
    }

    /**
     * The situation of a kind; for kinds that may occur several times, the first recorded.
     *
     * @param kind the kind, not null
     * @return the situation, or empty
     */
    public Optional<Situation> situation(SituationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return situations().stream().filter(s -> s.kind() == kind).findFirst();
    }

    /**
     * All situations of a kind, in the order recorded.
     *
     * @param kind the kind, not null
     * @return the situations, possibly none
     */
    public ImmutableList<Situation> situations(SituationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return situations().stream().filter(s -> s.kind() == kind).collect(ImmutableList.toImmutableList());
    }

    /**
     * Whether one of the household's consents lets an actor receive its data for a purpose on a day
     * ({@link Consent#covers(ActorKind, ActorId, Purpose, LocalDate)}).
     *
     * @param kind the kind of the receiving actor, not null
     * @param actor the receiving actor, not null
     * @param purpose the purpose, not null
     * @param on the day, not null
     * @return whether a consent covers the sharing
     */
    public boolean hasConsent(ActorKind kind, ActorId actor, Purpose purpose, LocalDate on) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(on, "on");
        return consents().stream().anyMatch(c -> c.covers(kind, actor, purpose, on));
    }

    private static boolean isMinorIn(Member m, int year) {
        int age = m.ageIn(year);
        return age >= 0 && age < AGE_OF_MAJORITY;
    }

    @Value.Check
    final void check() {
        Checks.that(
                !commune().isAggregate() && commune().provinceDigit() != 0,
                "commune",
                this::describe,
                () -> "must be a commune, not an arrondissement or region, was " + commune());
        Checks.notEmpty(members(), "members", this::describe);
        Map<MemberRole, Integer> roles = new EnumMap<>(MemberRole.class);
        members().forEach(m -> roles.merge(m.role(), 1, Integer::sum));
        int references = roles.getOrDefault(MemberRole.REFERENCE_PERSON, 0);
        Checks.that(
                references == 1,
                "members",
                this::describe,
                () -> "must hold exactly one REFERENCE_PERSON, was " + references);
        int partners = roles.getOrDefault(MemberRole.PARTNER, 0);
        Checks.that(partners <= 1, "members", this::describe, () -> "must hold at most one PARTNER, was " + partners);
        Map<Niss, Integer> seen = new HashMap<>();
        for (int i = 0; i < members().size(); i++) {
            int index = i;
            Optional<Niss> niss = members().get(i).niss();
            if (niss.isPresent()) {
                Integer first = seen.putIfAbsent(niss.get(), index);
                Checks.that(
                        first == null,
                        "members[" + index + "].niss",
                        this::describe,
                        () -> "must differ from members[" + first + "].niss (value withheld)");
            }
        }
        Map<SituationKind, Integer> kinds = new EnumMap<>(SituationKind.class);
        for (int i = 0; i < situations().size(); i++) {
            int index = i;
            SituationKind kind = situations().get(i).kind();
            if (!kind.isPerMember()) {
                Integer first = kinds.putIfAbsent(kind, index);
                Checks.that(
                        first == null,
                        "situations[" + index + "]",
                        this::describe,
                        () -> "must be the only " + kind + " situation, another is situations[" + first + "]");
            }
        }
    }

    private String describe() {
        return "household " + id();
    }

    /** Id, commune, number of members and kinds of situation; never names or national register numbers. */
    @Override
    public String toString() {
        return "Household{id=" + id() + ", commune=" + commune() + ", members="
                + members().size() + ", situations="
                + situations().stream().map(s -> s.kind().toString()).collect(Collectors.joining(", ", "[", "]"))
                + "}";
    }

    /** Builds a {@link Household}. */
    public static final class Builder extends ImmutableHousehold.Builder {
        Builder() {}
    }
}
