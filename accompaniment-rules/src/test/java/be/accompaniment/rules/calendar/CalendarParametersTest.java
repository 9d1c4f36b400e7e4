package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CalendarParametersTest {
    private static final ObjectMapper MAPPER = AccompanimentJson.mapper();

    @Nested
    class Bundled {
        @ParameterizedTest
        @EnumSource(
                value = Region.class,
                names = {"WALLONIA", "BRUSSELS_CAPITAL"})
        void loadsTheRegionsFile(Region region) {
            CalendarParameters p = CalendarParameters.bundled(region);
            assertThat(p.region()).isEqualTo(region);
            assertThat(p.lastReviewedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        }

        @ParameterizedTest
        @EnumSource(
                value = Region.class,
                names = {"WALLONIA", "BRUSSELS_CAPITAL"})
        void everyValueCitesATextWithAnArticleOrAnAddress(Region region) {
            for (LegalReference reference : references(CalendarParameters.bundled(region))) {
                assertThat(reference.title()).isNotBlank();
                assertThat(reference.article().isPresent() || reference.url().isPresent())
                        .as("%s cites an article or an address", reference)
                        .isTrue();
            }
        }

        @Test
        void valuesMarkedUnverifiedInTheDomainNotesAreFlagged() {
            CalendarParameters brussels = CalendarParameters.bundled(Region.BRUSSELS_CAPITAL);
            assertThat(brussels.winterMoratorium()
                            .referenceOn(LocalDate.of(2010, 1, 1))
                            .verified())
                    .isFalse();
            assertThat(brussels.winterMoratorium()
                            .referenceOn(LocalDate.of(2024, 1, 1))
                            .verified())
                    .isTrue();
            assertThat(brussels.appearanceDelay()
                            .orElseThrow()
                            .referenceOn(LocalDate.of(2024, 1, 1))
                            .verified())
                    .isFalse();
            CalendarParameters wallonia = CalendarParameters.bundled(Region.WALLONIA);
            assertThat(wallonia.temporarySuspensions())
                    .filteredOn(s -> s.name().contains("covid"))
                    .hasSize(2)
                    .allMatch(s -> !s.reference().verified());
            assertThat(wallonia.temporarySuspensions())
                    .filteredOn(s -> s.name().equals("wallonia/energy-crisis-2022"))
                    .singleElement()
                    .matches(s -> s.reference().verified());
        }

        @Test
        void regionalRulesAreOnlyInTheirRegion() {
            CalendarParameters wallonia = CalendarParameters.bundled(Region.WALLONIA);
            CalendarParameters brussels = CalendarParameters.bundled(Region.BRUSSELS_CAPITAL);
            assertThat(wallonia.swlRehousingDelay()).isPresent();
            assertThat(wallonia.appearanceDelay()).isEmpty();
            assertThat(wallonia.formalNoticeDelay()).isEmpty();
            assertThat(brussels.swlRehousingDelay()).isEmpty();
            assertThat(brussels.appearanceDelay()).isPresent();
            assertThat(brussels.formalNoticeDelay()).isPresent();
        }

        @Test
        void flandersHasNoBundledCalendar() {
            assertThatThrownBy(() -> CalendarParameters.bundled(Region.FLANDERS))
                    .isInstanceOf(NoRuleInForceException.class)
                    .hasMessageContaining("FLANDERS");
        }

        @Test
        void bundledFilesRoundTrip() {
            for (Region region : List.of(Region.WALLONIA, Region.BRUSSELS_CAPITAL)) {
                CalendarParameters p = CalendarParameters.bundled(region);
                assertThat(AccompanimentJson.read(AccompanimentJson.writePretty(p), CalendarParameters.class))
                        .isEqualTo(p);
            }
        }
    }

    @Nested
    class BadFiles {
        @Test
        void rejectsStepsOutOfOrderWithThePath() {
            InvalidInputException e = readEdited(root -> {
                ArrayNode values = (ArrayNode) root.path("winterMoratorium").path("values");
                ObjectNode second = values.get(0).deepCopy();
                second.put("from", "2020-01-01");
                values.add(second);
            });
            assertThat(e.where()).isEqualTo("$.winterMoratorium");
            assertThat(e).hasMessageContaining("values[1].from").hasMessageContaining("2020-01-01");
        }

        @Test
        void rejectsTwoStepsOnTheSameDay() {
            InvalidInputException e = readEdited(root -> {
                ArrayNode values =
                        (ArrayNode) root.path("minimumDelayAfterService").path("values");
                values.add(values.get(0).deepCopy());
            });
            assertThat(e.where()).isEqualTo("$.minimumDelayAfterService");
            assertThat(e).hasMessageContaining("values[1].from").hasMessageContaining("1999-01-11");
        }

        @Test
        void rejectsAStepWithoutReference() {
            InvalidInputException e = readEdited(root ->
                    ((ObjectNode) root.path("executionNotice").path("values").get(0)).remove("reference"));
            assertThat(e.where()).startsWith("$.executionNotice");
            assertThat(e).hasMessageContaining("reference");
        }

        @Test
        void rejectsASuspensionWithoutReference() {
            InvalidInputException e = readEdited(root -> {
                ObjectNode suspension = (ObjectNode) MAPPER.valueToTree(CalendarFixtures.SUSPENSION);
                suspension.remove("reference");
                ((ObjectNode) root).putArray("temporarySuspensions").add(suspension);
            });
            assertThat(e.where()).startsWith("$.temporarySuspensions");
            assertThat(e).hasMessageContaining("reference");
        }

        @Test
        void rejectsSuspensionsOutOfOrder() {
            InvalidInputException e = readEdited(root -> {
                ArrayNode suspensions = ((ObjectNode) root).putArray("temporarySuspensions");
                suspensions.add(suspension("a", "2022-11-01", "2023-03-15"));
                suspensions.add(suspension("b", "2020-03-19", "2020-06-08"));
            });
            assertThat(e)
                    .hasMessageContaining("temporarySuspensions[1].period.from")
                    .hasMessageContaining("2020-03-19");
        }

        @Test
        void rejectsOverlappingSuspensions() {
            InvalidInputException e = readEdited(root -> {
                ArrayNode suspensions = ((ObjectNode) root).putArray("temporarySuspensions");
                suspensions.add(suspension("a", "2022-11-01", "2023-03-15"));
                suspensions.add(suspension("b", "2023-03-15", "2023-04-30"));
            });
            assertThat(e)
                    .hasMessageContaining("temporarySuspensions[1].period")
                    .hasMessageContaining("2023-03-15/2023-04-30");
        }

        @Test
        void rejectsSuspensionsWithTheSameName() {
            InvalidInputException e = readEdited(root -> {
                ArrayNode suspensions = ((ObjectNode) root).putArray("temporarySuspensions");
                suspensions.add(suspension("a", "2020-03-19", "2020-06-08"));
                suspensions.add(suspension("a", "2022-11-01", "2023-03-15"));
            });
            assertThat(e).hasMessageContaining("temporarySuspensions[1].name").hasMessageContaining("was a");
        }

        @Test
        void rejectsAnUnknownFieldWithThePath() {
            InvalidInputException e = readEdited(root -> ((ObjectNode) root.path("cpasForwardingDelay")
                            .path("values")
                            .get(0)
                            .path("value"))
                    .put("ammount", 3));
            assertThat(e.where()).isEqualTo("$.cpasForwardingDelay.values[0].value.ammount");
            assertThat(e).hasMessageContaining("ammount");
        }

        @Test
        void rejectsAMissingRequiredParameter() {
            InvalidInputException e = readEdited(root -> ((ObjectNode) root).remove("executionNotice"));
            assertThat(e).hasMessageContaining("executionNotice");
        }

        @Test
        void constructionInCodeIsCheckedToo() {
            assertThatThrownBy(() -> CalendarParameters.builder()
                            .from(CalendarFixtures.PARAMETERS)
                            .addTemporarySuspensions(CalendarFixtures.SUSPENSION, CalendarFixtures.SUSPENSION)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(x -> assertThat(((InvalidInputException) x).where())
                            .isEqualTo("calendar parameters BRUSSELS_CAPITAL: temporarySuspensions[1].name"))
                    .hasMessageContaining("test/suspension");
        }

        private JsonNode suspension(String name, String from, String until) {
            ObjectNode node = MAPPER.valueToTree(CalendarFixtures.SUSPENSION);
            node.put("name", name);
            ((ObjectNode) node.path("period")).put("from", from).put("until", until);
            return node;
        }

        private InvalidInputException readEdited(Consumer<JsonNode> edit) {
            JsonNode root = MAPPER.valueToTree(CalendarFixtures.PARAMETERS);
            edit.accept(root);
            String json;
            try {
                json = MAPPER.writeValueAsString(root);
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
            try {
                AccompanimentJson.read(json, CalendarParameters.class);
            } catch (InvalidInputException e) {
                return e;
            }
            throw new AssertionError("accepted " + json);
        }
    }

    @Test
    void fixtureRoundTrips() {
        assertThat(AccompanimentJson.read(
                        AccompanimentJson.write(CalendarFixtures.PARAMETERS), CalendarParameters.class))
                .isEqualTo(CalendarFixtures.PARAMETERS);
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(
                        CalendarParameters.bundled(Region.WALLONIA), CalendarParameters.bundled(Region.WALLONIA))
                .addEqualityGroup(CalendarParameters.bundled(Region.BRUSSELS_CAPITAL))
                .addEqualityGroup(CalendarFixtures.PARAMETERS)
                .addEqualityGroup(CalendarParameters.builder()
                        .from(CalendarFixtures.PARAMETERS)
                        .lastReviewedOn(LocalDate.of(2026, 2, 1))
                        .build())
                .testEquals();
    }

    @Test
    void nullPointers() {
        CalendarFixtures.nullPointerTester().testAllPublicStaticMethods(CalendarParameters.class);
        CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(CalendarParameters.builder());
    }

    static List<LegalReference> references(CalendarParameters p) {
        List<LegalReference> refs = new ArrayList<>();
        Stream.of(
                        Stream.of(p.winterMoratorium()),
                        Stream.of(p.minimumDelayAfterService(), p.executionNotice(), p.cpasForwardingDelay()),
                        Stream.of(p.appearanceDelay(), p.formalNoticeDelay(), p.swlRehousingDelay())
                                .flatMap(java.util.Optional::stream))
                .flatMap(s -> s)
                .map(v -> (DatedValue<?>) v)
                .forEach(v -> v.steps().forEach(step -> refs.add(step.reference())));
        p.temporarySuspensions().forEach(s -> refs.add(s.reference()));
        return refs;
    }
}
