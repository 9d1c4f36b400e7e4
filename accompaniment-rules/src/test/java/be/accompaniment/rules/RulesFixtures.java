package be.accompaniment.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixtures shared by the tests of this package: the small test rulebook and its text. */
public final class RulesFixtures {
    private RulesFixtures() {}

    /** The text of {@code test-rulebook.json}. */
    public static String testRulebookJson() {
        return resource("test-rulebook.json");
    }

    /** The small Walloon test rulebook. */
    public static Rulebook testRulebook() {
        return Rulebook.parse(testRulebookJson());
    }

    /** A resource of this package as text. */
    public static String resource(String name) {
        try (InputStream in = RulesFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
