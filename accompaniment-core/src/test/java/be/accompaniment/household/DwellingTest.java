package be.accompaniment.household;

import static be.accompaniment.household.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class DwellingTest {
    private static Dwelling.Builder flat() {
        return Dwelling.builder()
                .bedrooms(2)
                .surfaceSquareMetres(65)
                .monthlyRentCents(72_000)
                .leaseRegistered(true);
    }

    @Test
    void holdsSizeRentAndRegistration() {
        Dwelling d = flat().build();
        assertThat(d.bedrooms()).isEqualTo(2);
        assertThat(d.surfaceSquareMetres()).hasValue(65);
        assertThat(d.monthlyRentCents()).hasValue(72_000);
        assertThat(d.leaseRegistered()).isTrue();
        assertThat(Dwelling.builder().bedrooms(0).build().leaseRegistered()).isFalse();
    }

    @Test
    void rejectsNegativeOrEmptySizesAndRents() {
        assertInvalid(() -> flat().bedrooms(-1).build(), "dwelling: bedrooms", "must be >= 0, was -1");
        assertInvalid(
                () -> flat().surfaceSquareMetres(0).build(), "dwelling: surfaceSquareMetres", "must be >= 1, was 0");
        assertInvalid(() -> flat().monthlyRentCents(-1).build(), "dwelling: monthlyRentCents", "must be >= 0, was -1");
    }

    @Test
    void isWrittenWithoutAbsentValues() {
        assertThat(AccompanimentJson.write(flat().build()))
                .isEqualTo(
                        "{\"bedrooms\":2,\"surfaceSquareMetres\":65,\"monthlyRentCents\":72000,\"leaseRegistered\":true}");
        assertThat(AccompanimentJson.write(Dwelling.builder().bedrooms(1).build()))
                .isEqualTo("{\"bedrooms\":1,\"leaseRegistered\":false}");
        assertThat(AccompanimentJson.read("{\"bedrooms\":1}", Dwelling.class))
                .isEqualTo(Dwelling.builder().bedrooms(1).build());
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(flat().build(), flat().build())
                .addEqualityGroup(flat().bedrooms(3).build())
                .addEqualityGroup(Dwelling.builder().bedrooms(2).build())
                .addEqualityGroup(flat().leaseRegistered(false).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Dwelling.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Dwelling.class);
    }
}
