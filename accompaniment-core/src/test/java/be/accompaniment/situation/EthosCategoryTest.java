package be.accompaniment.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EthosCategoryTest {
    @Test
    void coversTheThirteenOperationalCategoriesWithTheirSubCodes() {
        assertThat(Arrays.stream(EthosCategory.values()).map(EthosCategory::code))
                .containsExactly(
                        "1.1", "2.1", "3.1", "3.2", "3.3", "4.1", "5.1", "5.2", "6.1", "6.2", "6.3", "7.1", "7.2",
                        "8.1", "8.2", "8.3", "9.1", "9.2", "10.1", "11.1", "11.2", "11.3", "12.1", "13.1");
        assertThat(Arrays.stream(EthosCategory.values())
                        .map(EthosCategory::operationalCategory)
                        .distinct())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @ParameterizedTest
    @EnumSource(EthosCategory.class)
    void parsesItsOwnCode(EthosCategory category) {
        assertThat(EthosCategory.parse(category.code())).isEqualTo(category);
        assertThat(category.name()).isEqualTo("E" + category.code().replace('.', '_'));
    }

    @Test
    void rejectsAnUnknownCode() {
        assertThatThrownBy(() -> EthosCategory.parse("14.1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("ETHOS category: unknown code \"14.1\"; expected one of 1.1, 2.1, 3.1 … 13.1");
    }

    @ParameterizedTest
    @EnumSource(EthosCategory.class)
    void belongsToTheConceptualCategoryOfItsOperationalCategory(EthosCategory category) {
        int op = category.operationalCategory();
        EthosConceptualCategory expected = op <= 2
                ? EthosConceptualCategory.ROOFLESS
                : op <= 7
                        ? EthosConceptualCategory.HOUSELESS
                        : op <= 10 ? EthosConceptualCategory.INSECURE : EthosConceptualCategory.INADEQUATE;
        assertThat(category.conceptualCategory()).isEqualTo(expected);
    }

    @Test
    void mapsToEthosLightAsFeantsasTableDoes() {
        Map<EthosCategory, EthosLight> expected = new EnumMap<>(EthosCategory.class);
        expected.put(EthosCategory.E1_1, EthosLight.LIVING_ROUGH);
        expected.put(EthosCategory.E2_1, EthosLight.EMERGENCY_ACCOMMODATION);
        expected.put(EthosCategory.E3_1, EthosLight.HOMELESS_ACCOMMODATION);
        expected.put(EthosCategory.E3_2, EthosLight.HOMELESS_ACCOMMODATION);
        expected.put(EthosCategory.E3_3, EthosLight.HOMELESS_ACCOMMODATION);
        expected.put(EthosCategory.E4_1, EthosLight.HOMELESS_ACCOMMODATION);
        expected.put(EthosCategory.E6_1, EthosLight.INSTITUTION);
        expected.put(EthosCategory.E6_2, EthosLight.INSTITUTION);
        expected.put(EthosCategory.E8_1, EthosLight.FAMILY_OR_FRIENDS);
        expected.put(EthosCategory.E11_1, EthosLight.NON_CONVENTIONAL_DWELLING);
        expected.put(EthosCategory.E11_2, EthosLight.NON_CONVENTIONAL_DWELLING);
        expected.put(EthosCategory.E11_3, EthosLight.NON_CONVENTIONAL_DWELLING);
        for (EthosCategory c : EthosCategory.values()) {
            assertThat(c.light()).as(c.code()).isEqualTo(Optional.ofNullable(expected.get(c)));
        }
    }

    @Test
    void numbersEthosLightFromOneToSix() {
        assertThat(Arrays.stream(EthosLight.values()).map(EthosLight::number).collect(Collectors.toList()))
                .containsExactly(1, 2, 3, 4, 5, 6);
    }
}
