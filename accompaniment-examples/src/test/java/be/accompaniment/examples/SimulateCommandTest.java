package be.accompaniment.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.rules.scenario.ActorModel;
import be.accompaniment.rules.scenario.PopulationModel;
import be.accompaniment.rules.scenario.Scenario;
import be.accompaniment.rules.scenario.ScenarioTerritory;
import be.accompaniment.rules.scenario.StepUnit;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Path smallScenario() throws Exception {
        NisCode esneux = NisCode.parse("62032");
        NisCode aywaille = NisCode.parse("62009");
        Scenario s = Scenario.builder()
                .name("small")
                .territory(ScenarioTerritory.ofCommunes("Ourthe", esneux, aywaille))
                .addBasins(Territory.of("Ourthe-Amblève", esneux, aywaille))
                .startOn(LocalDate.of(2026, 1, 1))
                .step(StepUnit.MONTH)
                .steps(4)
                .seed(7)
                .actorModel(ActorModel.walloonDefaults())
                .population(PopulationModel.withDefaults(1500))
                .build();
        Path file = dir.resolve("small.json");
        Files.writeString(file, s.toJson());
        return file;
    }

    @Test
    void runsAScenarioFileAndWritesCsvJsonAndSvg() throws Exception {
        Path out = dir.resolve("out");
        int code = SimulateCommand.run(
                List.of(smallScenario().toString(), "--out", out.toString(), "--threads", "2"), this.out);
        assertThat(code).as(printed()).isZero();
        assertThat(printed())
                .contains("Scenario small: 4 steps of a month from 2026-01-01, seed 7")
                .contains("] 4/4 2026-04-01")
                .contains("Passerelles: made ")
                .contains("Wrote ");
        List<String> csv = Files.readAllLines(out.resolve("small.csv"));
        assertThat(csv.get(0)).isEqualTo("step,date,area_type,area,measure,value");
        assertThat(csv.get(1)).startsWith("0,2026-01-01,COMMUNE,62009,households,");
        assertThat(Files.readString(out.resolve("small.json"))).startsWith("{\"scenario\":\"small\"");
        Document svg = parse(out.resolve("small.svg"));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("polyline").getLength()).isPositive();

        // a progress bar of 40 redrawn after each step, then the summary of the figures the CSV holds
        assertThat(printed())
                .contains("\r[" + "#".repeat(10) + ".".repeat(30) + "] 1/4 2026-01-01")
                .contains("\r[" + "#".repeat(40) + "] 4/4 2026-04-01\n");
        java.util.Map<String, String> territory = new java.util.HashMap<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] f = line.split(",");
            if (f[2].equals("TERRITORY")) {
                territory.put(f[0] + "/" + f[4], f[5]);
            }
        }
        long waiting0 = Long.parseLong(territory.get("0/status_waiting"));
        long accompanied0 = Long.parseLong(territory.get("0/status_accompanied"));
        long waiting3 = Long.parseLong(territory.get("3/status_waiting"));
        long accompanied3 = Long.parseLong(territory.get("3/status_accompanied"));
        assertThat(printed())
                .contains("in a situation at the end of the first step " + (waiting0 + accompanied0) + ", of the last "
                        + (waiting3 + accompanied3) + " (waiting " + waiting3 + ", accompanied " + accompanied3 + ")\n")
                .contains("stabilised at the end: " + territory.get("3/status_stabilised") + " (share "
                        + String.format(
                                java.util.Locale.ROOT, "%.2f", Double.parseDouble(territory.get("3/share_stabilised")))
                        + ")\n");
    }

    @Test
    void comparesAnInterventionAndWritesPseudonymisedPathways() throws Exception {
        Path out = dir.resolve("compare");
        int code = SimulateCommand.run(
                List.of(
                        smallScenario().toString(),
                        "--out",
                        out.toString(),
                        "--intervention",
                        "{\"kind\":\"scale-capacity\",\"effectiveFrom\":\"2026-01-01\",\"actorKind\":\"CPAS\",\"factor\":2}",
                        "--replications",
                        "2",
                        "--research-key",
                        "000102030405060708090a0b0c0d0e0f"),
                this.out);
        assertThat(code).as(printed()).isZero();
        assertThat(printed()).contains("over 2 replications", "status_stabilised at the last step: baseline ");
        assertThat(Files.readAllLines(out.resolve("small-comparison.csv")).get(0))
                .isEqualTo("step,date,area_type,area,measure,baseline,intervention,difference,ci_low,ci_high,"
                        + "replications");
        parse(out.resolve("small-comparison.svg"));
        List<String> pathways = Files.readAllLines(out.resolve("small-pathways.jsonl"));
        assertThat(pathways).isNotEmpty().allMatch(l -> l.startsWith("{\"household\":\""));
        assertThat(String.join("\n", pathways)).doesNotContain("h-0000");
    }

    @Test
    void addsHouseholdsListedAsCsv() throws Exception {
        Path csv = dir.resolve("households.csv");
        Files.writeString(
                csv,
                "id,commune,tenure,adults,children,reference_birth_year,monthly_income_cents,situation,opened_on\n"
                        + "case-1,62032,PRIVATE_TENANT,1,2,1988,145000,eviction-threat,2025-12-01\n");
        int code = SimulateCommand.run(
                List.of(
                        smallScenario().toString(),
                        "--out",
                        dir.resolve("csv").toString(),
                        "--households",
                        csv.toString()),
                this.out);
        assertThat(code).as(printed()).isZero();
        assertThat(printed()).contains("Households: 1501 in ");
    }

    @Test
    void theBundledScenarioIsTheArrondissementOfLiegeOver24Months() throws Exception {
        try (InputStream in = SimulateCommand.class.getResourceAsStream("scenarios/liege-24-months.json")) {
            Scenario s = Scenario.read(in);
            assertThat(s.name()).isEqualTo(SimulateCommand.BUNDLED);
            assertThat(s.territory().arrondissement()).contains(NisCode.parse("62000"));
            assertThat(s.steps()).isEqualTo(24);
            assertThat(s.step()).isEqualTo(StepUnit.MONTH);
            assertThat(s.basins()).hasSize(5);
            assertThat(s.basins().stream().mapToInt(b -> b.communes().size()).sum())
                    .isEqualTo(24);
            assertThat(s.population().orElseThrow().communeWeights()).hasSize(24);
        }
    }

    @Test
    void refusesWrongArguments() {
        assertThat(SimulateCommand.run(List.of("--threads"), out)).isEqualTo(2);
        assertThat(printed()).contains("--threads needs a value", "usage: simulate");
        assertThat(SimulateCommand.run(List.of("--threads", "zero"), out)).isEqualTo(2);
        assertThat(SimulateCommand.run(List.of("a.json", "b.json"), out)).isEqualTo(2);
        assertThat(SimulateCommand.run(List.of("--help"), out)).isZero();
    }

    @Test
    void reportsInvalidInputs() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\":\"x\",\"steps\":0}");
        assertThat(SimulateCommand.run(List.of(bad.toString()), out)).isEqualTo(1);
        assertThat(printed()).contains("invalid input:");
        assertThat(SimulateCommand.run(List.of(dir.resolve("missing.json").toString()), out))
                .isEqualTo(1);
        assertThat(printed()).contains("cannot read or write a file");
        assertThat(SimulateCommand.run(
                        List.of(
                                smallScenario().toString(),
                                "--out",
                                dir.resolve("o").toString(),
                                "--research-key",
                                "zz"),
                        out))
                .isEqualTo(1);
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(svg.toFile());
    }
}
