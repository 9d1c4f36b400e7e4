package be.accompaniment.rules.calendar;

import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DelayProperties {
    @Test
    void addToMovesForward() {
        qt().forAll(CalendarGenerators.delays(), CalendarGenerators.dates())
                .check((delay, d) -> delay.addTo(d).isAfter(d));
    }

    @Test
    void subtractFromGivesTheLatestStartThatEndsInTime() {
        qt().forAll(CalendarGenerators.delays(), CalendarGenerators.dates()).check((delay, d) -> {
            LocalDate start = delay.subtractFrom(d);
            LocalDate next = delay.unit() == DelayUnit.WORKING_DAYS
                    ? BelgianHolidays.plusWorkingDays(start, 1)
                    : start.plusDays(1);
            return !delay.addTo(start).isAfter(d) && delay.addTo(next).isAfter(d);
        });
    }

    @Test
    void addToIsMonotone() {
        qt().forAll(CalendarGenerators.delays(), CalendarGenerators.dates(), CalendarGenerators.dates())
                .check((delay, a, b) -> a.isAfter(b) || !delay.addTo(a).isAfter(delay.addTo(b)));
    }

    @Test
    void jsonRoundTrip() {
        qt().forAll(CalendarGenerators.delays())
                .check(d -> AccompanimentJson.read(AccompanimentJson.write(d), Delay.class)
                        .equals(d));
    }
}
