package be.accompaniment.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform, gaps and speed-dating commands on the bundled platforms and on a user's file. */
class CoordinationCommandsTest {
    @TempDir
    Path out;

    private String run(BiFunction<List<String>, PrintStream, Integer> command, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--out");
        all.add(out.toString());
        int status = command.apply(all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void platformReportsTheHealthOfTheBundledPlatformsAndDrawsThem() throws IOException {
        String text = run(PlatformCommand::run);
        assertThat(text)
                .contains("Health of 4 housing platforms on 2015-06-30")
                .contains("Plate-forme logement transcommunale Aywaille, Comblain-au-Pont, Esneux, Sprimont")
                .contains("No meeting for 201 days")
                .contains("No meeting frequency was agreed.")
                .contains("Absent from every recent meeting they were expected at: Union des locataires (démo)")
                .contains("Nobody convenes the meetings and keeps the minutes.")
                .contains("Plate-forme logement de Gembloux-Fosses (pf-gembloux-fosses)")
                .contains("No finding: every condition of success is met.");
        for (String file : List.of(
                "partner-network.dot", "partner-network.mmd", "pf-ath.dot", "pf-ath.mmd", "pf-huy-waremme.mmd")) {
            assertThat(out.resolve(file)).exists();
        }
        assertThat(Files.readString(out.resolve("pf-ath.mmd")))
                .contains("Collectif citoyen logement d'Ath (démo)")
                .contains("classDef sector_citizen");
        assertThat(Files.readString(out.resolve("pf-huy-waremme.dot"))).contains("Logement des aînés");
    }

    @Test
    void platformSpeaksFrench() {
        assertThat(run(PlatformCommand::run, "--lang", "fr"))
                .contains("évaluée le 2015-06-30")
                .contains("Aucune fréquence de réunion n'a été convenue.");
    }

    @Test
    void gapsFindsTheMissingActorsOfTheBundledTerritories() throws IOException {
        String text = run(GapsCommand::run);
        assertThat(text)
                .contains("Coverage of Gembloux, Fosses-la-Ville (communes: 2)")
                .contains("Missing in the territory: Housing promotion association (APL). Expected where present:"
                        + " Social rental agency (AIS) (AIS Gembloux–Fosses (démo)).")
                .contains("Missing in Gembloux: Technical assistance on the dwelling (any actor).")
                .contains("by commune: Fosses-la-Ville 3, Gembloux 4")
                .contains("Ath depends on CPAS d'Ath alone for Budget guidance and debt mediation.");
        assertThat(Files.readString(out.resolve("coverage.json"))).contains("\"wal-apl-where-ais\"");
    }

    @Test
    void speedDatingSchedulesTheLiegeBasin() throws IOException {
        String text = run(SpeedDatingCommand::run);
        assertThat(text)
                .startsWith("Speed dating — Liège: 13 organisations, 4 rounds × 6 tables, 24 encounters;")
                .contains("Round 4")
                .doesNotContain("AIS de Liège (démo) ↔ APL Liège-Habitat (démo)");
        assertThat(Files.readString(out.resolve("speed-dating.json"))).contains("\"greedyScore\"");
        assertThat(Files.readString(out.resolve("speed-dating.mmd"))).contains(" -.-|\"R1\"| ");
        assertThat(run(SpeedDatingCommand::run)).isEqualTo(text);
    }

    @Test
    void readsAUsersFileWithItsOwnBasinAndAPlatformSession() throws IOException {
        Path file = out.resolve("mine.json");
        Files.writeString(file, """
                {"assessedOn": "2015-06-30",
                 "actors": [
                   {"id": "cpas-esneux", "name": "CPAS d'Esneux", "kind": "CPAS",
                    "territory": {"name": "Esneux", "communes": ["62032"]}, "seat": "62032"},
                   {"id": "pcs-esneux", "name": "PCS d'Esneux", "kind": "PCS",
                    "territory": {"name": "Esneux", "communes": ["62032"]}, "seat": "62032"},
                   {"id": "ais-ourthe-ambleve", "name": "AIS (démo)", "kind": "AIS",
                    "territory": {"name": "Ourthe", "communes": ["62009", "62032"]}, "seat": "62009"},
                   {"id": "apl-ourthe", "name": "APL (démo)", "kind": "APL",
                    "territory": {"name": "Ourthe", "communes": ["62009", "62032"]}, "seat": "62009"}],
                 "platforms": [{"id": "pf-esneux", "name": "Plate-forme d'Esneux",
                   "territory": {"name": "Esneux", "communes": ["62032"]}, "startedOn": "2015-01-15",
                   "members": [{"actor": "cpas-esneux", "joinedOn": "2015-01-15"},
                               {"actor": "pcs-esneux", "joinedOn": "2015-01-15"},
                               {"actor": "ais-ourthe-ambleve", "joinedOn": "2015-01-15"},
                               {"actor": "apl-ourthe", "joinedOn": "2015-01-15"}]}],
                 "basins": [{"name": "Ourthe", "units": ["62009", "62032"]}],
                 "gaps": [{"basin": "Ourthe"}],
                 "speedDating": {"platform": "pf-esneux", "options": {"rounds": 2, "tables": 2}}}
                """);
        String health = run(PlatformCommand::run, file.toString());
        assertThat(health).contains("Plate-forme d'Esneux (pf-esneux)").contains("Nobody pilots the platform.");
        assertThat(run(GapsCommand::run, file.toString())).contains("Coverage of Ourthe (communes: 2)");
        // the four members already share the platform: no new encounter is possible
        assertThat(run(SpeedDatingCommand::run, file.toString()))
                .startsWith("Speed dating — Plate-forme d'Esneux: 4 organisations, 2 rounds × 2 tables, 0 encounters");
    }

    @Test
    void refusesAFileWithoutSession() throws IOException {
        Path file = out.resolve("empty.json");
        Files.writeString(file, "{\"assessedOn\": \"2015-06-30\"}");
        assertThatThrownBy(() -> run(SpeedDatingCommand::run, file.toString()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.where()).isEqualTo("speedDating"));
    }
}
