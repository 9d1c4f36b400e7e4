package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Earliest-execution scenarios as data ({@code calendar-scenarios.json}): name, input, expected day. */
class CalendarScenariosTest {
    record Scenario(
            String name,
            Region region,
            LocalDate servedOn,
            boolean socialHousing,
            boolean budgetGuidanceRefused,
            LocalDate earliestExecution) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Scenario> scenarios() {
        try (InputStream in = CalendarScenariosTest.class.getResourceAsStream("calendar-scenarios.json")) {
            return AccompanimentJson.read(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), new TypeReference<List<Scenario>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void earliestExecution(Scenario s) {
        EarliestExecution e = LegalCalendar.bundled()
                .earliestExecution(s.servedOn(), s.region(), s.socialHousing(), s.budgetGuidanceRefused());
        assertThat(e.on()).isEqualTo(s.earliestExecution());
    }
}
