package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HouseholdIdTest {
    @ParameterizedTest
    @ValueSource(strings = {"h-1", "case:2024.17", "A", "0123456789"})
    void acceptsPseudonymousCaseIds(String id) {
        assertThat(HouseholdId.of(id).value()).isEqualTo(id);
        assertThat(HouseholdId.of(id)).hasToString(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "85.07.30-033.28"})
    void refusesNationalRegisterNumbersWithoutQuotingThem(String id) {
        assertThatThrownBy(() -> HouseholdId.of(id))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("household id: must be a pseudonymous case id, not a national register number"
                        + " (value withheld)");
    }

    @Test
    void refusesOtherForms() {
        assertThatThrownBy(() -> HouseholdId.of("-h"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("household id: must be 1-64 letters, digits or - _ . : starting with a letter or digit,"
                        + " was 2 characters long");
    }

    @Test
    void isAStringInJson() {
        assertThat(AccompanimentJson.write(HouseholdId.of("h-3"))).isEqualTo("\"h-3\"");
        assertThat(AccompanimentJson.read("\"h-3\"", HouseholdId.class)).isEqualTo(HouseholdId.of("h-3"));
    }

    @Test
    void equalsAndOrdersOnTheValue() {
        new EqualsTester()
                .addEqualityGroup(HouseholdId.of("h-1"), HouseholdId.of("h-1"))
                .addEqualityGroup(HouseholdId.of("h-2"))
                .testEquals();
        assertThat(HouseholdId.of("h-1")).isLessThan(HouseholdId.of("h-2"));
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicStaticMethods(HouseholdId.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(HouseholdId.of("h-1"));
    }
}
