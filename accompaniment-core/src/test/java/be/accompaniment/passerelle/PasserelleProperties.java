package be.accompaniment.passerelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.PathwayException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PasserelleProperties {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void aWalkOfAllowedTransitionsAlwaysSucceeds() {
        qt().forAll(
                        Generate.pick(List.of(PasserelleStatus.DRAFT, PasserelleStatus.REQUESTED))
                                .flatMap(start -> PasserelleGenerators.walks(start, 8, false)),
                        Generate.range(0, 20))
                .checkAssert((walk, gap) -> {
                    Passerelle p = create(walk.get(0));
                    for (PasserelleStatus next : walk.subList(1, walk.size())) {
                        p = p.transition(next, p.lastChangedOn().plusDays(gap));
                    }
                    assertThat(p.status()).isEqualTo(walk.get(walk.size() - 1));
                    assertThat(p.history()).hasSize(walk.size() - 1);
                });
    }

    @Test
    void everyTransitionNotAllowedIsRefused() {
        qt().forAll(PasserelleGenerators.refusedMoves()).checkAssert(move -> {
            Passerelle p = reach(move.getKey());
            assertThatThrownBy(() -> p.transition(move.getValue(), DAY.plusDays(100)))
                    .isInstanceOf(PathwayException.class)
                    .hasMessageStartingWith(
                            "passerelle p-1: cannot move from " + move.getKey().fhirCode() + " to "
                                    + move.getValue().fhirCode() + " (allowed: ");
        });
    }

    @Test
    void terminalStatusesHaveNoWayOut() {
        qt().forAll(PasserelleGenerators.terminalStatuses(), PasserelleGenerators.statuses())
                .checkAssert((terminal, next) -> {
                    assertThat(terminal.canMoveTo(next)).isFalse();
                    assertThatThrownBy(() -> reach(terminal).transition(next, DAY.plusDays(100)))
                            .isInstanceOf(PathwayException.class)
                            .hasMessageEndingWith("(allowed: none)");
                });
    }

    @Test
    void fromFhirCodeOfFhirCodeIsIdentity() {
        qt().forAll(PasserelleGenerators.statuses())
                .checkAssert(s ->
                        assertThat(PasserelleStatus.fromFhirCode(s.fhirCode())).isSameAs(s));
    }

    @Test
    void withoutConsentAPasserelleCanOnlyBeCancelled() {
        qt().forAll(PasserelleGenerators.passerellesWithoutConsent()).checkAssert(p -> {
            assertThat(p.status()).isIn(PasserelleStatus.DRAFT, PasserelleStatus.CANCELLED);
            for (PasserelleStatus next : p.status().nextStatuses()) {
                if (next != PasserelleStatus.CANCELLED) {
                    assertThatThrownBy(() -> p.transition(next, p.lastChangedOn()))
                            .isInstanceOf(PathwayException.class)
                            .hasMessageContaining("consent");
                }
            }
        });
    }

    @Test
    void historyDaysNeverGoBack() {
        qt().forAll(PasserelleGenerators.passerelles()).checkAssert(p -> {
            LocalDate previous = p.createdOn();
            for (StatusChange c : p.history()) {
                assertThat(c.on()).isAfterOrEqualTo(previous);
                previous = c.on();
            }
            assertThat(p.lastChangedOn()).isEqualTo(previous);
        });
    }

    @Test
    void jsonRoundTripGivesAnEqualPasserelle() {
        qt().forAll(PasserelleGenerators.passerelles())
                .checkAssert(p -> assertThat(AccompanimentJson.read(AccompanimentJson.write(p), Passerelle.class))
                        .isEqualTo(p));
    }

    @Test
    void statusChangesAndIdsRoundTripThroughJson() {
        qt().forAll(PasserelleGenerators.passerelles()).checkAssert(p -> {
            for (StatusChange c : p.history()) {
                assertThat(AccompanimentJson.read(AccompanimentJson.write(c), StatusChange.class))
                        .isEqualTo(c);
            }
            assertThat(AccompanimentJson.read(AccompanimentJson.write(p.id()), PasserelleId.class))
                    .isEqualTo(p.id());
        });
    }

    private static Passerelle create(PasserelleStatus initial) {
        Passerelle.Builder b = Passerelle.builder()
                .id(PasserelleId.of("p-1"))
                .household(HouseholdId.of("h-1"))
                .situation(SituationKind.INSALUBRITY)
                .referrer(ActorId.of("a-1"))
                .receiver(ActorId.of("a-2"))
                .receiverKind(ActorKind.APL)
                .measure(MeasureKind.TECHNICAL_ASSISTANCE)
                .consent(ConsentStatus.GIVEN)
                .createdOn(DAY)
                .status(initial);
        return b.build();
    }

    /** A passerelle brought to a status along the shortest allowed path from a draft. */
    private static Passerelle reach(PasserelleStatus target) {
        Map<PasserelleStatus, PasserelleStatus> parent = new EnumMap<>(PasserelleStatus.class);
        ArrayDeque<PasserelleStatus> queue = new ArrayDeque<>(List.of(PasserelleStatus.DRAFT));
        parent.put(PasserelleStatus.DRAFT, PasserelleStatus.DRAFT);
        while (!queue.isEmpty()) {
            PasserelleStatus s = queue.poll();
            for (PasserelleStatus n : s.nextStatuses()) {
                if (parent.putIfAbsent(n, s) == null) {
                    queue.add(n);
                }
            }
        }
        ArrayDeque<PasserelleStatus> path = new ArrayDeque<>();
        for (PasserelleStatus s = target; s != PasserelleStatus.DRAFT; s = parent.get(s)) {
            path.push(s);
        }
        Passerelle p = create(PasserelleStatus.DRAFT);
        for (PasserelleStatus s : path) {
            p = p.transition(s, DAY);
        }
        assertThat(p.status()).isEqualTo(target);
        return p;
    }
}
