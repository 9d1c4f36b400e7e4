package be.accompaniment.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ActorDirectoryProperties {
    private static List<Actor> bruteForce(ActorDirectory directory, Predicate<Actor> filter) {
        return directory.all().stream()
                .filter(filter)
                .sorted(Comparator.comparing(Actor::id))
                .toList();
    }

    @Test
    void servingReturnsExactlyTheActorsThatServeTheCommune() {
        qt().withExamples(300)
                .forAll(ActorGenerators.directories(), ActorGenerators.communes())
                .checkAssert((directory, commune) -> {
                    assertThat(directory.serving(commune)).allMatch(a -> a.serves(commune));
                    assertThat(directory.serving(commune)).isEqualTo(bruteForce(directory, a -> a.serves(commune)));
                });
    }

    @Test
    void servingWithAServiceReturnsExactlyTheActorsThatServeTheCommuneWithIt() {
        qt().withExamples(300)
                .forAll(
                        ActorGenerators.directories(),
                        ActorGenerators.communes(),
                        Generate.enumValues(ServiceKind.class))
                .checkAssert((directory, commune, service) -> assertThat(directory.serving(commune, service))
                        .isEqualTo(bruteForce(directory, a -> a.serves(commune) && a.offers(service))));
    }

    @Test
    void servingOfAKindReturnsExactlyTheActorsOfThatKindThatServeTheCommune() {
        qt().withExamples(300)
                .forAll(ActorGenerators.directories(), ActorGenerators.communes(), Generate.enumValues(ActorKind.class))
                .checkAssert((directory, commune, kind) -> assertThat(directory.serving(commune, kind))
                        .isEqualTo(bruteForce(directory, a -> a.serves(commune) && a.kind() == kind)));
    }

    @Test
    void servingOfAKindWithAServiceMatchesTheBruteForceFilter() {
        qt().withExamples(300)
                .forAll(
                        ActorGenerators.directories(),
                        ActorGenerators.communes(),
                        Generate.enumValues(ActorKind.class),
                        Generate.enumValues(ServiceKind.class))
                .checkAssert((directory, commune, kind, service) -> assertThat(
                                directory.serving(commune, kind, service))
                        .isEqualTo(bruteForce(
                                directory, a -> a.serves(commune) && a.kind() == kind && a.offers(service))));
    }

    @Test
    void servingAnyIsTheUnionOverTheCommunes() {
        qt().withExamples(200)
                .forAll(ActorGenerators.directories(), ActorGenerators.someOf(ActorGenerators.WALLONIA_POOL, 1, 5))
                .checkAssert((directory, communes) -> assertThat(directory.servingAny(Territory.of("basin", communes)))
                        .isEqualTo(bruteForce(directory, a -> communes.stream().anyMatch(a::serves))));
    }

    @Test
    void everyActorIsFoundByIdAndUnderEachOfItsCommunes() {
        qt().withExamples(200).forAll(ActorGenerators.directories()).checkAssert(directory -> {
            for (Actor actor : directory.all()) {
                assertThat(directory.actor(actor.id())).contains(actor);
                assertThat(directory.ofKind(actor.kind())).contains(actor);
                for (NisCode commune : actor.territory().communes()) {
                    assertThat(directory.serving(commune, actor.kind())).contains(actor);
                    assertThat(directory.communes()).contains(commune);
                }
            }
        });
    }

    @Test
    void theOrderOfTheActorsDoesNotMatter() {
        qt().withExamples(200)
                .forAll(ActorGenerators.actorLists(30), Generate.longRange(0, Long.MAX_VALUE))
                .checkAssert((actors, seed) -> {
                    List<Actor> shuffled = new ArrayList<>(actors);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertThat(ActorDirectory.of(shuffled)).isEqualTo(ActorDirectory.of(actors));
                });
    }

    @Test
    void jsonRoundTrips() {
        qt().withExamples(200)
                .forAll(ActorGenerators.directories())
                .checkAssert(directory -> assertThat(
                                AccompanimentJson.read(AccompanimentJson.write(directory), ActorDirectory.class))
                        .isEqualTo(directory));
    }
}
