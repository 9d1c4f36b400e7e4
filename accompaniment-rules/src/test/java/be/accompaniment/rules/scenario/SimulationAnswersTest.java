package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorId;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.passerelle.StatusReason;
import be.accompaniment.pathway.FirstContact;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The answers to passerelles in a simulation, with acceptance set to certainties so that each pathway can be read: an
 * accepted passerelle is a first contact (the first time) and a measure with its provider, ended after its duration;
 * a declined one is rejected by the household and never starts a measure.
 */
class SimulationAnswersTest {
    private static SimulationResult run(double acceptance) {
        Behaviour b = Behaviour.builder()
                .from(Behaviour.defaults())
                .acceptance(Map.of())
                .defaultAcceptance(acceptance)
                .build();
        return Simulation.builder(ScenarioFixtures.ourthe(1500, 4, StepUnit.MONTH)
                        .behaviour(b)
                        .build())
                .threads(1)
                .build()
                .run();
    }

    @Test
    void anAcceptedPasserelleIsAContactAndAMeasureWithItsReceiver() {
        SimulationResult r = run(1);
        assertThat(r.total(Indicator.PASSERELLES_DECLINED)).isZero();
        assertThat(r.total(Indicator.PASSERELLES_ACCEPTED)).isPositive();
        assertThat(r.total(Indicator.MEASURES_STARTED)).isGreaterThanOrEqualTo(r.total(Indicator.PASSERELLES_ACCEPTED));
        int accepted = 0;
        for (Pathway p : r.pathways()) {
            Map<PasserelleId, PasserelleMade> made = new HashMap<>();
            Set<ActorId> contacted = new HashSet<>();
            List<PathwayEvent> events = p.events();
            for (PathwayEvent e : events) {
                if (e instanceof FirstContact f) {
                    assertThat(contacted.add(f.actor()))
                            .as("one first contact per actor")
                            .isTrue();
                }
            }
            for (int i = 0; i < events.size(); i++) {
                PathwayEvent e = events.get(i);
                if (e instanceof PasserelleMade m) {
                    made.put(m.passerelle(), m);
                } else if (e instanceof PasserelleAnswered a && a.status() == PasserelleStatus.ACCEPTED) {
                    accepted++;
                    PasserelleMade m = made.get(a.passerelle());
                    assertThat(m).isNotNull();
                    assertThat(a.on()).isAfterOrEqualTo(m.on());
                    assertThat(contacted).contains(m.receiver());
                    // then, the same day: the first contact if it is one, the measure with the receiver, the
                    // passerelle in progress
                    int start = i + 1;
                    if (events.get(start) instanceof FirstContact f) {
                        assertThat(f.actor()).isEqualTo(m.receiver());
                        assertThat(f.on()).isEqualTo(a.on());
                        start++;
                    }
                    MeasureStarted s = (MeasureStarted) events.get(start);
                    assertThat(s.provider()).isEqualTo(m.receiver());
                    assertThat(s.measureKind()).isEqualTo(m.measure());
                    assertThat(s.on()).isEqualTo(a.on());
                    assertThat(events.get(start + 1))
                            .isEqualTo(PasserelleAnswered.of(a.passerelle(), PasserelleStatus.IN_PROGRESS, a.on()));
                    // after its duration, or earlier when the situation closes
                    long duration = r.scenario().behaviour().durationOf(s.measureKind());
                    events.stream()
                            .filter(x -> x instanceof MeasureEnded end
                                    && end.measure().equals(s.measure()))
                            .findFirst()
                            .ifPresent(end -> assertThat(end.on()).isBetween(s.on(), s.on().plusDays(duration)));
                }
            }
        }
        assertThat(accepted).isEqualTo((int) r.total(Indicator.PASSERELLES_ACCEPTED));
    }

    @Test
    void aDeclinedPasserelleIsRejectedByTheHouseholdAndStartsNothing() {
        SimulationResult r = run(0);
        assertThat(r.total(Indicator.PASSERELLES_ACCEPTED)).isZero();
        assertThat(r.total(Indicator.PASSERELLES_DECLINED)).isPositive();
        int declined = 0;
        for (Pathway p : r.pathways()) {
            Set<PasserelleId> made = new HashSet<>();
            for (PathwayEvent e : p.events()) {
                if (e instanceof PasserelleMade m) {
                    made.add(m.passerelle());
                } else if (e instanceof PasserelleAnswered a) {
                    assertThat(made).contains(a.passerelle());
                    // refused, or cancelled when the situation ended before the answer
                    assertThat(a.status()).isIn(PasserelleStatus.REJECTED, PasserelleStatus.CANCELLED);
                    if (a.status() == PasserelleStatus.REJECTED) {
                        assertThat(a.reason()).hasValue(StatusReason.HOUSEHOLD_DECLINED);
                        declined++;
                    } else {
                        assertThat(a.reason()).hasValue(StatusReason.NEED_MET);
                    }
                }
            }
        }
        assertThat(declined).isEqualTo((int) r.total(Indicator.PASSERELLES_DECLINED));
    }
}
