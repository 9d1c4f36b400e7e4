package be.accompaniment.rules.scenario;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.rules.Advice;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Suggestion;
import be.accompaniment.rules.TargetActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The simulation's view of the {@link PasserelleAdvisor}: each suggestion reduced to what a passerelle needs. */
final class AdvisorAdvising implements Advising {
    private final PasserelleAdvisor advisor;

    AdvisorAdvising(PasserelleAdvisor advisor) {
        this.advisor = advisor;
    }

    @Override
    public List<Proposal> advise(Household household, Actor referrer, LocalDate on) {
        Advice advice = advisor.advise(household, referrer, on);
        List<Proposal> out = new ArrayList<>(advice.suggestions().size());
        for (Suggestion s : advice.suggestions()) {
            List<ActorId> targets = new ArrayList<>(s.targets().size());
            Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
            for (TargetActor t : s.targets()) {
                targets.add(t.actor().id());
                kinds.add(t.actor().kind());
            }
            if (s.referrerIsCandidate() || kinds.isEmpty()) {
                kinds.add(referrer.kind());
            }
            out.add(new Proposal(
                    s.ruleId() + "#" + s.templateIndex(),
                    s.measure(),
                    targets,
                    s.referrerIsCandidate(),
                    s.consent() == ConsentStatus.MISSING,
                    kinds,
                    s.purpose()));
        }
        return out;
    }
}
