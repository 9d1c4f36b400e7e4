package be.accompaniment.examples;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.household.Household;
import be.accompaniment.json.AccompanimentJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled demo data, drawn from real practice and made synthetic: a directory and three households. */
final class DemoData {
    /** The bundled households, by resource name. */
    static final List<String> HOUSEHOLDS =
            List.of("anderlecht-eviction.json", "esneux-insalubrity.json", "liege-prison-release.json");

    private DemoData() {}

    /** The demo directory: the actors of the communes of the demo cases and platforms. */
    static ActorDirectory directory() {
        return read("demo-directory.json", ActorDirectory.class);
    }

    /** A bundled household. */
    static Household household(String name) {
        return read("households/" + name, Household.class);
    }

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

    /** A user's file, read with the library's JSON. */
    static <T> T readFile(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return AccompanimentJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
