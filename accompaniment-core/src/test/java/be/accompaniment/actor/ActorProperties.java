package be.accompaniment.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import org.junit.jupiter.api.Test;

class ActorProperties {
    @Test
    void jsonRoundTrips() {
        qt().forAll(ActorGenerators.actors())
                .checkAssert(actor -> assertThat(AccompanimentJson.read(AccompanimentJson.write(actor), Actor.class))
                        .isEqualTo(actor));
    }

    @Test
    void copyThroughTheBuilderIsEqual() {
        qt().forAll(ActorGenerators.actors())
                .checkAssert(
                        actor -> assertThat(Actor.builder().from(actor).build()).isEqualTo(actor));
    }

    @Test
    void theKindExistsInEveryRegionServed() {
        qt().forAll(ActorGenerators.actors())
                .checkAssert(actor -> assertThat(actor.regions()).allMatch(actor.kind()::existsIn));
    }

    @Test
    void servesExactlyTheCommunesOfItsTerritory() {
        qt().forAll(ActorGenerators.actors(), ActorGenerators.communes())
                .check((actor, commune) ->
                        actor.serves(commune) == actor.territory().contains(commune));
    }

    @Test
    void openPlacesNeverExceedCapacity() {
        qt().forAll(ActorGenerators.actors())
                .check(actor -> actor.openPlaces().isEmpty()
                        || actor.capacity().isEmpty()
                        || actor.openPlaces().get() <= actor.capacity().get());
    }

    @Test
    void regionsAreThoseOfTheCommunes() {
        qt().forAll(ActorGenerators.actors())
                .checkAssert(actor -> assertThat(actor.regions())
                        .containsExactlyInAnyOrderElementsOf(actor.territory().communes().stream()
                                .map(NisCode::region)
                                .distinct()
                                .toList()));
    }
}
