package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.Homelessness;
import be.accompaniment.situation.Situation;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared test values and assertions of the household tests. */
final class Fixtures {
    static final LocalDate D = LocalDate.of(2024, 2, 1);
    static final NisCode LIEGE = NisCode.parse("62063");
    static final NisCode ANDERLECHT = NisCode.parse("21001");
    /** A synthetic national register number, the textbook example. */
    static final String NISS_1985 = "85073003328";
    /** A synthetic number of someone born on 2005-03-12. */
    static final String NISS_2005 = "05031212360";

    private Fixtures() {}

    /** A tester with defaults for the library's parameter types. */
    static NullPointerTester nullPointerTester() {
        return new NullPointerTester()
                .setDefault(LocalDate.class, D)
                .setDefault(NisCode.class, LIEGE)
                .setDefault(HouseholdId.class, HouseholdId.of("h-1"))
                .setDefault(ActorId.class, ActorId.of("cpas-liege"))
                .setDefault(Niss.class, Niss.parse(NISS_1985))
                .setDefault(Member.class, Member.of(MemberRole.REFERENCE_PERSON, 1980))
                .setDefault(Income.class, Income.of(IncomeSource.EMPLOYMENT, 1))
                .setDefault(Dwelling.class, Dwelling.builder().bedrooms(1).build())
                .setDefault(Situation.class, Homelessness.of(EthosCategory.E1_1, D))
                .setDefault(String.class, "x");
    }

    /** Asserts that building fails with an {@link InvalidInputException} at {@code where} with {@code problem}. */
    static void assertInvalid(ThrowingCallable build, String where, String problem) {
        assertThatThrownBy(build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(where + ": " + problem)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo(where));
    }
}
