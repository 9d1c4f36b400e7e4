package be.accompaniment.household;

import static be.accompaniment.household.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class IncomeTest {
    @Test
    void isAMonthlyAmountInCentsFromOneSource() {
        Income i = Income.of(IncomeSource.REVENU_D_INTEGRATION, 126_300);
        assertThat(i.source()).isEqualTo(IncomeSource.REVENU_D_INTEGRATION);
        assertThat(i.monthlyCents()).isEqualTo(126_300);
        assertThat(Income.of(IncomeSource.OTHER, 0).monthlyCents()).isZero();
    }

    @Test
    void rejectsANegativeAmount() {
        assertInvalid(
                () -> Income.of(IncomeSource.EMPLOYMENT, -5),
                "income EMPLOYMENT: monthlyCents",
                "must be >= 0, was -5");
    }

    @Test
    void isWrittenAsSourceAndCents() {
        String json = AccompanimentJson.write(Income.of(IncomeSource.PENSION, 150_000));
        assertThat(json).isEqualTo("{\"source\":\"PENSION\",\"monthlyCents\":150000}");
        assertThat(AccompanimentJson.read(json, Income.class)).isEqualTo(Income.of(IncomeSource.PENSION, 150_000));
    }

    @Test
    void equalsOnSourceAndAmount() {
        new EqualsTester()
                .addEqualityGroup(Income.of(IncomeSource.PENSION, 1), Income.of(IncomeSource.PENSION, 1))
                .addEqualityGroup(Income.of(IncomeSource.PENSION, 2))
                .addEqualityGroup(Income.of(IncomeSource.GRAPA, 1))
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Income.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Income.class);
    }
}
