package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The project's own compact form of a REFNIS list: one UTF-8, tab-separated line per entry, as written by the
 * generator in the test sources ({@code RefnisResourceGenerator}).
 *
 * <pre>
 * # comment
 * coverage  1977-01-01
 * 4  62063  62000  1970-01-01  -  Liège  Luik  Lüttich      (level, code, parent or -, first day, last day or -, FR, NL, DE)
 * S  73040  71072  2025-01-01  MERGER                        (predecessor, successor, first day, kind)
 * </pre>
 *
 * An empty name means none in that language.
 */
final class GazetteerResource {
    static final String RESOURCE = "refnis.tsv";

    private GazetteerResource() {}

    /** The bundled gazetteer, read from the resource beside this class. */
    static Gazetteer loadBundled() {
        try (InputStream in = GazetteerResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the territory package");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a gazetteer in this format; the stream is not closed. */
    static Gazetteer read(InputStream in, String source) {
        RefnisCsv.Lines lines = new RefnisCsv.Lines(in, source + " line ");
        ImmutableList.Builder<RefnisRow> rows = ImmutableList.builder();
        ImmutableList.Builder<Succession> successions = ImmutableList.builder();
        Period coverage = null;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + lines.number();
            List<String> f = List.of(line.split("\t", -1));
            String entry = f.get(0);
            expect(f, entry.equals("coverage") ? 2 : entry.equals("S") ? 5 : 8, where);
            try {
                switch (entry) {
                    case "coverage":
                        coverage = Period.from(LocalDate.parse(f.get(1)));
                        break;
                    case "S":
                        successions.add(Succession.of(
                                NisCode.parse(f.get(1)),
                                NisCode.parse(f.get(2)),
                                LocalDate.parse(f.get(3)),
                                SuccessionKind.valueOf(f.get(4))));
                        break;
                    default:
                        rows.add(row(f, where));
                }
            } catch (InvalidInputException e) {
                throw new InvalidInputException(where, e.getMessage());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidInputException(where, "malformed entry: " + e.getMessage());
            }
        }
        return Gazetteer.assemble(source, rows.build(), successions.build(), coverage);
    }

    private static RefnisRow row(List<String> f, String where) {
        AdministrativeLevel level = AdministrativeLevel.ofRefnisLevel(Integer.parseInt(f.get(0)));
        NisCode parent = f.get(2).equals("-") ? null : NisCode.parse(f.get(2));
        LocalDate from = LocalDate.parse(f.get(3));
        Period validity = f.get(4).equals("-") ? Period.from(from) : Period.of(from, LocalDate.parse(f.get(4)));
        ImmutableSortedMap.Builder<Language, String> names = ImmutableSortedMap.naturalOrder();
        Language[] languages = {Language.FR, Language.NL, Language.DE};
        for (int i = 0; i < languages.length; i++) {
            if (!f.get(5 + i).isEmpty()) {
                names.put(languages[i], f.get(5 + i));
            }
        }
        return new RefnisRow(where, level, NisCode.parse(f.get(1)), parent, names.build(), validity);
    }

    private static void expect(List<String> fields, int count, String where) {
        if (fields.size() != count) {
            throw new InvalidInputException(where, "expected " + count + " tab-separated fields, was " + fields.size());
        }
    }
}
