package be.accompaniment.examples;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.rules.coordination.Diagrams;
import be.accompaniment.rules.coordination.MatchMaker;
import be.accompaniment.rules.coordination.SpeedDatingSchedule;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.Territory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code speed-dating [FILE] [--on DATE] [--lang fr|nl|de|en] [--out DIR]}: meeting rounds between the actors of a
 * basin (or a platform's members) of the invited kinds, pairing complementary actors that do not yet work together,
 * each pairing explained; then the schedule as JSON and as a Mermaid picture. Without FILE, the bundled session of
 * the Liège basin.
 */
final class SpeedDatingCommand {
    private SpeedDatingCommand() {}

    static int run(List<String> args, PrintStream out) {
        CoordinationFile file = CoordinationFile.load(args);
        CoordinationFile.SpeedDating session = file.speedDating();
        if (session == null) {
            throw new InvalidInputException("speedDating", "must describe the session, was missing");
        }
        Language lang = Cli.language(args);
        LocalDate on = session.on() != null ? session.on() : file.day(args);
        ActorDirectory directory = file.directory();
        String name;
        List<Actor> candidates;
        if (session.platform() != null) {
            Platform platform = file.platform(session.platform());
            name = platform.name();
            candidates = platform.membersOn(on).stream()
                    .map(id -> directory.actor(id).orElse(null))
                    .filter(a -> a != null)
                    .toList();
        } else if (session.basin() != null) {
            Territory basin = file.allBasins().require(session.basin()).territory(Gazetteer.belgium(), on);
            name = basin.name();
            candidates = directory.servingAny(basin);
        } else {
            throw new InvalidInputException("speedDating", "must name a basin or a platform, was neither");
        }
        List<Actor> participants = candidates.stream()
                .filter(a -> session.kinds().isEmpty() || session.kinds().contains(a.kind()))
                .toList();
        PartnerNetwork network = file.network(on);
        SpeedDatingSchedule schedule =
                MatchMaker.withDefaults().schedule(name, participants, network, session.options());
        out.print(schedule.report(lang, CoordinationFile.actorNames(directory)));
        out.println();
        Path dir = CoordinationFile.outputDirectory(args);
        out.println("Schedule:");
        CoordinationFile.write(dir, "speed-dating.json", AccompanimentJson.writePretty(schedule), out);
        CoordinationFile.write(
                dir, "speed-dating.mmd", Diagrams.in(lang).scheduleMermaid(schedule, network, directory), out);
        return 0;
    }
}
