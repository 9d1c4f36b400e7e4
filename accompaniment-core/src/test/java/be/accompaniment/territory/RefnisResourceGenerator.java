package be.accompaniment.territory;

import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the bundled gazetteer resource {@code src/main/resources/be/accompaniment/territory/refnis.tsv} from
 * Statbel's REFNIS code list (TU_COM_REFNIS, CSV) and the successions listed here. Not a test: run it by hand
 * when the source list changes, then review the diff of the resource.
 *
 * <pre>
 * ./mvnw -q -o -pl accompaniment-core test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/cp.txt
 * java -cp "accompaniment-core/target/test-classes:accompaniment-core/target/classes:$(cat cp.txt)" \
 *     be.accompaniment.territory.RefnisResourceGenerator TU_COM_REFNIS-2020.csv \
 *     accompaniment-core/src/main/resources/be/accompaniment/territory/refnis.tsv
 * </pre>
 *
 * (from the repository root; the output is deterministic, so a run on the same list leaves the resource as is).
 *
 * <p>What it does: keeps every region, province and arrondissement row; keeps the commune rows still valid on or
 * after {@value #COVERAGE_FROM} (the great merger of communes; the list does not say which pre-1977 communes
 * went where, so earlier dates stay outside the bundled coverage); ends on 2024-12-31 the communes merged on
 * 2025-01-01 and adds the new communes; records the successions of {@link #SUCCESSIONS}; checks the whole through
 * the library's own assembly, and that 581 communes are valid on 2020-06-30 and 565 on 2025-06-30.
 */
public final class RefnisResourceGenerator {
    static final String COVERAGE_FROM = "1977-01-01";
    static final LocalDate MERGERS_2025 = LocalDate.of(2025, 1, 1);

    /** New communes of 2025-01-01: code, FR, NL, DE names. Third-party lists; to verify against Statbel. */
    static final String[][] NEW_COMMUNES_2025 = {
        {"23106", "Pajottegem", "Pajottegem", "Pajottegem"},
        {"37021", "Wingene", "Wingene", "Wingene"},
        {"37022", "Tielt", "Tielt", "Tielt"},
        {"44086", "Nazareth-De Pinte", "Nazareth-De Pinte", "Nazareth-De Pinte"},
        {"44087", "Lochristi", "Lochristi", "Lochristi"},
        {"44088", "Merelbeke-Melle", "Merelbeke-Melle", "Merelbeke-Melle"},
        {"46029", "Lokeren", "Lokeren", "Lokeren"},
        {"46030", "Beveren-Kruibeke-Zwijndrecht", "Beveren-Kruibeke-Zwijndrecht", "Beveren-Kruibeke-Zwijndrecht"},
        {"71071", "Tessenderlo-Ham", "Tessenderlo-Ham", "Tessenderlo-Ham"},
        {"71072", "Hasselt", "Hasselt", "Hasselt"},
        {"73110", "Bilzen-Hoeselt", "Bilzen-Hoeselt", "Bilzen-Hoeselt"},
        {"73111", "Tongres-Looz", "Tongeren-Borgloon", "Tongeren-Borgloon"},
        {"82039", "Bastogne", "Bastenaken", "Bastnach"},
    };

    /**
     * Successions: predecessor, successor, first day, kind. 1980–1988 and 2019: public records, consistent with the
     * validity dates of the Statbel list (each pair ends and starts on these days there). 2025: third-party lists
     * (DOMAIN.md §7), to verify against Statbel.
     */
    static final String[][] SUCCESSIONS = {
        // Westmalle (the 1977 merger of Westmalle and Oostmalle) renamed Malle
        {"11049", "11057", "1980-01-01", "RECODING"},
        // Gembloux-sur-Orneau renamed Gembloux
        {"92139", "92142", "1980-01-01", "RECODING"},
        // Hekelgem renamed Affligem; Glabbeek-Zuurbemde renamed Glabbeek
        {"23030", "23105", "1981-01-01", "RECODING"},
        {"24030", "24137", "1981-01-01", "RECODING"},
        // Antwerp: Berchem, Borgerhout, Deurne, Ekeren, Hoboken, Merksem and Wilrijk joined Antwerpen
        {"11003", "11002", "1983-01-01", "ABSORPTION"},
        {"11006", "11002", "1983-01-01", "ABSORPTION"},
        {"11012", "11002", "1983-01-01", "ABSORPTION"},
        {"11014", "11002", "1983-01-01", "ABSORPTION"},
        {"11019", "11002", "1983-01-01", "ABSORPTION"},
        {"11028", "11002", "1983-01-01", "ABSORPTION"},
        {"11051", "11002", "1983-01-01", "ABSORPTION"},
        // Comines became Comines-Warneton
        {"54002", "54010", "1983-01-01", "RECODING"},
        // Dilsen renamed Dilsen-Stokkem
        {"72005", "72041", "1988-01-01", "RECODING"},
        // Flemish mergers of 2019
        {"12030", "12041", "2019-01-01", "MERGER"},
        {"12034", "12041", "2019-01-01", "MERGER"},
        {"44011", "44083", "2019-01-01", "MERGER"},
        {"44049", "44083", "2019-01-01", "MERGER"},
        {"44001", "44084", "2019-01-01", "MERGER"},
        {"44029", "44084", "2019-01-01", "MERGER"},
        {"44036", "44085", "2019-01-01", "MERGER"},
        {"44072", "44085", "2019-01-01", "MERGER"},
        {"44080", "44085", "2019-01-01", "MERGER"},
        {"45017", "45068", "2019-01-01", "MERGER"},
        {"45057", "45068", "2019-01-01", "MERGER"},
        {"71047", "72042", "2019-01-01", "MERGER"},
        {"72040", "72042", "2019-01-01", "MERGER"},
        {"72025", "72043", "2019-01-01", "MERGER"},
        {"72029", "72043", "2019-01-01", "MERGER"},
        // Hainaut arrondissements of 2019 (Mouscron closed into Tournai-Mouscron, La Louvière created)
        {"55010", "51067", "2019-01-01", "RECODING"},
        {"55039", "51068", "2019-01-01", "RECODING"},
        {"55023", "51069", "2019-01-01", "RECODING"},
        {"52063", "55085", "2019-01-01", "RECODING"},
        {"52043", "55086", "2019-01-01", "RECODING"},
        {"54007", "57096", "2019-01-01", "RECODING"},
        {"54010", "57097", "2019-01-01", "RECODING"},
        {"55022", "58001", "2019-01-01", "RECODING"},
        {"56011", "58002", "2019-01-01", "RECODING"},
        {"56085", "58003", "2019-01-01", "RECODING"},
        {"56087", "58004", "2019-01-01", "RECODING"},
        // 2025: Flemish mergers (28 communes into 13) and Bastogne + Bertogne
        {"23023", "23106", "2025-01-01", "MERGER"},
        {"23024", "23106", "2025-01-01", "MERGER"},
        {"23032", "23106", "2025-01-01", "MERGER"},
        {"37012", "37021", "2025-01-01", "MERGER"},
        {"37018", "37021", "2025-01-01", "MERGER"},
        {"37007", "37022", "2025-01-01", "MERGER"},
        {"37015", "37022", "2025-01-01", "MERGER"},
        {"44012", "44086", "2025-01-01", "MERGER"},
        {"44048", "44086", "2025-01-01", "MERGER"},
        {"44034", "44087", "2025-01-01", "MERGER"},
        {"44073", "44087", "2025-01-01", "MERGER"},
        {"44040", "44088", "2025-01-01", "MERGER"},
        {"44043", "44088", "2025-01-01", "MERGER"},
        {"44045", "46029", "2025-01-01", "MERGER"},
        {"46014", "46029", "2025-01-01", "MERGER"},
        {"11056", "46030", "2025-01-01", "MERGER"},
        {"46003", "46030", "2025-01-01", "MERGER"},
        {"46013", "46030", "2025-01-01", "MERGER"},
        {"71057", "71071", "2025-01-01", "MERGER"},
        {"71069", "71071", "2025-01-01", "MERGER"},
        {"71022", "71072", "2025-01-01", "MERGER"},
        {"73040", "71072", "2025-01-01", "MERGER"},
        {"73006", "73110", "2025-01-01", "MERGER"},
        {"73032", "73110", "2025-01-01", "MERGER"},
        {"73009", "73111", "2025-01-01", "MERGER"},
        {"73083", "73111", "2025-01-01", "MERGER"},
        {"11007", "11002", "2025-01-01", "ABSORPTION"},
        {"82003", "82039", "2025-01-01", "MERGER"},
        {"82005", "82039", "2025-01-01", "MERGER"},
    };

    private static final String HEADER = String.join(
            "\n",
            "# Belgian regions, provinces, arrondissements and communes for be.accompaniment.territory.Gazetteer.belgium()",
            "# GENERATED by RefnisResourceGenerator (accompaniment-core/src/test/java/be/accompaniment/territory/);"
                    + " do not edit by hand.",
            "#",
            "# Source: Statbel (Statistics Belgium), REFNIS code list TU_COM_REFNIS, 2020 publication: levels, NIS codes,",
            "#   parent codes, French, Dutch and German names and validity dates, as published (typographic apostrophes",
            "#   kept). Commune rows that ended before " + COVERAGE_FROM + " are left out (coverage below).",
            "# 2025-01-01 mergers (28 Flemish communes into 13; Bastogne and Bertogne into Bastogne 82039): the new codes",
            "#   and names, and the end on 2024-12-31 of the merged communes, come from third-party lists, NOT from",
            "#   Statbel: to verify against Statbel's REFNIS 2025 publication.",
            "# Successions 1980-2019: public records, consistent with the validity dates of the Statbel list.",
            "#",
            "# Entry lines, tab-separated: LVL_REFNIS (1 region .. 4 commune), CD_REFNIS, CD_SUP_REFNIS (- for none),",
            "#   first day, last day (- for none), FR name, NL name, DE name (empty for none).",
            "# Succession lines: S, predecessor, successor, first day of the successor, MERGER|ABSORPTION|RECODING.",
            "");

    private RefnisResourceGenerator() {}

    /**
     * Writes the resource.
     *
     * @param args the path of Statbel's CSV, then the path of the resource to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RefnisResourceGenerator <TU_COM_REFNIS.csv> <refnis.tsv>");
            System.exit(2);
        }
        List<RefnisRow> rows;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            rows = select(RefnisCsv.read(in));
        }
        String text = write(rows);
        Gazetteer check =
                GazetteerResource.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "generated");
        int in2020 = check.communes(LocalDate.of(2020, 6, 30)).size();
        int in2025 = check.communes(LocalDate.of(2025, 6, 30)).size();
        if (in2020 != 581 || in2025 != 565) {
            throw new IllegalStateException("expected 581 and 565 communes, got " + in2020 + " and " + in2025);
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write(text);
        }
        System.out.println(
                "wrote " + rows.size() + " entries and " + SUCCESSIONS.length + " successions to " + args[1]);
    }

    /** The rows to bundle: the Statbel rows in coverage, the 2025 ends and the 2025 communes. */
    static List<RefnisRow> select(List<RefnisRow> source) {
        LocalDate coverage = LocalDate.parse(COVERAGE_FROM);
        Set<String> endsIn2025 = new HashSet<>();
        for (String[] s : SUCCESSIONS) {
            if (s[2].equals(MERGERS_2025.toString())) {
                endsIn2025.add(s[0]);
            }
        }
        List<RefnisRow> rows = new ArrayList<>();
        for (RefnisRow r : source) {
            boolean commune = r.level() == AdministrativeLevel.COMMUNE;
            if (commune && r.validity().until().map(u -> u.isBefore(coverage)).orElse(false)) {
                continue;
            }
            if (commune
                    && endsIn2025.contains(r.code().toString())
                    && r.validity().isOpenEnded()) {
                rows.add(new RefnisRow(
                        r.where(),
                        r.level(),
                        r.code(),
                        r.parent().orElse(null),
                        r.names(),
                        Period.of(r.validity().from(), MERGERS_2025.minusDays(1))));
            } else {
                rows.add(r);
            }
        }
        for (String[] c : NEW_COMMUNES_2025) {
            NisCode code = NisCode.parse(c[0]);
            rows.add(new RefnisRow(
                    "2025 mergers",
                    AdministrativeLevel.COMMUNE,
                    code,
                    code.arrondissement(),
                    ImmutableSortedMap.of(Language.FR, c[1], Language.NL, c[2], Language.DE, c[3]),
                    Period.from(MERGERS_2025)));
        }
        rows.sort(Comparator.comparing((RefnisRow r) -> r.level())
                .thenComparing(RefnisRow::code)
                .thenComparing(RefnisRow::validity));
        return rows;
    }

    /** The resource text. */
    static String write(List<RefnisRow> rows) {
        StringBuilder sb = new StringBuilder(HEADER);
        sb.append("coverage\t").append(COVERAGE_FROM).append('\n');
        for (RefnisRow r : rows) {
            sb.append(r.level().refnisLevel())
                    .append('\t')
                    .append(r.code())
                    .append('\t')
                    .append(r.parent().map(NisCode::toString).orElse("-"))
                    .append('\t')
                    .append(r.validity().from())
                    .append('\t')
                    .append(r.validity().until().map(LocalDate::toString).orElse("-"));
            for (Language l : new Language[] {Language.FR, Language.NL, Language.DE}) {
                String name = r.names().getOrDefault(l, "");
                if (name.contains("\t") || name.contains("\n")) {
                    throw new IllegalStateException("tab or line end in a name at " + r.where());
                }
                sb.append('\t').append(name);
            }
            sb.append('\n');
        }
        List<String[]> successions = new ArrayList<>(List.of(SUCCESSIONS));
        successions.sort(Comparator.comparing((String[] s) -> s[2])
                .thenComparing(s -> s[1])
                .thenComparing(s -> s[0]));
        for (String[] s : successions) {
            sb.append("S\t").append(String.join("\t", s)).append('\n');
        }
        return sb.toString();
    }
}
