// Scenarios from code: the bundled Liège scenario, a run with a progress bar, its figures, CSV and chart, then an
// intervention (an APL in the Ourthe-Amblève basin from July 2026) compared with the baseline over five seeds.
//
// Launch from the repository root, after building the modules and writing their class path once:
//   ./mvnw -q -o -pl accompaniment-examples -am package -DskipTests
//   ./mvnw -q -o -pl accompaniment-examples -am dependency:build-classpath -Dmdep.outputFile=cp.txt
//   jshell --class-path "accompaniment-examples/target/classes:accompaniment-rules/target/classes:accompaniment-core/target/classes:$(cat accompaniment-examples/cp.txt)" \
//       accompaniment-examples/scripts/scenario.jsh
// (on Windows, separate the class path with ';'). The files are written to the current directory.

import be.accompaniment.actor.ActorKind;
import be.accompaniment.examples.SimulateCommand;
import be.accompaniment.rules.scenario.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

// The bundled scenario: the arrondissement of Liège over 24 months (see its "description").
Scenario liege;
try (var in = SimulateCommand.class.getResourceAsStream("scenarios/liege-24-months.json")) {
    liege = Scenario.read(in);
}

// A smaller population, to keep jshell quick: 20,000 households instead of 56,000.
// (jshell runs a line as soon as it is a whole statement: chained calls keep their dot at the end of the line.)
PopulationModel fewer = PopulationModel.builder().from(liege.population().orElseThrow()).households(20_000).build();
Scenario small = Scenario.builder().from(liege).population(fewer).build();

// One run, with a progress bar; the same scenario always gives the same figures, whatever the threads.
SimulationListener bar = (step, steps, day) -> System.out.print("\r" + "#".repeat((step + 1) * 40 / steps) + " " + day);
SimulationResult result = Simulation.builder(small).build().run(bar);
System.out.println();

// A few figures of the whole territory, and of one basin.
System.out.println("passerelles made: " + result.total(Indicator.PASSERELLES_MADE));
System.out.println("evictions executed: " + result.total(Indicator.EVICTIONS_EXECUTED));
System.out.println("median days to a first contact: " + result.medianDaysToFirstContact());
double[] stabilised = result.series(AreaType.BASIN, "Ourthe-Amblève", Indicator.STATUS_STABILISED);
System.out.println("stabilised in Ourthe-Amblève, by month: " + java.util.Arrays.toString(stabilised));

// One household's pathway, event by event.
result.pathways().stream().filter(p -> p.size() > 5).findFirst().ifPresent(p -> p.events().forEach(System.out::println));

// Tidy CSV (step, date, area_type, area, measure, value) and an SVG chart.
Files.writeString(Path.of("liege-small.csv"), result.toCsv());
Files.writeString(Path.of("liege-small.svg"), SimulationChart.svg(result));

// An intervention as data: an APL serving Ourthe-Amblève from July 2026, 40 places.
Intervention apl = AddActor.inBasin(LocalDate.of(2026, 7, 1), ActorKind.APL, "Ourthe-Amblève", 40);
Scenario withApl = small.withIntervention(apl);

// Five paired replications (same seeds for both: common random numbers), differences with 95 % intervals.
Comparison comparison = Comparison.run(small, withApl, 5);
Difference d = comparison.difference(23, AreaType.BASIN, "Ourthe-Amblève", Indicator.STATUS_STABILISED);
System.out.printf("stabilised in Ourthe-Amblève after 24 months: %.1f -> %.1f, difference %.1f [%.1f, %.1f]%n", d.baseline(), d.intervention(), d.mean(), d.low(), d.high());
Files.writeString(Path.of("liege-small-comparison.csv"), comparison.toCsv());
String chart = SimulationChart.svg(comparison, AreaType.BASIN, "Ourthe-Amblève", Indicator.STATUS_STABILISED);
Files.writeString(Path.of("liege-small-comparison.svg"), chart);

/exit
