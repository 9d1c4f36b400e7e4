package be.accompaniment.examples;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.PlatformId;
import be.accompaniment.i18n.Language;
import be.accompaniment.rules.coordination.Basin;
import be.accompaniment.rules.coordination.Basins;
import be.accompaniment.rules.coordination.SpeedDatingOptions;
import be.accompaniment.rules.coordination.UnresolvedDemand;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The input of the {@code platform}, {@code gaps} and {@code speed-dating} commands: actors, housing platforms,
 * collaborations between actors, user-defined basins, the territories to check for gaps, unresolved demand from a
 * batch of advice, and a speed-dating session. Every part but the day is optional.
 *
 * <pre>{@code
 * {"name": "…", "assessedOn": "2015-06-30", "useDemoDirectory": true,
 *  "actors": [{actor}…], "platforms": [{platform}…],
 *  "collaborations": [{"a": "ais-liege", "b": "apl-liege", "passerelles": 12}],
 *  "basins": [{"name": "Ourthe-Amblève", "units": ["62009", "62026"]}],
 *  "gaps": [{"platform": "pf-ath"}, {"basin": "Liège"}, {"territory": {"name": "…", "communes": […]}}],
 *  "unresolvedDemand": [{"commune": "92142", "kind": "APL", "rule": "…", "count": 4}],
 *  "speedDating": {"basin": "Liège", "kinds": ["AIS", "APL"], "options": {"rounds": 4, "tables": 6}}}
 * }</pre>
 *
 * <p>The bundled {@code coordination-demo.json} holds the platforms of the Walloon practice guide (Aywaille,
 * Comblain-au-Pont, Esneux and Sprimont; Ath with its citizens' collective; the Huy-Waremme network in thematic
 * sub-commissions) and the Gembloux-Fosses platform of the FLW forum, with plausible, synthetic members (organisations
 * marked "démo" are invented) and its own actors, so that it does not change when the demo directory does.
 */
record CoordinationFile(
        String name,
        LocalDate assessedOn,
        Boolean useDemoDirectory,
        List<Actor> actors,
        List<Platform> platforms,
        List<Collaboration> collaborations,
        List<Basin> basins,
        List<GapsTarget> gaps,
        List<UnresolvedDemand> unresolvedDemand,
        SpeedDating speedDating) {

    static final String BUNDLED = "coordination-demo.json";

    CoordinationFile {
        Objects.requireNonNull(assessedOn, "assessedOn");
        name = name == null ? "coordination" : name;
        useDemoDirectory = useDemoDirectory != null && useDemoDirectory;
        actors = actors == null ? List.of() : actors;
        platforms = platforms == null ? List.of() : platforms;
        collaborations = collaborations == null ? List.of() : collaborations;
        basins = basins == null ? List.of() : basins;
        gaps = gaps == null ? List.of() : gaps;
        unresolvedDemand = unresolvedDemand == null ? List.of() : unresolvedDemand;
    }

    /** Passerelles two actors exchanged, which make them partners. */
    record Collaboration(ActorId a, ActorId b, int passerelles) {}

    /** A territory to check for gaps: a platform's, a basin's, or one given in full. */
    record GapsTarget(PlatformId platform, String basin, Territory territory) {}

    /** A speed-dating session: a basin or a platform's members, the kinds invited, rounds and tables. */
    record SpeedDating(
            String basin, PlatformId platform, List<ActorKind> kinds, SpeedDatingOptions options, LocalDate on) {
        SpeedDating {
            kinds = kinds == null ? List.of() : kinds;
            Objects.requireNonNull(options, "speedDating.options");
        }
    }

    /** The file named by the first argument that is not an option, or the bundled demo file. */
    static CoordinationFile load(List<String> args) {
        return file(Cli.checked(args, 1, "--on", "--lang", "--out"))
                .map(f -> DemoData.readFile(Path.of(f), CoordinationFile.class))
                .orElseGet(() -> DemoData.read(BUNDLED, CoordinationFile.class));
    }

    private static Optional<String> file(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                i++; // every option takes a value
            } else {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The value of an option, e.g. {@code --out DIR}. */
    static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }

    /** The day of the analysis: {@code --on DATE}, else the file's {@code assessedOn}. */
    LocalDate day(List<String> args) {
        return option(args, "--on").map(Cli::day).orElse(assessedOn);
    }

    /** The file's actors, with the demo directory's if asked. */
    ActorDirectory directory() {
        List<Actor> all = new ArrayList<>(actors);
        if (useDemoDirectory) {
            all.addAll(DemoData.directory().all());
        }
        return ActorDirectory.of(all);
    }

    /** The basins: the bundled ones of the FLW forum and the file's own. */
    Basins allBasins() {
        return Basins.bundled().with(basins);
    }

    /** The platform with an id. */
    Platform platform(PlatformId id) {
        return platforms.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "platform",
                        "must be one of " + platforms.stream().map(Platform::id).toList() + ", was " + id));
    }

    /** Who works with whom on a day: members of the platforms running that day, and the collaborations. */
    PartnerNetwork network(LocalDate on) {
        PartnerNetwork.Builder network = PartnerNetwork.builder();
        for (Platform p : platforms) {
            if (!p.startedOn().isAfter(on)) {
                network.addPlatform(p, on);
            }
        }
        for (Collaboration c : collaborations) {
            network.addCollaboration(c.a(), c.b(), c.passerelles());
        }
        return network.build();
    }

    /** The territory of a gaps target. */
    Territory territory(GapsTarget target, Gazetteer gazetteer, LocalDate on) {
        if (target.platform() != null) {
            return platform(target.platform()).territory();
        }
        if (target.basin() != null) {
            return allBasins().require(target.basin()).territory(gazetteer, on);
        }
        if (target.territory() != null) {
            return target.territory();
        }
        throw new InvalidInputException("gaps", "must name a platform, a basin or a territory, was none");
    }

    /** Actor names by id, the id when unknown. */
    static Function<ActorId, String> actorNames(ActorDirectory directory) {
        return id -> directory.actor(id).map(Actor::name).orElse(id.value());
    }

    /** Commune names by code in a language, the code when unknown. */
    static Function<NisCode, String> communeNames(Gazetteer gazetteer, LocalDate on, Language language) {
        return code -> gazetteer.commune(code, on).map(c -> c.name(language)).orElse(code.toString());
    }

    /** Where pictures go: {@code --out DIR}, else {@code coordination-pictures} in the working directory. */
    static Path outputDirectory(List<String> args) {
        return Path.of(option(args, "--out").orElse("coordination-pictures"));
    }

    /** Writes a text file in the output directory and says so. */
    static void write(Path directory, String file, String text, PrintStream out) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(file), e);
        }
        out.println("  wrote " + directory.resolve(file));
    }
}
