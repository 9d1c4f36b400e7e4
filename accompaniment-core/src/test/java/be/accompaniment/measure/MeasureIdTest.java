package be.accompaniment.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class MeasureIdTest {
    @Test
    void keepsItsValue() {
        assertThat(MeasureId.of("m-2024.017:a_b").value()).isEqualTo("m-2024.017:a_b");
        assertThat(MeasureId.of("m-1")).hasToString("m-1");
    }

    @Test
    void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
        assertThat(MeasureId.of("m".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> MeasureId.of("m".repeat(65)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("measure id");
    }

    @Test
    void rejectsBadFormQuotingTheValue() {
        assertThatThrownBy(() -> MeasureId.of("-m 1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("measure id: must be 1-64 letters, digits or - _ . : starting with a letter or digit,"
                        + " was \"-m 1\"")
                .extracting(e -> ((InvalidInputException) e).where())
                .isEqualTo("measure id");
        assertThatThrownBy(() -> MeasureId.of("")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ordersByValue() {
        assertThat(MeasureId.of("m-1")).isLessThan(MeasureId.of("m-2"));
    }

    @Test
    void equalsByValue() {
        new EqualsTester()
                .addEqualityGroup(MeasureId.of("m-1"), MeasureId.of("m-1"))
                .addEqualityGroup(MeasureId.of("m-2"))
                .testEquals();
    }

    @Test
    void refusesNulls() {
        new NullPointerTester().testAllPublicStaticMethods(MeasureId.class);
        new NullPointerTester().testAllPublicInstanceMethods(MeasureId.of("m-1"));
    }

    @Test
    void isAJsonString() {
        assertThat(AccompanimentJson.write(MeasureId.of("m-1"))).isEqualTo("\"m-1\"");
        assertThat(AccompanimentJson.read("\"m-1\"", MeasureId.class)).isEqualTo(MeasureId.of("m-1"));
        assertThatThrownBy(() -> AccompanimentJson.read("\"m 1\"", MeasureId.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("measure id");
    }
}
