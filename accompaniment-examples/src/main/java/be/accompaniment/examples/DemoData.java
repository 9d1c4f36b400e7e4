package be.accompaniment.examples;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.household.Household;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The bundled demo data, drawn from real practice and made synthetic: a directory and three households. */
final class DemoData {
    /** The bundled households, by resource name. */
    static final List<String> HOUSEHOLDS =
            List.of("eviction-anderlecht.json", "insalubrity-seraing.json", "release-liege.json");

    private DemoData() {}

    /** The demo directory: the actors of the communes of the demo cases and platforms. */
    static ActorDirectory directory() {
        return read("demo-directory.json", ActorDirectory.class);
    }

    /** A bundled case: a household, the date to advise it on and the referring actor. */
    static DemoCase demoCase(String name) {
        JsonNode node = read("households/" + name, JsonNode.class);
        Household household = AccompanimentJson.read(node.get("household").toString(), Household.class);
        return new DemoCase(
                household,
                LocalDate.parse(node.get("on").asText()),
                ActorId.of(node.get("referrer").asText()));
    }

    /** A household to advise, on a date, referred by an actor of the demo directory. */
    record DemoCase(Household household, LocalDate on, ActorId referrer) {}

    /** A resource of this package, read with the library's JSON. */
    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return AccompanimentJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of this package of a generic type, read with the library's JSON. */
    static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return AccompanimentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's file, read with the library's JSON. */
    static <T> T readFile(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return AccompanimentJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
