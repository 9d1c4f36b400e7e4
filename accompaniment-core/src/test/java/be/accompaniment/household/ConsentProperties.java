package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.testing.HouseholdGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A consent's answers, read from the primitive values it keeps, against their definition over its sets and dates:
 * active from the day given until the day withdrawn, for its purposes, to the kinds and actors it names.
 */
class ConsentProperties {
    private static final LocalDate ON = LocalDate.of(2026, 2, 1);

    private static Gen<LocalDate> days() {
        return Generate.range(-800, 400).map(ON::plusDays);
    }

    private static Gen<ActorKind> kinds() {
        return Generate.pick(List.of(ActorKind.values()));
    }

    private static Gen<Purpose> purposes() {
        return Generate.pick(List.of(Purpose.values()));
    }

    private static boolean active(Consent c, LocalDate on) {
        return !on.isBefore(c.givenOn()) && c.withdrawnOn().map(on::isBefore).orElse(true);
    }

    @Test
    void isActiveFromTheDayGivenUntilTheDayWithdrawn() {
        qt().forAll(HouseholdGenerators.consentsAround(ON), days())
                .checkAssert((c, on) -> assertThat(c.isActiveOn(on)).isEqualTo(active(c, on)));
    }

    @Test
    void coversAKindWhenActiveForThePurposeAndNamingTheKind() {
        qt().withExamples(2000)
                .forAll(HouseholdGenerators.consentsAround(ON), kinds(), purposes(), days())
                .checkAssert((c, kind, purpose, on) -> assertThat(c.coversKind(kind, purpose, on))
                        .isEqualTo(active(c, on)
                                && c.purposes().contains(purpose)
                                && c.recipientKinds().contains(kind)));
    }

    @Test
    void coversAnActorWhenActiveForThePurposeAndNamingItOrItsKind() {
        Gen<ActorId> actors = Generate.range(1, 50).map(i -> ActorId.of("actor-" + i));
        qt().withExamples(2000)
                .forAll(HouseholdGenerators.consentsAround(ON), kinds(), actors, days())
                .checkAssert((c, kind, actor, on) -> {
                    for (Purpose purpose : Purpose.values()) {
                        assertThat(c.covers(kind, actor, purpose, on))
                                .isEqualTo(active(c, on)
                                        && c.purposes().contains(purpose)
                                        && (c.recipientKinds().contains(kind)
                                                || c.recipients().contains(actor)));
                    }
                });
    }

    @Test
    void everyActorKindAndPurposeHasItsOwnBit() {
        // the kinds are kept in a long and the purposes in an int, one bit per constant
        assertThat(ActorKind.values().length).isLessThanOrEqualTo(Long.SIZE);
        assertThat(Purpose.values().length).isLessThanOrEqualTo(Integer.SIZE);
    }
}
