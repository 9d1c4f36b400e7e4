package be.accompaniment.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PasserelleIdTest {
    @Test
    void keepsItsValue() {
        assertThat(PasserelleId.of("p-2024.017:a_b").value()).isEqualTo("p-2024.017:a_b");
        assertThat(PasserelleId.of("p-1")).hasToString("p-1");
    }

    @Test
    void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
        assertThat(PasserelleId.of("p".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> PasserelleId.of("p".repeat(65)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("passerelle id");
    }

    @Test
    void rejectsBadFormQuotingTheValue() {
        assertThatThrownBy(() -> PasserelleId.of("-p 1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("passerelle id: must be 1-64 letters, digits or - _ . : starting with a letter or digit,"
                        + " was \"-p 1\"")
                .extracting(e -> ((InvalidInputException) e).where())
                .isEqualTo("passerelle id");
        assertThatThrownBy(() -> PasserelleId.of("")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ordersByValue() {
        assertThat(PasserelleId.of("p-1")).isLessThan(PasserelleId.of("p-2"));
    }

    @Test
    void equalsByValue() {
        new EqualsTester()
                .addEqualityGroup(PasserelleId.of("p-1"), PasserelleId.of("p-1"))
                .addEqualityGroup(PasserelleId.of("p-2"))
                .testEquals();
    }

    @Test
    void refusesNulls() {
        new NullPointerTester().testAllPublicStaticMethods(PasserelleId.class);
        new NullPointerTester().testAllPublicInstanceMethods(PasserelleId.of("p-1"));
    }

    @Test
    void isAJsonString() {
        assertThat(AccompanimentJson.write(PasserelleId.of("p-1"))).isEqualTo("\"p-1\"");
        assertThat(AccompanimentJson.read("\"p-1\"", PasserelleId.class)).isEqualTo(PasserelleId.of("p-1"));
        assertThatThrownBy(() -> AccompanimentJson.read("\"p 1\"", PasserelleId.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("passerelle id");
    }
}
