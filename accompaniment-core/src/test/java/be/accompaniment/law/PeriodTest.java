package be.accompaniment.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static final LocalDate NOV_1 = LocalDate.of(2022, 11, 1);
    private static final LocalDate MAR_15 = LocalDate.of(2023, 3, 15);
    private static final Period SUSPENSION = Period.of(NOV_1, MAR_15);

    @Test
    void containsItsFirstAndLastDayOnly() {
        assertThat(SUSPENSION.contains(NOV_1.minusDays(1))).isFalse();
        assertThat(SUSPENSION.contains(NOV_1)).isTrue();
        assertThat(SUSPENSION.contains(MAR_15)).isTrue();
        assertThat(SUSPENSION.contains(MAR_15.plusDays(1))).isFalse();
        assertThat(Period.from(NOV_1).contains(LocalDate.of(9999, 1, 1))).isTrue();
        assertThat(Period.always().contains(LocalDate.of(1, 1, 1))).isTrue();
    }

    @Test
    void overlapsWhenSharingOneDay() {
        assertThat(SUSPENSION.overlaps(Period.of(MAR_15, MAR_15.plusDays(3)))).isTrue();
        assertThat(SUSPENSION.overlaps(Period.from(MAR_15.plusDays(1)))).isFalse();
        assertThat(Period.from(MAR_15.plusDays(1)).overlaps(SUSPENSION)).isFalse();
        assertThat(Period.from(NOV_1).overlaps(Period.from(MAR_15))).isTrue();
        assertThat(Period.of(NOV_1.minusDays(10), NOV_1.minusDays(1)).overlaps(SUSPENSION))
                .isFalse();
    }

    @Test
    void rejectsAnEndBeforeTheStartNamingBothDates() {
        assertThatThrownBy(() -> Period.of(MAR_15, NOV_1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("period: until: must not be before from 2023-03-15, was 2022-11-01");
    }

    @Test
    void ordersByStartThenEndWithOpenEndsLast() {
        assertThat(SUSPENSION.compareTo(Period.from(NOV_1))).isNegative();
        assertThat(Period.from(NOV_1).compareTo(SUSPENSION)).isPositive();
        assertThat(Period.from(NOV_1).compareTo(Period.from(NOV_1))).isZero();
        assertThat(SUSPENSION.compareTo(Period.of(NOV_1, NOV_1))).isPositive();
        assertThat(SUSPENSION.compareTo(Period.of(NOV_1.plusDays(1), NOV_1.plusDays(1))))
                .isNegative();
    }

    @Test
    void printsAsAnIsoInterval() {
        assertThat(SUSPENSION).hasToString("2022-11-01/2023-03-15");
        assertThat(Period.from(NOV_1)).hasToString("2022-11-01/..");
        assertThat(Period.from(NOV_1).isOpenEnded()).isTrue();
        assertThat(SUSPENSION.isOpenEnded()).isFalse();
    }

    @Test
    void jsonRoundTripAndBadJson() {
        assertThat(AccompanimentJson.read(AccompanimentJson.write(SUSPENSION), Period.class))
                .isEqualTo(SUSPENSION);
        assertThat(AccompanimentJson.write(Period.from(NOV_1))).isEqualTo("{\"from\":\"2022-11-01\"}");
        assertThat(AccompanimentJson.read("{\"from\":\"2022-11-01\"}", Period.class))
                .isEqualTo(Period.from(NOV_1));
        assertThatThrownBy(() ->
                        AccompanimentJson.read("{\"from\":\"2023-03-15\",\"until\":\"2022-11-01\"}", Period.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must not be before from 2023-03-15");
        assertThatThrownBy(() -> AccompanimentJson.read("{\"until\":\"2022-11-01\"}", Period.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from");
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(SUSPENSION, Period.of(NOV_1, MAR_15))
                .addEqualityGroup(Period.from(NOV_1), Period.from(NOV_1))
                .addEqualityGroup(Period.of(NOV_1, NOV_1))
                .testEquals();
    }

    @Test
    void nullHostility() {
        NullPointerTester tester =
                new NullPointerTester().setDefault(LocalDate.class, NOV_1).setDefault(Period.class, SUSPENSION);
        tester.testAllPublicStaticMethods(Period.class);
        tester.testAllPublicInstanceMethods(SUSPENSION);
    }
}
