package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ResourcePersonTest {
    @Test
    void ofExpertiseAndKind() {
        ResourcePerson p = ResourcePerson.of("enquête de salubrité", ActorKind.SPW_LOGEMENT);
        assertThat(p.expertise()).isEqualTo("enquête de salubrité");
        assertThat(p.organisationKind()).contains(ActorKind.SPW_LOGEMENT);
        assertThat(p.organisation()).isEmpty();
    }

    @Test
    void rejectsBlankExpertise() {
        assertThatThrownBy(() -> ResourcePerson.of("  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("resource person: expertise"))
                .hasMessageContaining("was \"  \"");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(ResourcePerson.of("ADeL"), ResourcePerson.of("ADeL"))
                .addEqualityGroup(ResourcePerson.of("ADeL", ActorKind.SPW_LOGEMENT))
                .addEqualityGroup(ResourcePerson.builder()
                        .expertise("ADeL")
                        .organisation(ActorId.of("spw-logement"))
                        .build())
                .addEqualityGroup(ResourcePerson.of("habitat léger"))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, ActorId.of("flw"))
                .setDefault(ResourcePerson.class, ResourcePerson.of("ADeL"));
        tester.testAllPublicStaticMethods(ResourcePerson.class);
        tester.testAllPublicInstanceMethods(ResourcePerson.builder());
        tester.testAllPublicInstanceMethods(ResourcePerson.of("ADeL"));
    }
}
