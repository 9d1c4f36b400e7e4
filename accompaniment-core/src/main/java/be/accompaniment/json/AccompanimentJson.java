package be.accompaniment.json;

import be.accompaniment.AccompanimentException;
import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The library's JSON: one preconfigured mapper with explicit modules, no default typing, strict about unknown
 * fields, and bounded reading; failures become {@link InvalidInputException}s naming the JSON path.
 *
 * <pre>{@code
 * Household h = AccompanimentJson.read(json, Household.class);
 * String out = AccompanimentJson.write(h);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class AccompanimentJson {
    /** Largest document read, in characters or bytes: 16 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;
    /** Deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value read, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;

    private static final ObjectMapper MAPPER = newMapper();

    private AccompanimentJson() {}

    /**
     * A new mapper with the library's configuration, for callers that embed the library's types in their own
     * documents. Changing it does not change the library's own mapper.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static ObjectMapper newMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new GuavaModule())
                .addModule(new IndexedCollections())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build());
        return mapper;
    }

    /**
     * Reads a value from JSON text.
     *
     * @param json the document, not null
     * @param type the type to read, not null
     * @param <T> the type
     * @return the value, fully validated
     * @throws InvalidInputException naming the JSON path if the document is malformed, too large, too deep, has
     *     an unknown field or enum value, or a value breaks a constraint
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new InvalidInputException("$", "document longer than " + MAX_DOCUMENT_LENGTH + " characters");
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a generic value from JSON text.
     *
     * @see #read(String, Class)
     */
    public static <T> T read(String json, TypeReference<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /**
     * Reads a value from a stream of UTF-8 JSON; the stream is not closed.
     *
     * @see #read(String, Class)
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a value as compact JSON. */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** Writes a value as indented JSON, for files people read. */
    public static String writePretty(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Turns a Jackson failure into the library's exception, with the JSON path. Messages quote the library's
     * own validation message, never the whole input.
     */
    public static InvalidInputException translate(JsonProcessingException e) {
        Objects.requireNonNull(e, "e");
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "$";
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof InvalidInputException iie) {
                return new InvalidInputException(path, iie.getMessage(), e);
            }
            if (root instanceof AccompanimentException ae) {
                return new InvalidInputException(path, ae.getMessage(), e);
            }
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return new InvalidInputException(path, "document exceeds reading limits: " + e.getOriginalMessage(), e);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(
                    path, "unknown field \"" + u.getPropertyName() + "\"; known fields: " + u.getKnownPropertyIds(), e);
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            List<String> allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.toList());
            return new InvalidInputException(
                    path,
                    "unknown value \"" + f.getValue() + "\" for "
                            + f.getTargetType().getSimpleName() + "; expected one of " + allowed,
                    e);
        }
        String message = e.getOriginalMessage();
        return new InvalidInputException(path, message == null ? e.getClass().getSimpleName() : message, e);
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            }
        }
        return sb.toString();
    }
}
