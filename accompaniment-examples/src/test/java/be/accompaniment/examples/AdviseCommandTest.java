package be.accompaniment.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void advisesTheDemoHouseholdInFrenchByDefault() {
        assertThat(AdviseCommand.run(List.of(), out)).isZero();
        assertThat(output())
                .startsWith("Avis — ménage demo-esneux-eviction, au 2026-03-02")
                .contains("1. [HAUTE]")
                .contains("(eviction-cpas-contact)")
                .contains("Vers: CPAS d'Esneux (cpas-esneux)")
                .contains("déjà partenaire de l'envoyeur dans une plate-forme logement")
                .contains("Parce que: stage HEARING_SET")
                .contains("Échéance: 2026-03-07")
                .contains("Droit: Code judiciaire");
    }

    @Test
    void printsEachSuggestionWithItsDeadlineTargetAndReasons() {
        assertThat(AdviseCommand.run(List.of("--lang", "en"), out)).isZero();
        assertThat(output())
                .contains("\n\n1. [HIGH] Contact the CPAS notified of the eviction claim  (eviction-cpas-contact)\n"
                        + "   Situation: Threat of eviction — measure: Contact with the CPAS\n"
                        + "   Deadline: 2026-03-07 (HEARING -7 days ← 2026-03-14)\n"
                        + "   To: CPAS d'Esneux (cpas-esneux) — serves the commune itself, has free places,"
                        + " already a partner of the referrer on a housing platform\n"
                        + "   Because: stage HEARING_SET in [FILED, CPAS_NOTIFIED, HEARING_SET];"
                        + " not (fact TENANT_OBJECTED_TO_CPAS_NOTIFICATION); not (referrer in [CPAS]), seen PCS\n"
                        + "   Consent: given\n"
                        + "   Law: Code judiciaire")
                // a suggestion no actor of the directory can take, and one day before the hearing
                .contains("   To: no actor serves the commune 62032\n"
                        + "   Because: daysUntil HEARING = 12 within [0, 30]\n"
                        + "   Consent: missing — ask the household's consent first, share nothing\n")
                .contains("\n\n4. [NORMAL] Ask the justice of the peace for conciliation  (eviction-conciliation)\n"
                        + "   Situation: Threat of eviction — measure: Conciliation before the justice of the peace\n"
                        + "   Deadline: 2026-03-13 (HEARING -1 day ← 2026-03-14)\n");
        bytes.reset();
        assertThat(AdviseCommand.run(List.of(), out)).isZero();
        assertThat(output()).contains("(HEARING -7 jours ← 2026-03-14)").contains("(HEARING -1 jour ← 2026-03-14)");
    }

    @Test
    void printsLabelsInTheLanguageAsked() {
        assertThat(AdviseCommand.run(List.of("advise", "--lang", "nl"), out)).isZero();
        assertThat(output()).startsWith("Advies — gezin demo-esneux-eviction").contains("[HOOG]");
    }

    @Test
    void advisesAHouseholdGivenAsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("household.json");
        Files.writeString(file, """
                {"household": {"id": "h-1", "commune": "21001",
                  "members": [{"role": "REFERENCE_PERSON", "birthYear": 1980}],
                  "incomes": [], "tenure": "PRIVATE_TENANT", "consents": [],
                  "situations": [{"kind": "eviction-threat", "openedOn": "2026-01-10", "procedure": "REQUETE",
                    "filedOn": "2026-02-01", "hearingOn": "2026-03-14"}]},
                 "on": "2026-03-02", "referrer": "union-locataires-anderlecht"}
                """);
        assertThat(AdviseCommand.run(List.of(file.toString(), "--lang", "en"), out))
                .isZero();
        assertThat(output())
                .startsWith("Advice — household h-1, on 2026-03-02")
                .contains("brussels-capital")
                .contains("To: CPAS d'Anderlecht (cpas-anderlecht)");
    }

    @Test
    void printsTheAdviceAsJsonOnRequest() {
        assertThat(AdviseCommand.run(List.of("--json", "--lang", "de"), out)).isZero();
        assertThat(output())
                .contains("\"household\" : \"demo-esneux-eviction\"")
                .contains("\"rule\" : ");
    }

    @Test
    void advisesEveryBundledDemoHousehold() {
        for (String name : List.of("eviction-anderlecht", "insalubrity-seraing", "release-liege")) {
            Path file = Path.of("src/main/resources/be/accompaniment/examples/households/" + name + ".json");
            assertThat(AdviseCommand.run(List.of(file.toString()), out))
                    .as(name + ": " + output())
                    .isZero();
        }
        assertThat(output()).contains("demo-anderlecht-eviction", "demo-seraing-insalubrity", "demo-liege-release");
    }

    @Test
    void reportsBadInputWithItsPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"household\": {\"id\": \"h-1\"}, \"on\": \"2026-03-02\"}");
        assertThat(AdviseCommand.run(List.of(file.toString()), out)).isEqualTo(1);
        assertThat(output()).startsWith("advise: ");
        bytes.reset();
        assertThat(AdviseCommand.run(List.of(dir.resolve("missing.json").toString()), out))
                .isEqualTo(1);
        assertThat(output()).contains("no such file");
    }

    @Test
    void rejectsBadUsage() {
        assertThat(AdviseCommand.run(List.of("--lang", "it"), out)).isEqualTo(2);
        assertThat(output()).contains("--lang must be fr, nl, de or en").contains("usage: advise");
    }
}
