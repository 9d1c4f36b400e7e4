package be.accompaniment.rules.scenario;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Household;
import be.accompaniment.household.Purpose;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the passerelle advisor in tests of the engine: a fixed table from situation kind to suggestions. */
final class TableAdvising implements Advising {
    private final ActorDirectory directory;

    TableAdvising(ActorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Proposal> advise(Household household, Actor referrer, LocalDate on) {
        List<Proposal> out = new ArrayList<>();
        for (Situation s : household.situations()) {
            switch (s.kind()) {
                case EVICTION_THREAT -> {
                    add(out, household, "eviction-cpas", MeasureKind.CPAS_CONTACT, ActorKind.CPAS);
                    add(out, household, "eviction-legal-aid", MeasureKind.LEGAL_AID, ActorKind.LEGAL_AID);
                    add(out, household, "eviction-budget", MeasureKind.BUDGET_GUIDANCE, ActorKind.CPAS);
                }
                case RENT_ARREARS -> add(out, household, "arrears-budget", MeasureKind.BUDGET_GUIDANCE, ActorKind.CPAS);
                case INSALUBRITY -> {
                    add(out, household, "insalubrity-apl", MeasureKind.HOUSING_ACCOMPANIMENT, ActorKind.APL);
                    add(out, household, "insalubrity-ais", MeasureKind.HOUSING_SEARCH, ActorKind.AIS);
                }
                default -> add(out, household, "other-cpas", MeasureKind.CPAS_CONTACT, ActorKind.CPAS);
            }
        }
        return out;
    }

    private void add(List<Proposal> out, Household h, String rule, MeasureKind measure, ActorKind kind) {
        List<ActorId> targets = new ArrayList<>();
        for (Actor a : directory.serving(h.commune(), kind)) {
            targets.add(a.id());
        }
        out.add(new Proposal(rule, measure, targets, false, false, java.util.Set.of(kind), Purpose.REFERRAL));
    }
}
