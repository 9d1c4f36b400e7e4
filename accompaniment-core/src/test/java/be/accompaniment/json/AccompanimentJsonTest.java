package be.accompaniment.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccompanimentJsonTest {
    private static final Territory OURTHE = Territory.of(
            "Ourthe-Amblève",
            NisCode.parse("62009"),
            NisCode.parse("62026"),
            NisCode.parse("62032"),
            NisCode.parse("62100"));

    @Test
    void roundTripsAValueThroughTextAndStreams() {
        String json = AccompanimentJson.write(OURTHE);
        assertThat(json)
                .isEqualTo("{\"name\":\"Ourthe-Amblève\",\"communes\":[\"62009\",\"62026\",\"62032\",\"62100\"]}");
        assertThat(AccompanimentJson.read(json, Territory.class)).isEqualTo(OURTHE);
        assertThat(AccompanimentJson.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Territory.class))
                .isEqualTo(OURTHE);
        assertThat(AccompanimentJson.writePretty(OURTHE)).contains("\n").contains("\"62100\"");
    }

    @Test
    void unknownFieldIsRefusedWithItsPathAndTheKnownFields() {
        assertThatThrownBy(() -> AccompanimentJson.read(
                        "{\"name\":\"x\",\"communes\":[\"62032\"],\"comunes\":[]}", Territory.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("$.comunes: unknown field \"comunes\"")
                .hasMessageContaining("communes")
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).isEqualTo("$.comunes"));
    }

    @Test
    void aValidationFailureInsideACollectionNamesTheElement() {
        assertThatThrownBy(() ->
                        AccompanimentJson.read("{\"name\":\"x\",\"communes\":[\"62032\",\"6203\"]}", Territory.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("$.communes[1]: NIS code: must be 5 digits, was \"6203\" (4 characters)");
    }

    @Test
    void aValueCheckFailureIsUnwrappedFromJackson() {
        assertThatThrownBy(() -> AccompanimentJson.read("{\"name\":\" \",\"communes\":[\"62032\"]}", Territory.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("$: territory: name: must not be blank, was \" \"");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertThatThrownBy(() -> AccompanimentJson.read("\"MARS\"", Region.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "$: unknown value \"MARS\" for Region; expected one of [FLANDERS, WALLONIA, BRUSSELS_CAPITAL]");
    }

    @Test
    void malformedJsonIsAnInvalidInput() {
        assertThatThrownBy(() -> AccompanimentJson.read("{\"name\":", Territory.class))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).where()).startsWith("$"));
        assertThatThrownBy(() -> AccompanimentJson.read("{} {}", Map.class)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tooDeepDocumentIsRefused() {
        String deep = "[".repeat(AccompanimentJson.MAX_NESTING_DEPTH + 1)
                + "]".repeat(AccompanimentJson.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> AccompanimentJson.read(deep, List.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("document exceeds reading limits")
                .hasMessageContaining("nesting depth");
        String fine = "[".repeat(AccompanimentJson.MAX_NESTING_DEPTH) + "]".repeat(AccompanimentJson.MAX_NESTING_DEPTH);
        assertThat(AccompanimentJson.read(fine, List.class)).hasSize(1);
    }

    @Test
    void tooLongStringIsRefused() {
        String json = "\"" + "a".repeat(AccompanimentJson.MAX_STRING_LENGTH + 1) + "\"";
        assertThatThrownBy(() -> AccompanimentJson.read(json, String.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("document exceeds reading limits")
                .hasMessageContaining("String value length");
    }

    @Test
    void aDocumentOfTheLongestLengthAllowedIsRead() {
        String longest = " ".repeat((int) AccompanimentJson.MAX_DOCUMENT_LENGTH - 1) + "1";
        assertThat(AccompanimentJson.read(longest, Integer.class)).isEqualTo(1);
    }

    @Test
    void tooLargeDocumentIsRefusedBeforeParsing() {
        String huge = " ".repeat((int) AccompanimentJson.MAX_DOCUMENT_LENGTH) + "1";
        assertThatThrownBy(() -> AccompanimentJson.read(huge, Integer.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("$: document longer than 16777216 characters");
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AccompanimentJson.read(new ByteArrayInputStream(bytes), Integer.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("document exceeds reading limits");
    }

    @Test
    void mapperIsACopyThatCannotChangeTheLibrarysOwn() {
        ObjectMapper copy = AccompanimentJson.mapper();
        copy.enable(SerializationFeature.INDENT_OUTPUT);
        assertThat(AccompanimentJson.write(List.of(1, 2))).isEqualTo("[1,2]");
        assertThat(copy.isEnabled(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .isTrue();
    }
}
