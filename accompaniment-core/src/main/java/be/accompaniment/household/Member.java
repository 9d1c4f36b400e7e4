package be.accompaniment.household;

import be.accompaniment.internal.Checks;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person living in a household: role, birth year, schooling and recognised disability — what rules need — and, for
 * the embedding software's screens only, a display name and a national register number.
 *
 * <p>Only the birth year is kept: an age is the age reached during a calendar year, {@link #ageIn(int)}. The display
 * name and the number never appear in {@link #toString()} nor in exception messages. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public abstract class Member {
    /** Earliest birth year accepted. */
    public static final int MIN_BIRTH_YEAR = 1900;
    /** Latest birth year accepted. */
    public static final int MAX_BIRTH_YEAR = 2100;
    /** Longest display name accepted, in characters. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    Member() {}

    /**
     * A member with no schooling, no recognised disability, no name and no number.
     *
     * @param role the role in the household, not null
     * @param birthYear the year of birth, {@value #MIN_BIRTH_YEAR} to {@value #MAX_BIRTH_YEAR}
     * @return the member
     */
    public static Member of(MemberRole role, int birthYear) {
        return builder().role(role).birthYear(birthYear).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The role in the household. */
    public abstract MemberRole role();

    /** The year of birth, {@value #MIN_BIRTH_YEAR} to {@value #MAX_BIRTH_YEAR}. */
    public abstract int birthYear();

    /** The school level attended; {@link Schooling#NONE} by default. */
    @Value.Default
    public Schooling schooling() {
        return Schooling.NONE;
    }

    /** Whether a disability is officially recognised (reconnaissance de handicap: SPF Sécurité sociale, AVIQ…). */
    @Value.Default
    public boolean disabilityRecognised() {
        return false;
    }

    /**
     * A name for the vendor's screens, 1 to {@value #MAX_DISPLAY_NAME_LENGTH} characters; personal data never printed
     * by the library.
     */
    public abstract Optional<String> displayName();

    /** The national register or BIS number, if the embedding software keeps it; never printed by the library. */
    public abstract Optional<Niss> niss();

    /**
     * The age reached during a calendar year: {@code year − birthYear}. With only the birth year known, this is the
     * age the member has on their birthday that year.
     *
     * @param year the calendar year
     * @return the age, negative if the member is born after that year
     */
    public int ageIn(int year) {
        return year - birthYear();
    }

    /**
     * The age reached during the year of a day, {@code ageIn(on.getYear())}.
     *
     * @param on the day, not null
     * @return the age
     */
    public int ageOn(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return ageIn(on.getYear());
    }

    @Value.Check
    final void check() {
        Checks.between(MIN_BIRTH_YEAR, MAX_BIRTH_YEAR, birthYear(), "birthYear", this::describe);
        displayName().ifPresent(n -> {
            // the name is personal data: the message describes it without quoting it
            Checks.that(!n.isBlank(), "displayName", this::describe, () -> "must not be blank (value withheld)");
            Checks.that(
                    n.length() <= MAX_DISPLAY_NAME_LENGTH,
                    "displayName",
                    this::describe,
                    () -> "must be at most " + MAX_DISPLAY_NAME_LENGTH + " characters, had " + n.length()
                            + " (value withheld)");
        });
    }

    private String describe() {
        return "member " + role();
    }

    /** Role, birth year, schooling and disability; never the name or the number. */
    @Override
    public String toString() {
        return "Member{role=" + role() + ", birthYear=" + birthYear() + ", schooling=" + schooling()
                + ", disabilityRecognised=" + disabilityRecognised() + "}";
    }

    /** Builds a {@link Member}. */
    public static final class Builder extends ImmutableMember.Builder {
        Builder() {}
    }
}
