package be.accompaniment.examples;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.rules.coordination.CoverageAnalyzer;
import be.accompaniment.rules.coordination.CoverageReport;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Territory;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gaps [FILE] [--on DATE] [--lang fr|nl|de|en] [--out DIR]}: the coverage of each territory of the file (a
 * platform's, a basin's or one given in full) against the bundled models of Wallonia and Brussels — missing actors
 * and services, communes depending on a single actor, and the unresolved demand — then the reports as JSON. Without
 * FILE, the bundled platforms.
 */
final class GapsCommand {
    private GapsCommand() {}

    static int run(List<String> args, PrintStream out) {
        CoordinationFile file = CoordinationFile.load(args);
        Language lang = Cli.language(args);
        LocalDate on = file.day(args);
        Gazetteer gazetteer = Gazetteer.belgium();
        ActorDirectory directory = file.directory();
        CoverageAnalyzer analyzer = CoverageAnalyzer.bundled();
        out.println("Coverage gaps of " + file.gaps().size() + " territories on " + on + " — " + file.name());
        List<CoverageReport> reports = new ArrayList<>();
        for (CoordinationFile.GapsTarget target : file.gaps()) {
            Territory territory = file.territory(target, gazetteer, on);
            CoverageReport report = analyzer.analyse(territory, directory, file.unresolvedDemand());
            reports.add(report);
            out.println();
            out.print(report.report(
                    lang, CoordinationFile.communeNames(gazetteer, on, lang), CoordinationFile.actorNames(directory)));
        }
        out.println();
        out.println("Reports:");
        CoordinationFile.write(
                CoordinationFile.outputDirectory(args), "coverage.json", AccompanimentJson.writePretty(reports), out);
        return 0;
    }
}
