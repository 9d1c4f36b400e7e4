package be.accompaniment.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ActorIdTest {
    @Test
    void keepsItsText() {
        assertThat(ActorId.of("cpas-esneux").value()).isEqualTo("cpas-esneux");
        assertThat(ActorId.of("hsds:3f2a_9.b")).hasToString("hsds:3f2a_9.b");
    }

    @Test
    void rejectsBadForms() {
        for (String bad : new String[] {"", ".cpas", "cpas esneux", "cpas/esneux", "x".repeat(65)}) {
            assertThatThrownBy(() -> ActorId.of(bad))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("actor id"))
                    .hasMessageContaining("was \"" + bad + "\"");
        }
    }

    @Test
    void ordersByText() {
        assertThat(ActorId.of("ais-ourthe")).isLessThan(ActorId.of("cpas-esneux"));
    }

    @Test
    void isAStringInJson() {
        assertThat(AccompanimentJson.write(ActorId.of("cpas-esneux"))).isEqualTo("\"cpas-esneux\"");
        assertThat(AccompanimentJson.read("\"cpas-esneux\"", ActorId.class)).isEqualTo(ActorId.of("cpas-esneux"));
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(ActorId.of("cpas-esneux"), ActorId.of("cpas-esneux"))
                .addEqualityGroup(ActorId.of("CPAS-esneux"))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        new NullPointerTester().testAllPublicStaticMethods(ActorId.class);
        new NullPointerTester().testAllPublicInstanceMethods(ActorId.of("cpas-esneux"));
    }
}
