package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryTest {
    private static final NisCode AYWAILLE = NisCode.parse("62009");
    private static final NisCode COMBLAIN = NisCode.parse("62026");
    private static final NisCode ESNEUX = NisCode.parse("62032");
    private static final NisCode SPRIMONT = NisCode.parse("62100");
    private static final Territory OURTHE_AMBLEVE =
            Territory.of("Ourthe-Amblève", SPRIMONT, AYWAILLE, ESNEUX, COMBLAIN);

    @Test
    void keepsCommunesSortedAndAnswersMembership() {
        assertThat(OURTHE_AMBLEVE.communes()).containsExactly(AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT);
        assertThat(OURTHE_AMBLEVE.contains(ESNEUX)).isTrue();
        assertThat(OURTHE_AMBLEVE.contains(NisCode.parse("62063"))).isFalse();
        assertThat(Territory.of("Ourthe-Amblève", List.of(AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT, AYWAILLE)))
                .isEqualTo(OURTHE_AMBLEVE);
    }

    @Test
    void aCommuneTerritoryIsNamedByItsCode() {
        assertThat(Territory.ofCommune(ESNEUX).name()).isEqualTo("62032");
        assertThat(Territory.ofCommune(ESNEUX).communes()).containsExactly(ESNEUX);
    }

    @Test
    void rejectsABlankNameNamingTheField() {
        assertThatThrownBy(() -> Territory.of(" ", AYWAILLE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("territory: name: must not be blank, was \" \"");
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> Territory.of("Nowhere", List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("territory Nowhere: communes: must not be empty");
    }

    @Test
    void rejectsCodesOfLargerAreas() {
        assertThatThrownBy(() -> Territory.of("Liège", NisCode.parse("62000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("territory Liège: communes: must list communes, not provinces, arrondissements or"
                        + " regions, was 62000");
        assertThatThrownBy(() -> Territory.of("Walloon Brabant", NisCode.parse("20002")))
                .hasMessageEndingWith("was 20002");
    }

    @Test
    void jsonShape() {
        String json = AccompanimentJson.write(OURTHE_AMBLEVE);
        assertThat(json)
                .isEqualTo("{\"name\":\"Ourthe-Amblève\",\"communes\":[\"62009\",\"62026\",\"62032\",\"62100\"]}");
        assertThat(AccompanimentJson.read(json, Territory.class)).isEqualTo(OURTHE_AMBLEVE);
        assertThatThrownBy(() -> AccompanimentJson.read("{\"name\":\"x\",\"communes\":[\"6200\"]}", Territory.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$.communes")
                .hasMessageContaining("must be 5 digits, was \"6200\"");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(OURTHE_AMBLEVE, Territory.of("Ourthe-Amblève", AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT))
                .addEqualityGroup(Territory.of("Ourthe", AYWAILLE, COMBLAIN, ESNEUX, SPRIMONT))
                .addEqualityGroup(Territory.of("Ourthe-Amblève", AYWAILLE, COMBLAIN, ESNEUX))
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester = new NullPointerTester().setDefault(NisCode.class, AYWAILLE);
        tester.testAllPublicStaticMethods(Territory.class);
        tester.testAllPublicInstanceMethods(OURTHE_AMBLEVE);
        tester.testAllPublicInstanceMethods(Territory.builder());
    }
}
