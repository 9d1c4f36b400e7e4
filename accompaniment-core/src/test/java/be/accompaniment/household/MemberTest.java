package be.accompaniment.household;

import static be.accompaniment.household.Fixtures.D;
import static be.accompaniment.household.Fixtures.NISS_1985;
import static be.accompaniment.household.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MemberTest {
    private static Member.Builder named() {
        return Member.builder()
                .role(MemberRole.REFERENCE_PERSON)
                .birthYear(1985)
                .displayName("Zelkatu Vorix")
                .niss(Niss.parse(NISS_1985));
    }

    @Test
    void hasNoSchoolingDisabilityNameOrNumberByDefault() {
        Member m = Member.of(MemberRole.CHILD, 2015);
        assertThat(m.schooling()).isEqualTo(Schooling.NONE);
        assertThat(m.disabilityRecognised()).isFalse();
        assertThat(m.displayName()).isEmpty();
        assertThat(m.niss()).isEmpty();
    }

    @Test
    void reachesAnAgeDuringACalendarYear() {
        Member m = Member.of(MemberRole.CHILD, 2006);
        assertThat(m.ageIn(2024)).isEqualTo(18);
        assertThat(m.ageOn(D)).isEqualTo(18);
        assertThat(m.ageIn(2005)).isEqualTo(-1);
    }

    @Test
    void rejectsImplausibleBirthYears() {
        assertInvalid(
                () -> Member.of(MemberRole.CHILD, 1899),
                "member CHILD: birthYear",
                "must be between 1900 and 2100, was 1899");
        assertInvalid(
                () -> Member.of(MemberRole.CHILD, 2101),
                "member CHILD: birthYear",
                "must be between 1900 and 2100, was 2101");
    }

    @Test
    void rejectsABlankNameWithoutQuotingIt() {
        assertInvalid(
                () -> named().displayName("  ").build(),
                "member REFERENCE_PERSON: displayName",
                "must not be blank (value withheld)");
    }

    @Test
    void acceptsANameOfTheLongestLengthAllowed() {
        String name = "Quen".repeat(50);
        assertThat(named().displayName(name).build().displayName()).contains(name);
    }

    @Test
    void rejectsATooLongNameWithoutQuotingIt() {
        String name = "Quen".repeat(51);
        assertInvalid(
                () -> named().displayName(name).build(),
                "member REFERENCE_PERSON: displayName",
                "must be at most 200 characters, had 204 (value withheld)");
    }

    @Test
    void neverPrintsTheNameOrTheNumber() {
        assertThat(named().schooling(Schooling.ADULT_TRAINING).build())
                .hasToString("Member{role=REFERENCE_PERSON, birthYear=1985, schooling=ADULT_TRAINING,"
                        + " disabilityRecognised=false}");
    }

    @Test
    void writesNameAndNumberInJsonForTheVendor() {
        String json = AccompanimentJson.write(named().build());
        assertThat(json)
                .isEqualTo("{\"role\":\"REFERENCE_PERSON\",\"birthYear\":1985,\"schooling\":\"NONE\","
                        + "\"disabilityRecognised\":false,\"displayName\":\"Zelkatu Vorix\",\"niss\":\"85073003328\"}");
        assertThat(AccompanimentJson.read(json, Member.class)).isEqualTo(named().build());
        assertThat(AccompanimentJson.write(Member.of(MemberRole.CHILD, 2015)))
                .isEqualTo(
                        "{\"role\":\"CHILD\",\"birthYear\":2015,\"schooling\":\"NONE\",\"disabilityRecognised\":false}");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(named().build(), named().build())
                .addEqualityGroup(Member.of(MemberRole.REFERENCE_PERSON, 1985))
                .addEqualityGroup(named().displayName("Other Name").build())
                .addEqualityGroup(named().schooling(Schooling.HIGHER).build())
                .addEqualityGroup(named().disabilityRecognised(true).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Member.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Member.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(named().build());
    }
}
