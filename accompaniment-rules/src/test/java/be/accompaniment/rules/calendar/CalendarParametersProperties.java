package be.accompaniment.rules.calendar;

import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;

class CalendarParametersProperties {
    @Test
    void jsonRoundTrip() {
        qt().withExamples(100)
                .forAll(CalendarGenerators.calendarParameters())
                .check(p -> AccompanimentJson.read(AccompanimentJson.write(p), CalendarParameters.class)
                        .equals(p));
    }

    @Test
    void winterMoratoriumJsonRoundTrip() {
        qt().forAll(CalendarGenerators.winterMoratoria())
                .check(m -> AccompanimentJson.read(AccompanimentJson.write(m), WinterMoratorium.class)
                        .equals(m));
    }
}
