package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimulationResultTest {
    private static final SimulationResult RUN = Simulation.builder(ScenarioFixtures.ourthe(2000, 6))
            .threads(2)
            .build()
            .run();
    private static final ObjectMapper MAPPER = AccompanimentJson.mapper();

    @Nested
    class Csv {
        @Test
        void isTidyWithOneRowPerStepAreaAndMeasure() {
            List<String> lines = RUN.toCsv().lines().toList();
            assertThat(lines.get(0)).isEqualTo("step,date,area_type,area,measure,value");
            int areas = RUN.areas().size();
            assertThat(lines).hasSize(1 + RUN.steps() * areas * Indicator.all().size());
            assertThat(lines.get(1))
                    .isEqualTo("0,2026-01-01,COMMUNE,62009,households,"
                            + (long) RUN.value(0, AreaType.COMMUNE, "62009", Indicator.HOUSEHOLDS));
            assertThat(lines).allMatch(l -> l.split(",", -1).length == 6);
            assertThat(lines.stream().skip(1).map(l -> l.split(",")[4]).distinct())
                    .containsExactlyElementsOf(
                            Indicator.all().stream().map(Indicator::name).toList());
        }

        @Test
        void writesNaAndPlainNumbers() {
            assertThat(SimulationResult.format(Double.NaN)).isEqualTo("NA");
            assertThat(SimulationResult.format(12)).isEqualTo("12");
            assertThat(SimulationResult.format(12.5)).isEqualTo("12.5");
            assertThat(SimulationResult.format(1.0 / 3)).isEqualTo("0.333333");
            assertThat(SimulationResult.format(Double.POSITIVE_INFINITY)).isEqualTo("Inf");
            assertThat(SimulationResult.format(-0.0000001)).isEqualTo("0");
        }

        @Test
        void quotesAreasWithCommas() {
            assertThat(SimulationResult.csv("a, b")).isEqualTo("\"a, b\"");
            assertThat(SimulationResult.csv("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
            assertThat(SimulationResult.csv("plain")).isEqualTo("plain");
            // a comma, quote or line break opening the text is quoted too
            assertThat(SimulationResult.csv(",x")).isEqualTo("\",x\"");
            assertThat(SimulationResult.csv("\"x")).isEqualTo("\"\"\"x\"");
            assertThat(SimulationResult.csv("\nx")).isEqualTo("\"\nx\"");
        }
    }

    @Nested
    class Json {
        @Test
        void holdsTheSameFiguresAsTheCsv() throws Exception {
            JsonNode root = MAPPER.readTree(RUN.toJson());
            assertThat(root.get("scenario").asText()).isEqualTo("ourthe-test");
            assertThat(root.get("households").asInt()).isEqualTo(2000);
            assertThat(root.get("days")).hasSize(6);
            assertThat(root.get("measures")).hasSize(Indicator.all().size());
            assertThat(root.get("areas")).hasSize(RUN.areas().size());
            JsonNode made = root.at("/values/BASIN/Ourthe-Amblève/passerelles_made");
            double[] series = RUN.series(AreaType.BASIN, "Ourthe-Amblève", Indicator.PASSERELLES_MADE);
            for (int t = 0; t < series.length; t++) {
                assertThat(made.get(t).asDouble()).isEqualTo(series[t]);
            }
            assertThat(root.at("/summary/passerellesMade").asLong()).isEqualTo(RUN.total(Indicator.PASSERELLES_MADE));
            JsonNode median = root.at("/values/TERRITORY/Ourthe-Amblève/median_days_to_first_contact");
            for (int t = 0; t < RUN.steps(); t++) {
                double v = RUN.territorySeries(Indicator.MEDIAN_DAYS_TO_FIRST_CONTACT)[t];
                assertThat(median.get(t).isNull()).isEqualTo(Double.isNaN(v));
            }
        }

        @Test
        void leavesTheStreamOpen() {
            ByteArrayOutputStream out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    throw new AssertionError("closed");
                }
            };
            RUN.writeJson(out);
            assertThat(out.size()).isPositive();
        }
    }

    @Nested
    class ResearchExport {
        private final Pseudonymiser key = Pseudonymiser.withKey(HexFormat.of().parseHex("0b".repeat(20)));

        @Test
        void namesHouseholdsOnlyByTheirPseudonym() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RUN.writeResearchExport(out, key);
            String text = out.toString(StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            assertThat(lines).hasSize((int) RUN.territorySeries(Indicator.EVER_IN_SITUATION)[RUN.steps() - 1]);
            for (int h = 0; h < RUN.households(); h++) {
                assertThat(text).doesNotContain("\"" + RUN.householdId(h).value() + "\"");
            }
            JsonNode first = MAPPER.readTree(lines.get(0));
            assertThat(first.get("household").asText()).matches("[0-9a-f]{64}");
            assertThat(first.get("commune").asText()).matches("62[0-9]{3}");
            assertThat(first.get("events").size()).isPositive();
            assertThat(first.get("metrics").has("household")).isFalse();
            assertThat(text).doesNotContain("displayName").doesNotContain("niss");
        }

        @Test
        void needsPathways() {
            SimulationResult light = Simulation.builder(ScenarioFixtures.ourthe(200, 2))
                    .keepPathways(false)
                    .build()
                    .run();
            assertThat(light.pathwaysKept()).isFalse();
            assertThat(light.pathways()).allMatch(p -> p.isEmpty());
            assertThatThrownBy(() -> light.writeResearchExport(new ByteArrayOutputStream(), key))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("needs a run that kept pathways");
        }

        @Test
        void pseudonymsAreHmacSha256OfTheId() {
            // computed independently: HMAC-SHA-256, key 0x0b x 20, message "h-0000001"
            assertThat(key.pseudonym(HouseholdId.of("h-0000001")))
                    .isEqualTo("38a604fc3da81e93d5fa1e8e2effe4372e13ab97139c5b5e964e1aeea8551bd4");
            Pseudonymiser other = Pseudonymiser.withKey(
                    HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f" + "101112131415161718191a1b1c1d1e1f"));
            assertThat(other.pseudonym(HouseholdId.of("h-0000001")))
                    .isEqualTo("0cb1782251315e1dcde4efe1aa19e003529b0fc79b94df0d4ad6f802a02a877d");
            assertThat(key).hasToString("Pseudonymiser[HMAC-SHA-256]");
        }

        @Test
        void refusesShortKeys() {
            assertThatThrownBy(() -> Pseudonymiser.withKey(new byte[15]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be at least 16 bytes, was 15");
            assertThat(Pseudonymiser.withKey(new byte[16]).pseudonym(HouseholdId.of("h-1")))
                    .hasSize(64);
        }
    }

    @Nested
    class Queries {
        @Test
        void refusesUnknownAreasAndTotalsOfStocks() {
            assertThatThrownBy(() -> RUN.value(0, AreaType.COMMUNE, "62063", Indicator.HOUSEHOLDS))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be an area of the result, was COMMUNE 62063");
            assertThatThrownBy(() -> RUN.total(Indicator.HOUSEHOLDS))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("must be a flow to be totalled, was households");
        }

        @Test
        void listsAreasInOrder() {
            assertThat(RUN.areas())
                    .extracting(Area::type)
                    .containsExactly(
                            AreaType.COMMUNE,
                            AreaType.COMMUNE,
                            AreaType.COMMUNE,
                            AreaType.COMMUNE,
                            AreaType.BASIN,
                            AreaType.REGION,
                            AreaType.TERRITORY);
            assertThat(RUN.areas().get(2)).isEqualTo(Area.of(AreaType.COMMUNE, "62032", "Esneux"));
            assertThat(RUN.days()).startsWith(ScenarioFixtures.START);
            assertThat(RUN.toString()).isEqualTo("SimulationResult[ourthe-test, 6 steps, 2000 households]");
        }

        @Test
        void theMedianDelayOfGivenDelays() {
            // -2: no situation, left out; -1: never contacted, an infinite delay
            assertThat(SimulationResult.medianDelay(new int[] {})).isNaN();
            assertThat(SimulationResult.medianDelay(new int[] {-2, -2})).isNaN();
            assertThat(SimulationResult.medianDelay(new int[] {0})).isZero();
            assertThat(SimulationResult.medianDelay(new int[] {9, 1, 5})).isEqualTo(5);
            assertThat(SimulationResult.medianDelay(new int[] {5, 1, -2, 3})).isEqualTo(3);
            assertThat(SimulationResult.medianDelay(new int[] {8, 2})).isEqualTo(5);
            assertThat(SimulationResult.medianDelay(new int[] {8, 3, -1})).isEqualTo(8);
            // half never contacted: the upper middle delay is infinite
            assertThat(SimulationResult.medianDelay(new int[] {3, -1})).isInfinite();
            assertThat(SimulationResult.medianDelay(new int[] {-1, 4, 6, -1})).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(SimulationResult.medianDelay(new int[] {-1, 4})).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(SimulationResult.medianDelay(new int[] {-1, 4, 2, 7})).isEqualTo(5.5);
            assertThat(Engine.median(new int[] {3, 1, 2}, 3)).isEqualTo(2);
            assertThat(Engine.median(new int[] {4, 1, 3, 2}, 4)).isEqualTo(2.5);
            assertThat(Engine.median(new int[] {5, 9, 1}, 2)).isEqualTo(7);
            assertThat(Engine.median(new int[] {5}, 0)).isNaN();
        }

        @Test
        void writesInfinityAndLargeNumbersPlainly() {
            assertThat(SimulationResult.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
            assertThat(SimulationResult.format(-3)).isEqualTo("-3");
            assertThat(SimulationResult.format(1e15)).isEqualTo("1000000000000000");
            assertThat(SimulationResult.format(123456789012345.0)).isEqualTo("123456789012345");
        }

        @Test
        void theJsonSaysWhatRanAndWritesNoNumberForAnUnknownMedian() throws Exception {
            SimulationResult empty = Simulation.of(ScenarioFixtures.ourthe(50, 2, StepUnit.WEEK)
                            .population(PopulationModel.builder()
                                    .from(PopulationModel.withDefaults(50))
                                    .incidence(List.of())
                                    .build())
                            .build())
                    .run();
            JsonNode root = MAPPER.readTree(empty.toJson());
            assertThat(root.get("seed").asLong()).isEqualTo(42);
            assertThat(root.get("startOn").asText()).isEqualTo("2026-01-01");
            assertThat(root.get("step").asText()).isEqualTo("WEEK");
            assertThat(empty.medianDaysToFirstContact()).isNaN();
            assertThat(root.at("/summary/medianDaysToFirstContact").isNull()).isTrue();
            assertThat(root.at("/summary/passerellesMade").asLong()).isZero();
            assertThat(root.get("values").isObject()).isTrue();
            JsonNode run = MAPPER.readTree(RUN.toJson());
            double median = RUN.medianDaysToFirstContact();
            if (Double.isFinite(median)) {
                assertThat(run.at("/summary/medianDaysToFirstContact").asDouble())
                        .isEqualTo(median);
            }
        }

        @Test
        void theMedianDelayCountsHouseholdsNeverContactedAsInfinitelyLate() {
            int contacted = 0;
            int situated = 0;
            for (var p : RUN.pathways()) {
                if (!p.isEmpty()) {
                    situated++;
                    if (p.metrics().daysToFirstContact().isPresent()) {
                        contacted++;
                    }
                }
            }
            double median = RUN.medianDaysToFirstContact();
            if (2 * contacted <= situated) {
                assertThat(median).isInfinite();
            } else {
                assertThat(median).isFinite().isNotNegative();
            }
        }
    }
}
