package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.territory.Region;
import org.junit.jupiter.api.Test;

class RulebookProperties {
    @Test
    void rulebooksRoundTripThroughTheirJson() {
        qt().withExamples(200).forAll(RulesGenerators.rulebooks()).checkAssert(book -> {
            assertThat(Rulebook.parse(book.toJson())).isEqualTo(book);
            assertThat(AccompanimentJson.read(AccompanimentJson.write(book), Rulebook.class))
                    .isEqualTo(book);
        });
    }

    @Test
    void rulebooksWithACalendarRoundTrip() {
        qt().withExamples(20).forAll(RulesGenerators.rulebooks()).checkAssert(book -> {
            Rulebook withCalendar = Rulebook.builder()
                    .from(book)
                    .calendar(CalendarParameters.bundled(book.region()))
                    .build();
            assertThat(Rulebook.parse(withCalendar.toJson())).isEqualTo(withCalendar);
        });
    }

    @Test
    void theBundledRulebooksRoundTrip() {
        for (Region region : new Region[] {Region.WALLONIA, Region.BRUSSELS_CAPITAL}) {
            Rulebook book = Rulebook.bundled(region);
            assertThat(book.region()).isEqualTo(region);
            assertThat(Rulebook.parse(book.toJson())).isEqualTo(book);
        }
    }
}
