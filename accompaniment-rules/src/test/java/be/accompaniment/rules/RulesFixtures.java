package be.accompaniment.rules;

import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.PlatformId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fixtures shared by the tests of this package: the small test rulebook and its text, the test directory, an eviction
 * claim, a housing platform.
 */
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

    /** The actors of {@code cases/test/test-directory.json}: Esneux, Liège, Anderlecht and their neighbours. */
    public static ActorDirectory testDirectory() {
        return AccompanimentJson.read(resource("cases/test/test-directory.json"), ActorDirectory.class);
    }

    /**
     * An eviction claim opened on 20 January 2026 and filed by requête on 1 February 2026, its hearing set on a day.
     *
     * @param hearing the day of the hearing
     */
    public static EvictionThreat evictionHearingOn(LocalDate hearing) {
        return EvictionThreat.builder()
                .openedOn(LocalDate.of(2026, 1, 20))
                .procedure(EvictionProcedure.REQUETE)
                .filedOn(LocalDate.of(2026, 2, 1))
                .hearingOn(hearing)
                .build();
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

    /**
     * A housing platform of one commune since September 2014 with two members.
     *
     * @param id the platform's id, also its territory's
     * @param name its name
     * @param commune the commune it covers
     * @param first a member
     * @param second another member
     */
    public static Platform platform(String id, String name, NisCode commune, ActorId first, ActorId second) {
        LocalDate started = LocalDate.of(2014, 9, 1);
        return Platform.builder()
                .id(PlatformId.of(id))
                .name(name)
                .territory(Territory.of(id, commune))
                .startedOn(started)
                .addMembers(Membership.of(first, started))
                .addMembers(Membership.of(second, started))
                .build();
    }
}
