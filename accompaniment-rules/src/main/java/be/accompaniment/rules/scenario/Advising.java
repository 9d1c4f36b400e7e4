package be.accompaniment.rules.scenario;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.Purpose;
import be.accompaniment.measure.MeasureKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the simulation asks of the passerelle advisor: the ranked suggestions for a household on a day, reduced to
 * what turns a suggestion into a passerelle. The seam keeps the engine independent of the advisor's richer answer.
 */
interface Advising {
    /**
     * The suggestions for a household, best first.
     *
     * @param household the household with its open situation
     * @param referrer the actor asking
     * @param on the day
     * @return the proposals, best first
     */
    List<Proposal> advise(Household household, Actor referrer, LocalDate on);

    /**
     * One suggestion: the rule behind it, the measure, the target actors best first (empty: unresolved), and whether
     * acting on it needs a consent the household has not given yet.
     *
     * @param rule the id of the rule that made the suggestion
     * @param measure the measure proposed
     * @param targets the target actors other than the referrer, best first; empty when none serves the household
     * @param referrerCanAct whether the referrer itself offers what the suggestion needs, and so can act directly
     * @param consentMissing whether a consent must be asked for before sharing the household's data
     * @param consentKinds the kinds of actor the consent is for: those of the targets
     * @param purpose the purpose of the sharing, meaningful when {@code consentMissing}
     */
    record Proposal(
            String rule,
            MeasureKind measure,
            List<ActorId> targets,
            boolean referrerCanAct,
            boolean consentMissing,
            Set<ActorKind> consentKinds,
            Purpose purpose) {}
}
