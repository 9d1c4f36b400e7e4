package be.accompaniment.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.i18n.Language;
import be.accompaniment.law.Period;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Statbel's REFNIS CSV read through {@link Gazetteer#fromRefnisCsv(InputStream)}, on small inline samples. */
class RefnisCsvTest {
    private static final String HEADER = "\"LVL_REFNIS\",\"CD_REFNIS\",\"CD_SUP_REFNIS\",\"TX_REFNIS_DE\","
            + "\"TX_REFNIS_FR\",\"TX_REFNIS_NL\",\"DT_VLDT_START\",\"DT_VLDT_END\"\n";
    private static final String REGION =
            "\"1\",\"03000\",\"-\",\"Wallonische Region\",\"Région wallonne\",\"Waals Gewest\",\"01/01/1970\",\"31/12/9999\"\n";
    private static final String PROVINCE = "\"2\",\"60000\",\"03000\",\"Provinz Lüttich\",\"Province de Liège\","
            + "\"Provincie Luik\",\"01/01/1970\",\"31/12/9999\"\n";
    private static final String ARRONDISSEMENT = "\"3\",\"62000\",\"60000\",\"Bezirk Lüttich\","
            + "\"Arrondissement de Liège\",\"Arrondissement Luik\",\"01/01/1970\",\"31/12/9999\"\n";
    private static final String LIEGE =
            "\"4\",\"62063\",\"62000\",\"Lüttich\",\"Liège\",\"Luik\",\"01/01/1970\",\"31/12/9999\"\n";
    private static final String UNITS = HEADER + REGION + PROVINCE + ARRONDISSEMENT;
    private static final LocalDate MID_2020 = LocalDate.of(2020, 6, 30);

