package be.accompaniment.examples;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.i18n.Language;
import be.accompaniment.rules.coordination.Diagrams;
import be.accompaniment.rules.coordination.PlatformHealth;
import be.accompaniment.rules.coordination.PlatformHealthAssessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code platform [FILE] [--on DATE] [--lang fr|nl|de|en] [--out DIR]}: the health of each housing platform of the
 * file against the conditions of success of the practice guide, then the partner network and each platform's
 * membership as Graphviz DOT and Mermaid files. Without FILE, the bundled platforms.
 */
final class PlatformCommand {
    private PlatformCommand() {}

    static int run(List<String> args, PrintStream out) {
        CoordinationFile file = CoordinationFile.load(args);
        Language lang = Cli.language(args);
        LocalDate on = file.day(args);
        ActorDirectory directory = file.directory();
        PlatformHealthAssessor assessor = PlatformHealthAssessor.withDefaults();
        out.println("Health of " + file.platforms().size() + " housing platforms on " + on + " — " + file.name());
        for (Platform platform : file.platforms()) {
            out.println();
            PlatformHealth health = assessor.assess(platform, on);
            out.print(health.report(lang, CoordinationFile.actorNames(directory)));
        }
        out.println();
        Path dir = CoordinationFile.outputDirectory(args);
        Diagrams diagrams = Diagrams.in(lang);
        PartnerNetwork network = file.network(on);
        out.println("Pictures (" + network.nodes().size() + " actors, "
                + network.edges().size() + " partnerships in the network):");
        CoordinationFile.write(dir, "partner-network.dot", diagrams.partnerNetworkDot(network, directory), out);
        CoordinationFile.write(dir, "partner-network.mmd", diagrams.partnerNetworkMermaid(network, directory), out);
        for (Platform platform : file.platforms()) {
            String id = platform.id().value();
            CoordinationFile.write(dir, id + ".dot", diagrams.platformDot(platform, directory, on), out);
            CoordinationFile.write(dir, id + ".mmd", diagrams.platformMermaid(platform, directory, on), out);
        }
        return 0;
    }
}
