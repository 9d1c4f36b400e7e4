package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SubCommissionTest {
    static final ActorId CPAS = ActorId.of("cpas-huy");
    static final ActorId PCS = ActorId.of("pcs-huy");

    static SubCommission.Builder habitat() {
        return SubCommission.builder()
                .name("Habitat permanent")
                .theme(Theme.PERMANENT_HABITAT)
                .addMembers(PCS, CPAS);
    }

    @Test
    void membersAreInIdOrder() {
        assertThat(habitat().build().members()).containsExactly(CPAS, PCS);
    }

    @Test
    void rejectsBlankName() {
        assertThatThrownBy(() -> habitat().name(" ").build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("sub-commission: name"))
                .hasMessageContaining("was \" \"");
    }

    @Test
    void rejectsASubCommissionWithoutMembers() {
        assertThatThrownBy(() -> SubCommission.builder()
                        .name("Jeunes")
                        .theme(Theme.YOUTH)
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("sub-commission Jeunes: members"))
                .hasMessageContaining("must not be empty");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(habitat().build(), habitat().build())
                .addEqualityGroup(habitat().name("HP").build())
                .addEqualityGroup(habitat().theme(Theme.SENIORS).build())
                .addEqualityGroup(habitat().addMembers(ActorId.of("slsp-huy")).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, CPAS)
                .setDefault(SubCommission.class, habitat().build());
        tester.testAllPublicStaticMethods(SubCommission.class);
        tester.testAllPublicInstanceMethods(SubCommission.builder());
        tester.testAllPublicInstanceMethods(habitat().build());
    }
}