    private static Gazetteer read(String text) {
        return Gazetteer.fromRefnisCsv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NisCode code(String code) {
        return NisCode.parse(code);
    }

    @Nested
    class Reads {
        @Test
        void theStatbelFormat() {
            Gazetteer g = read(UNITS + LIEGE
                    + "\"4\",\"62009\",\"62000\",\"Aywaille\",\"Aywaille\",\"Aywaille\",\"01/01/1970\",31/12/2018\n"
                    + "\"4\",\"62120\",\"62000\",\"\",\"Flémalle\",\"Flémalle\",\"01/01/1977\",\"31/12/9999\"\n");
            assertThat(g.coverage()).isEqualTo(Period.from(LocalDate.of(1970, 1, 1)));
            assertThat(g.communes(MID_2020)).extracting(Commune::code).containsExactly(code("62063"), code("62120"));
            Commune liege = g.commune(code("62063"), MID_2020).orElseThrow();
            assertThat(liege.name(Language.DE)).isEqualTo("Lüttich");
            assertThat(liege.province()).contains(code("60000"));
            assertThat(liege.validity()).isEqualTo(Period.from(LocalDate.of(1970, 1, 1)));
            assertThat(g.commune(code("62009"), LocalDate.of(2018, 12, 31))).isPresent();
            assertThat(g.commune(code("62009"), LocalDate.of(2019, 1, 1))).isEmpty();
            Commune flemalle = g.commune(code("62120"), MID_2020).orElseThrow();
            assertThat(flemalle.names()).doesNotContainKey(Language.DE);
            assertThat(flemalle.name(Language.DE)).isEqualTo("Flémalle");
            assertThat(g.provinceOf(code("62063"), MID_2020).orElseThrow().name(Language.NL))
                    .isEqualTo("Provincie Luik");
            assertThat(g.successions()).isEmpty();
            assertThat(g.findByName("luik", MID_2020)).containsExactly(liege);
        }

        @Test
        void typographicApostrophesAsWritten() {
            Gazetteer g = read(HEADER + REGION
                    + "\"2\",\"50000\",\"03000\",\"Provinz Hennegau\",\"Province du Hainaut\",\"Provincie Henegouwen\","
                    + "\"01/01/1970\",\"31/12/9999\"\n"
                    + "\"3\",\"57000\",\"50000\",\"Bezirk Tournai\",\"Arrondissement de Tournai\","
                    + "\"Arrondissement Doornik\",\"01/01/1970\",\"31/12/9999\"\n"
                    + "\"4\",\"57095\",\"57000\",\"Mont-de-l’Enclus\",\"Mont-de-l’Enclus\",\"Mont-de-l’Enclus\","
                    + "\"01/01/1977\",\"31/12/9999\"\n");
            assertThat(g.commune(code("57095"), MID_2020).orElseThrow().name()).isEqualTo("Mont-de-l’Enclus");
            assertThat(g.findByName("Mont-de-l'Enclus", MID_2020)).hasSize(1);
        }

        @Test
        void byteOrderMarkCarriageReturnsBlankLinesAndAnUnterminatedLastLine() {
            String text = "\uFEFF" + UNITS.replace("\n", "\r\n") + "\r\n" + LIEGE.strip();
            assertThat(read(text).communes(MID_2020)).hasSize(1);
        }

        @Test
        void otherSeparatorsColumnOrdersExtraColumnsAndUnquotedFields() {
            String text = "CD_REFNIS;LVL_REFNIS;TX_REFNIS_FR;TX_REFNIS_NL;TX_REFNIS_DE;CD_SUP_REFNIS;DT_VLDT_START;"
                    + "DT_VLDT_END;MS_EXTRA\n"
                    + "03000;1;Région wallonne;Waals Gewest;Wallonische Region;-;01/01/1970;31/12/9999;x\n"
                    + "60000;2;Province de Liège;Provincie Luik;Provinz Lüttich;03000;01/01/1970;31/12/9999;x\n"
                    + "62000;3;Arrondissement de Liège;Arrondissement Luik;Bezirk Lüttich;60000;01/01/1970;;x\n"
                    + "62063;4;\"Liège; la Cité \"\"ardente\"\"\";Luik;Lüttich;62000;01/01/1970;;\n";
            Gazetteer g = read(text);
            assertThat(g.commune(code("62063"), MID_2020).orElseThrow().name()).isEqualTo("Liège; la Cité \"ardente\"");
            // blanks before an opening quote are not part of the field
            Gazetteer spaced = read(UNITS + LIEGE.replace(",\"Luik\"", ",  \"Luik\""));
            assertThat(spaced.commune(code("62063"), MID_2020).orElseThrow().names())
                    .containsEntry(Language.NL, "Luik");
            assertThat(g.unit(code("62000"), MID_2020)).isPresent();
        }

        @Test
        void theAddedSuccessionsOfTheBundledGazetteerWhenTheCodesExist() {
            String text = UNITS + LIEGE
                    + "\"4\",\"62009\",\"62000\",\"Aywaille\",\"Aywaille\",\"Aywaille\",\"01/01/1970\",31/12/2018\n"
                    + "\"4\",\"62199\",\"62000\",\"Neu\",\"Neuve\",\"Nieuw\",\"01/01/2019\",\"31/12/9999\"\n";
            Gazetteer g = read(text)
                    .withSuccessions(List.of(Succession.of(
                            code("62009"), code("62199"), LocalDate.of(2019, 1, 1), SuccessionKind.MERGER)));
            assertThat(g.successor(code("62009"), MID_2020).orElseThrow().name())
                    .isEqualTo("Neuve");
            assertThat(g.predecessors(code("62199"))).hasSize(1);
        }
    }

    private static RefnisCsv.Lines lines(String text) {
        return new RefnisCsv.Lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Nested
    class SplitsLines {
        @Test
        void keepingEmptyLinesAndNulCharactersAndDroppingCarriageReturns() {
            RefnisCsv.Lines lines = lines("\u0000a\r\n\na\u0000b\n\r\nlast");
            assertThat(lines.next()).isEqualTo("\u0000a");
            assertThat(lines.next()).isEmpty();
            assertThat(lines.next()).isEqualTo("a\u0000b");
            assertThat(lines.next()).isEmpty();
            assertThat(lines.number()).isEqualTo(4);
            assertThat(lines.next()).isEqualTo("last");
            assertThat(lines.next()).isNull();
            assertThat(lines.next()).isNull();
            assertThat(lines.number()).isEqualTo(5);
        }
    }

    @Nested
    class RejectsFiles {
        @Test
        void thatAreEmpty() {
            assertThatThrownBy(() -> read(""))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("REFNIS CSV line 1: empty file; expected a header naming [LVL_REFNIS,");
        }

        @Test
        void withoutAllColumnsInTheHeader() {
            assertThatThrownBy(() -> read(HEADER.replace(",\"DT_VLDT_END\"", "") + LIEGE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("REFNIS CSV line 1: header must name the columns [LVL_REFNIS, CD_REFNIS,")
                    .hasMessageContaining("was \"\"LVL_REFNIS\"");
        }

        @Test
        void withoutCommunes() {
            assertThatThrownBy(() -> read(UNITS))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("REFNIS CSV: no commune (LVL_REFNIS 4) in the list");
        }

        @Test
        void thatAreNotUtf8() {
            byte[] latin1 = (UNITS + LIEGE).getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> Gazetteer.fromRefnisCsv(new ByteArrayInputStream(latin1)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("REFNIS CSV line 2: not UTF-8 text");
        }

        @Test
        void withLinesOfTheLongestLengthAllowed() throws Exception {
            String longest = "x".repeat(RefnisCsv.MAX_LINE_BYTES);
            RefnisCsv.Lines lines = lines(longest + "\n" + longest + "x");
            assertThat(lines.next()).isEqualTo(longest);
            assertThatThrownBy(lines::next)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("REFNIS CSV line 2: longer than 4096 bytes");
        }

        @Test
        void withOverlongLines() {
            String longName = "x".repeat(RefnisCsv.MAX_LINE_BYTES);
            assertThatThrownBy(() -> read(UNITS + LIEGE.replace("Luik", longName)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("REFNIS CSV line 5: longer than 4096 bytes");
        }

        @Test
        void withTooManyRows() {
            String text = UNITS + LIEGE + LIEGE;
            assertThatThrownBy(() -> RefnisCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 4))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("REFNIS CSV line 6: more than 4 rows");
            assertThat(RefnisCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 5))
                    .hasSize(5);
            assertThat(RefnisCsv.MAX_ROWS).isEqualTo(100_000);
        }
    }

    /** One test per malformed field: the message names the line and the column, and quotes the value. */
    @Nested
    class RejectsRows {
        private void rejects(String row, String message) {
            assertThatThrownBy(() -> read(UNITS + row))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message)
                    .satisfies(e -> assertThat(message)
                            .startsWith(((InvalidInputException) e).where() + ": ")
                            .startsWith("REFNIS CSV line "));
        }

        @Test
        void withTheWrongNumberOfFields() {
            rejects(
                    "\"4\",\"62063\",\"62000\",\"Lüttich\",\"Liège\",\"01/01/1970\",\"31/12/9999\"\n",
                    "REFNIS CSV line 5: expected 8 fields as in the header, was 7");
        }

        @Test
        void withAnUnclosedQuote() {
            rejects(
                    "\"4\",\"62063\",\"62000\",\"Lüttich,\"Liège\",\"Luik\",\"01/01/1970\",\"31/12/9999\n",
                    "REFNIS CSV line 5: field 4: text after the closing quote, at character 31");
            rejects(
                    "\"4\",\"62063\",\"62000\",\"Lüttich\",\"Liège\",\"Luik\",\"01/01/1970\",\"31/12/9999\n",
                    "REFNIS CSV line 5: field 8: quote not closed before the end of line");
        }

        @Test
        void withAQuoteInsideAnUnquotedField() {
            rejects(
                    "\"4\",\"62063\",\"62000\",Lü\"ttich,\"Liège\",\"Luik\",\"01/01/1970\",\"31/12/9999\"\n",
                    "REFNIS CSV line 5: field 4: quote inside an unquoted field, at character 23");
        }

        @Test
        void withABadLevel() {
            rejects(
                    LIEGE.replaceFirst("\"4\"", "\"5\""),
                    "REFNIS CSV line 5, LVL_REFNIS: must be 1 (region) to 4 (commune), was \"5\"");
            rejects(
                    LIEGE.replaceFirst("\"4\"", "\"\""),
                    "REFNIS CSV line 5, LVL_REFNIS: must be 1 (region) to 4 (commune), was \"\"");
        }

        @Test
        void withABadCode() {
            rejects(
                    LIEGE.replace("\"62063\"", "\"6206\""),
                    "REFNIS CSV line 5, CD_REFNIS: must be 5 digits, was \"6206\" (4 characters)");
            rejects(
                    LIEGE.replace("\"62063\"", "\"62O63\""),
                    "REFNIS CSV line 5, CD_REFNIS: must be 5 digits, was \"62O63\"");
            rejects(
                    LIEGE.replace("\"62063\"", "\"00000\""),
                    "REFNIS CSV line 5, CD_REFNIS: must not be 00000, was \"00000\"");
        }

        @Test
        void withABadParent() {
            rejects(
                    LIEGE.replace("\"62000\"", "\"62OOO\""),
                    "REFNIS CSV line 5, CD_SUP_REFNIS: must be 5 digits, was \"62OOO\"");
            rejects(
                    LIEGE.replace("\"62000\"", "\"-\""),
                    "REFNIS CSV line 5, CD_SUP_REFNIS: a commune needs its arrondissement, was \"-\"");
            rejects(
                    LIEGE.replace("\"62000\"", "\"63000\""),
                    "REFNIS CSV line 5, CD_SUP_REFNIS: must be the arrondissement of commune 62063, 62000, was 63000");
            rejects(
                    LIEGE.replace("62063", "63023").replace("\"62000\"", "\"63000\""),
                    "REFNIS CSV line 5, CD_SUP_REFNIS: no region, province or arrondissement 63000 in the list");
        }

        @Test
        void withAParentOfTheWrongLevelOrNotYetValid() {
            rejects(
                    "\"3\",\"61000\",\"62000\",\"Bezirk Huy\",\"Arrondissement de Huy\",\"Arrondissement Hoei\","
                            + "\"01/01/1970\",\"31/12/9999\"\n" + LIEGE,
                    "REFNIS CSV line 5, CD_SUP_REFNIS: the parent of an arrondissement must be a province or a region,"
                            + " was 62000");
            rejects(
                    LIEGE.replace("01/01/1970", "01/01/1960"),
                    "REFNIS CSV line 5, CD_SUP_REFNIS: arrondissement 62000 is not valid on 1960-01-01, the first day"
                            + " of this row");
        }

        @Test
        void whoseUnitBreaksTheRefnisStructure() {
            rejects(
                    "\"1\",\"05000\",\"-\",\"Region\",\"Région\",\"Gewest\",\"01/01/1970\",\"31/12/9999\"\n" + LIEGE,
                    "REFNIS CSV line 5, CD_REFNIS: a region code must be 02000, 03000 or 04000, was 05000");
            rejects(
                    "\"2\",\"70000\",\"-\",\"Provinz\",\"Province\",\"Provincie\",\"01/01/1970\",\"31/12/9999\"\n"
                            + "\"2\",\"80000\",\"70000\",\"P\",\"P\",\"P\",\"01/01/1970\",\"31/12/9999\"\n"
                            + LIEGE,
                    "REFNIS CSV line 6, CD_SUP_REFNIS: the parent of a province must be a region, was 70000");
        }

        @Test
        void withoutAnyName() {
            rejects(
                    LIEGE.replace("\"Lüttich\",\"Liège\",\"Luik\"", "\"\",\" \",\"\""),
                    "REFNIS CSV line 5, TX_REFNIS_FR: no name in any language: TX_REFNIS_DE, TX_REFNIS_FR and"
                            + " TX_REFNIS_NL are all empty");
        }

        @Test
        void withABadDate() {
            String longest = "9".repeat(120);
            rejects(
                    LIEGE.replace("31/12/9999", longest),
                    "REFNIS CSV line 5, DT_VLDT_END: must be a date dd/MM/yyyy, was \"" + longest + "\"");
            rejects(
                    LIEGE.replace("31/12/9999", longest + "9"),
                    "REFNIS CSV line 5, DT_VLDT_END: must be a date dd/MM/yyyy, was \"" + longest + "…\"");
            rejects(
                    LIEGE.replace("01/01/1970", "1970-01-01"),
                    "REFNIS CSV line 5, DT_VLDT_START: must be a date dd/MM/yyyy, was \"1970-01-01\"");
            rejects(
                    LIEGE.replace("31/12/9999", "31/02/2019"),
                    "REFNIS CSV line 5, DT_VLDT_END: must be a date dd/MM/yyyy, was \"31/02/2019\"");
            rejects(
                    LIEGE.replace("\"01/01/1970\"", "\"\""),
                    "REFNIS CSV line 5, DT_VLDT_START: must be a date dd/MM/yyyy, was \"\"");
        }

        @Test
        void endingBeforeItStarts() {
            rejects(
                    LIEGE.replace("31/12/9999", "31/12/1969"),
                    "REFNIS CSV line 5, DT_VLDT_END: must not be before DT_VLDT_START 01/01/1970, was \"31/12/1969\"");
        }

        @Test
        void overlappingAnotherRowOfTheSameCode() {
            rejects(
                    LIEGE + LIEGE.replace("01/01/1970", "01/01/2000").replace("Liège", "Liege"),
                    "REFNIS CSV line 6, DT_VLDT_START: period 2000-01-01/.. of 62063 overlaps 1970-01-01/.. at"
                            + " REFNIS CSV line 5");
        }

        @Test
        void ofAnotherLevelThanAnotherRowOfTheSameCode() {
            rejects(
                    LIEGE + "\"3\",\"62063\",\"60000\",\"B\",\"A\",\"A\",\"01/01/1970\",\"31/12/1999\"\n",
                    "REFNIS CSV line 5, LVL_REFNIS: code 62063 is COMMUNE here but ARRONDISSEMENT at REFNIS CSV"
                            + " line 6");
        }
    }
}
