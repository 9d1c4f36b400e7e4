package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PartnershipTest {
    static final PlatformId ATH = PlatformId.of("pf-ath");
    static final PlatformId OURTHE = PlatformId.of("pf-ourthe");

    @Test
    void defaultsToNothingShared() {
        Partnership p = Partnership.builder().build();
        assertThat(p.sharedPlatforms()).isEmpty();
        assertThat(p.passerellesExchanged()).isZero();
    }

    @Test
    void sharedPlatformsAreInIdOrder() {
        assertThat(Partnership.builder().addSharedPlatforms(OURTHE, ATH).build().sharedPlatforms())
                .containsExactly(ATH, OURTHE);
    }

    @Test
    void rejectsNegativePasserelles() {
        assertThatThrownBy(() -> Partnership.builder().passerellesExchanged(-1).build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("partnership: passerellesExchanged"))
                .hasMessageContaining("was -1");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(
                        Partnership.builder().build(), Partnership.builder().build())
                .addEqualityGroup(Partnership.builder().addSharedPlatforms(ATH).build())
                .addEqualityGroup(Partnership.builder().passerellesExchanged(2).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(PlatformId.class, ATH)
                .setDefault(Partnership.class, Partnership.builder().build());
        tester.testAllPublicStaticMethods(Partnership.class);
        tester.testAllPublicInstanceMethods(Partnership.builder());
    }
}
