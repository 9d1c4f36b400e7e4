package be.accompaniment.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a newcomer meets it: the demo by default, help, and wrong commands told apart from bad data. */
class MainTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return Main.run(List.of(args), out, err);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutArgumentsRunsTheDemoOnBundledData() {
        assertThat(run()).isZero();
        String demo = out();
        assertThat(demo)
                .startsWith("accompaniment — demo on bundled data (as of 2026-03-02, labels: en)\n"
                        + "57 actors in the demo directory, 565 Belgian communes in the gazetteer on that day\n")
                .contains("\n\n== Household demo-anderlecht-eviction — Anderlecht (21001), Brussels-Capital Region\n"
                        + "   3 member(s), 1 minor(s), 1 at school; tenure: Private tenant; income €1850.00/month\n"
                        + "   situation: Threat of eviction — stage Judgment served — ETHOS 9.1 Threat of eviction"
                        + " (rented)\n"
                        + "   15 actors serve the commune: CPAS / OCMW (public social-action centre), Commune housing"
                        + " service, Public social housing company, Brussels (SISP), Social rental agency (AIS),")
                .contains("\n\n== Household demo-seraing-insalubrity — Seraing (62096), Walloon Region\n"
                        + "   2 member(s), 1 minor(s), 1 at school; tenure: Private tenant; income €1210.00/month\n")
                .contains("\n\n== Household demo-liege-release — Liège (62063), Walloon Region\n"
                        + "   1 member(s), 0 minor(s), 0 at school; tenure: In an institution; income €0.00/month\n"
                        + "   situation: Institution exit — stage Release planned — ETHOS 6.1 Release from a penal"
                        + " institution (ETHOS Light 4)\n")
                .contains("\n\nAdvice — household demo-anderlecht-eviction, on 2026-03-02")
                .contains(
                        "1. [HIGH] Eviction judgment: look for a new home (AIS, SISP, CPAS)  (eviction-rehousing-search)")
                .contains("Because: stage SERVED in [JUDGMENT, SERVED, EXECUTION_SCHEDULED]")
                .contains("\n\n== Pathway of demo-anderlecht-eviction: 7 events\n"
                        + "   days to first contact: 30, actors involved: 2, days to stabilisation: 168,"
                        + " outcome: NEITHER, passerelles made/accepted: 1/1\n"
                        + "   as a Mermaid Gantt chart (paste into a Markdown viewer):\n"
                        + "   gantt\n"
                        + "     title Pathway of household demo-anderlecht-eviction\n")
                .endsWith("     Stabilised — Private rental :milestone, 2026-06-01, 0d\n");
        assertThat(err()).isEmpty();
        assertThat(run()).isZero();
        assertThat(out()).as("the same demo every time").isEqualTo(demo);
    }

    @Test
    void optionsAloneRunTheDemoWithThem() {
        assertThat(run("--lang", "fr")).isZero();
        assertThat(out())
                .startsWith("accompaniment — demo on bundled data (as of 2026-03-02, labels: fr)")
                .contains("Région de Bruxelles-Capitale");
        assertThat(run("demo", "--lang", "NL")).isZero();
        assertThat(out()).contains("labels: nl");
    }

    @Test
    void runsEachCommandAndReturnsItsStatus() {
        String out = dir.toString();
        assertThat(run("advise", "--lang", "en")).isZero();
        assertThat(out()).startsWith("Advice — household demo-esneux-eviction, on 2026-03-02");
        assertThat(run("platform", "--out", out)).isZero();
        assertThat(out()).contains("Plate-forme");
        assertThat(run("gaps", "--out", out)).isZero();
        assertThat(out()).startsWith("Coverage gaps of ");
        assertThat(run("speed-dating", "--out", out)).isZero();
        assertThat(out()).startsWith("Speed dating — Liège: 13 organisations");
        assertThat(run("simulate", "--help")).isZero();
        assertThat(out()).startsWith("usage: simulate");
        // each command's own refusals keep their status
        assertThat(run("simulate", "--threads")).isEqualTo(2);
        assertThat(run("advise", "--lang", "it")).isEqualTo(2);
    }

    @Test
    void printsTheUsageWhenAsked() {
        for (String help : List.of("help", "-h", "--help")) {
            assertThat(run(help)).as(help).isZero();
            assertThat(out()).isEqualTo(Cli.USAGE + "\n");
        }
    }

    @Test
    void aWrongCommandLineExitsWith2AndShowsTheUsage() {
        assertThat(run("advice")).isEqualTo(2);
        assertThat(err()).startsWith("unknown command \"advice\"\n").contains(Cli.USAGE);
        String[][] wrong = {
            {"--lang", "it"},
            {"demo", "--lang"},
            {"demo", "household.json"},
            {"demo", "--on", "2026-01-01"},
            {"gaps", "--on", "2026-13-01"},
            {"gaps", "--colour", "red"},
            {"gaps", "a.json", "b.json"}
        };
        String[] told = {
            "error: --lang must be fr, nl, de or en, was \"it\"",
            "error: --lang needs a value",
            "error: takes no file, was given household.json",
            "error: unknown option --on",
            "error: --on must be a date as YYYY-MM-DD, was \"2026-13-01\"",
            "error: unknown option --colour, expected [--on, --lang, --out]",
            "error: takes one file, was also given b.json"
        };
        for (int i = 0; i < wrong.length; i++) {
            assertThat(run(wrong[i])).as(String.join(" ", wrong[i])).isEqualTo(2);
            assertThat(err()).startsWith(told[i]).endsWith(Cli.USAGE + "\n");
            assertThat(out()).isEmpty();
        }
    }

    @Test
    void badDataExitsWith1AndNamesTheProblem() throws java.io.IOException {
        String missing = dir.resolve("missing.json").toString();
        assertThat(run("gaps", missing)).isEqualTo(1);
        assertThat(err()).isEqualTo("error: cannot read " + missing + ": no such file\n");
        assertThat(run("platform", "--on", "2015-06-30", missing)).isEqualTo(1);
        assertThat(err()).contains("no such file");
        Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\"assessedOn\": \"yesterday\"}");
        assertThat(run("gaps", bad.toString())).isEqualTo(1);
        assertThat(err()).startsWith("error: ").contains("assessedOn").doesNotContain(Cli.USAGE);
    }
}
