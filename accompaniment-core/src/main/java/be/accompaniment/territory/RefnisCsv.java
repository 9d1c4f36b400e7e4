package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Statbel's REFNIS code list (TU_COM_REFNIS) in its CSV form.
 *
 * <p>The header names the columns {@code LVL_REFNIS, CD_REFNIS, CD_SUP_REFNIS, TX_REFNIS_DE, TX_REFNIS_FR,
 * TX_REFNIS_NL, DT_VLDT_START, DT_VLDT_END} in any order (other columns are ignored), separated by commas,
 * semicolons, vertical bars or tabs. Fields may be quoted ({@code ""} inside quotes is one quote); the 2020 file
 * leaves some dates unquoted. Dates are {@code dd/MM/yyyy}; an end of {@code 31/12/9999} or an empty end means no
 * end. {@code -} or nothing in {@code CD_SUP_REFNIS} means no parent. An empty name means no name in that
 * language. Names are kept as written, typographic apostrophes included ({@code Province d’Anvers}). UTF-8, with
 * or without a byte-order mark; line ends {@code \n} or {@code \r\n}.
 *
 * <p>Reading is bounded: {@value #MAX_LINE_BYTES} bytes per line, {@value #MAX_ROWS} rows.
 */
final class RefnisCsv {
    static final int MAX_LINE_BYTES = 4096;
    static final int MAX_ROWS = 100_000;
    static final List<String> COLUMNS = List.of(
            RefnisRow.LEVEL,
            RefnisRow.CODE,
            RefnisRow.PARENT,
            RefnisRow.NAME_DE,
            RefnisRow.NAME_FR,
            RefnisRow.NAME_NL,
            RefnisRow.START,
            RefnisRow.END);

    private static final String SOURCE = "REFNIS CSV line ";
    private static final char[] DELIMITERS = {',', ';', '|', '\t'};
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private RefnisCsv() {}

    /** Reads every row; the stream is not closed. */
    static ImmutableList<RefnisRow> read(InputStream in) {
        return read(in, MAX_ROWS);
    }

    /** Reads at most {@code maxRows} rows; the stream is not closed. */
    static ImmutableList<RefnisRow> read(InputStream in, int maxRows) {
        Lines lines = new Lines(in);
        String header = lines.next();
        if (header == null) {
            throw new InvalidInputException(SOURCE + 1, "empty file; expected a header naming " + COLUMNS);
        }
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        char delimiter = 0;
        Map<String, Integer> index = null;
        int width = 0;
        for (char d : DELIMITERS) {
            List<String> names;
            try {
                names = split(header, d, 1);
            } catch (InvalidInputException e) {
                continue; // quotes that do not fit this separator: try the next
            }
            Map<String, Integer> candidate = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                candidate.putIfAbsent(names.get(i).strip().toUpperCase(Locale.ROOT), i);
            }
            if (candidate.keySet().containsAll(COLUMNS)) {
                delimiter = d;
                index = candidate;
                width = names.size();
                break;
            }
        }
        if (index == null) {
            throw new InvalidInputException(
                    SOURCE + 1, "header must name the columns " + COLUMNS + ", was \"" + abbreviate(header) + "\"");
        }
        ImmutableList.Builder<RefnisRow> rows = ImmutableList.builder();
        int count = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line.isBlank()) {
                continue;
            }
            int n = lines.number();
            if (++count > maxRows) {
                throw new InvalidInputException(SOURCE + n, "more than " + maxRows + " rows");
            }
            List<String> fields = split(line, delimiter, n);
            if (fields.size() != width) {
                throw new InvalidInputException(
                        SOURCE + n, "expected " + width + " fields as in the header, was " + fields.size());
            }
            rows.add(row(n, fields, index));
        }
        return rows.build();
    }

    private static RefnisRow row(int line, List<String> fields, Map<String, Integer> index) {
        String where = SOURCE + line;
        Map<String, String> f = new HashMap<>();
        for (String column : COLUMNS) {
            f.put(column, fields.get(index.get(column)).strip());
        }
        String levelText = f.get(RefnisRow.LEVEL);
        AdministrativeLevel level = null;
        for (AdministrativeLevel l : AdministrativeLevel.values()) {
            if (levelText.equals(Integer.toString(l.refnisLevel()))) {
                level = l;
            }
        }
        if (level == null) {
            throw fail(where, RefnisRow.LEVEL, "must be 1 (region) to 4 (commune), was \"" + levelText + "\"");
        }
        NisCode code = code(where, RefnisRow.CODE, f.get(RefnisRow.CODE));
        String parentText = f.get(RefnisRow.PARENT);
        NisCode parent =
                parentText.isEmpty() || parentText.equals("-") ? null : code(where, RefnisRow.PARENT, parentText);
        ImmutableSortedMap.Builder<Language, String> names = ImmutableSortedMap.naturalOrder();
        for (Language language : new Language[] {Language.FR, Language.NL, Language.DE}) {
            String name = f.get(RefnisRow.nameColumn(language));
            if (!name.isEmpty()) {
                names.put(language, name);
            }
        }
        ImmutableSortedMap<Language, String> built = names.build();
        if (built.isEmpty()) {
            throw fail(
                    where,
                    RefnisRow.NAME_FR,
                    "no name in any language: " + RefnisRow.NAME_DE + ", " + RefnisRow.NAME_FR + " and "
                            + RefnisRow.NAME_NL + " are all empty");
        }
        LocalDate start = date(where, RefnisRow.START, f.get(RefnisRow.START));
        String endText = f.get(RefnisRow.END);
        LocalDate end = endText.isEmpty() ? OPEN_END : date(where, RefnisRow.END, endText);
        if (end.isBefore(start)) {
            throw fail(
                    where,
                    RefnisRow.END,
                    "must not be before " + RefnisRow.START + " " + f.get(RefnisRow.START) + ", was \"" + endText
                            + "\"");
        }
        Period validity = end.equals(OPEN_END) ? Period.from(start) : Period.of(start, end);
        return new RefnisRow(where, level, code, parent, built, validity);
    }

    private static NisCode code(String where, String column, String text) {
        String problem = NisCode.problemWith(text);
        if (problem != null) {
            throw fail(where, column, problem);
        }
        return NisCode.parse(text);
    }

    private static LocalDate date(String where, String column, String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw fail(where, column, "must be a date dd/MM/yyyy, was \"" + abbreviate(text) + "\"");
        }
    }

    private static InvalidInputException fail(String where, String column, String problem) {
        return new InvalidInputException(where + ", " + column, problem);
    }

    /** Splits one line into fields, honouring quotes. */
    static List<String> split(String line, char delimiter, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inQuotes) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    inQuotes = false;
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '"' && !quoted && field.toString().isBlank()) {
                field.setLength(0);
                inQuotes = true;
                quoted = true;
            } else if (quoted && !Character.isWhitespace(c)) {
                throw new InvalidInputException(
                        SOURCE + lineNumber,
                        "field " + (fields.size() + 1) + ": text after the closing quote, at character " + (i + 1));
            } else if (c == '"') {
                throw new InvalidInputException(
                        SOURCE + lineNumber,
                        "field " + (fields.size() + 1) + ": quote inside an unquoted field, at character " + (i + 1));
            } else if (!quoted) {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw new InvalidInputException(
                    SOURCE + lineNumber, "field " + (fields.size() + 1) + ": quote not closed before the end of line");
        }
        fields.add(field.toString());
        return fields;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    /** Lines of UTF-8 text, each decoded on its own so that a bad byte is reported on its line. */
    static final class Lines {
        private final InputStream in;
        private final String source;
        private int number;
        private boolean eof;

        Lines(InputStream in) {
            this(in, SOURCE);
        }

        Lines(InputStream in, String source) {
            this.in = new BufferedInputStream(in);
            this.source = source;
        }

        /** The number of the line last returned, from 1. */
        int number() {
            return number;
        }

        /** The next line without its line end, or null at the end. */
        String next() {
            if (eof) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                int b = in.read();
                if (b < 0) {
                    eof = true;
                    return null;
                }
                number++;
                while (b >= 0 && b != '\n') {
                    if (bytes.size() >= MAX_LINE_BYTES) {
                        throw new InvalidInputException(source + number, "longer than " + MAX_LINE_BYTES + " bytes");
                    }
                    bytes.write(b);
                    b = in.read();
                }
                eof = b < 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read line " + (number + 1), e);
            }
            byte[] raw = bytes.toByteArray();
            int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw, 0, length))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new InvalidInputException(source + number, "not UTF-8 text (" + e.getMessage() + ")");
            }
        }
    }
}
