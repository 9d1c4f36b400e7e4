package be.accompaniment.rules.calendar;

import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;

class SeasonWindowProperties {
    @Test
    void containsExactlyWhenAnOccurrenceContainsTheDay() {
        qt().forAll(CalendarGenerators.seasonWindows(), CalendarGenerators.dates())
                .check((w, d) -> w.contains(d) == w.occurrenceOn(d).isPresent()
                        && w.occurrenceOn(d).map(p -> p.contains(d)).orElse(true));
    }

    @Test
    void endAfterIsTheLastDayInside() {
        qt().forAll(CalendarGenerators.seasonWindows(), CalendarGenerators.dates())
                .check((w, d) -> {
                    var end = w.endAfter(d);
                    return !end.isBefore(d) && w.contains(end) && !w.contains(end.plusDays(1));
                });
    }

    @Test
    void insideTheWindowEveryDayUpToEndAfterIsInside() {
        qt().forAll(CalendarGenerators.seasonWindows(), CalendarGenerators.dates())
                .check((w, d) -> !w.contains(d)
                        || d.datesUntil(w.endAfter(d).plusDays(1)).allMatch(w::contains));
    }

    @Test
    void nextStartAfterIsTheFirstDayInsideAfterAGap() {
        qt().forAll(CalendarGenerators.seasonWindows(), CalendarGenerators.dates())
                .check((w, d) -> {
                    var start = w.nextStartAfter(d);
                    return start.isAfter(d) && w.contains(start) && !w.contains(start.minusDays(1));
                });
    }

    @Test
    void currentOrNextOccurrenceNeverEndsBeforeTheDay() {
        qt().forAll(CalendarGenerators.seasonWindows(), CalendarGenerators.dates())
                .check((w, d) -> {
                    var p = w.currentOrNextOccurrence(d);
                    return !p.until().orElseThrow().isBefore(d)
                            && w.contains(p.from())
                            && w.contains(p.until().orElseThrow());
                });
    }

    @Test
    void jsonRoundTrip() {
        qt().forAll(CalendarGenerators.seasonWindows())
                .check(w -> AccompanimentJson.read(AccompanimentJson.write(w), SeasonWindow.class)
                        .equals(w));
    }
}
