package be.accompaniment.passerelle;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated passerelles, statuses, walks of allowed transitions and refused ones, for property tests. */
public final class PasserelleGenerators {
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private PasserelleGenerators() {}

    /** Ids {@code p-0} to {@code p-9999}. */
    public static Gen<PasserelleId> passerelleIds() {
        return Generate.range(0, 9999).map(i -> PasserelleId.of("p-" + i));
    }

    /** Any passerelle status. */
    public static Gen<PasserelleStatus> statuses() {
        return Generate.enumValues(PasserelleStatus.class);
    }

    /** Any terminal status. */
    public static Gen<PasserelleStatus> terminalStatuses() {
        List<PasserelleStatus> terminal = new ArrayList<>();
        for (PasserelleStatus s : PasserelleStatus.values()) {
            if (s.isTerminal()) {
                terminal.add(s);
            }
        }
        return Generate.pick(terminal);
    }

    /** Any consent status. */
    public static Gen<ConsentStatus> consents() {
        return Generate.enumValues(ConsentStatus.class);
    }

    /** Any status reason. */
    public static Gen<StatusReason> reasons() {
        return Generate.enumValues(StatusReason.class);
    }

    /** Pairs (from, to) of statuses where the move is not allowed, including terminal statuses and self-moves. */
    public static Gen<Map.Entry<PasserelleStatus, PasserelleStatus>> refusedMoves() {
        List<Map.Entry<PasserelleStatus, PasserelleStatus>> refused = new ArrayList<>();
        for (PasserelleStatus from : PasserelleStatus.values()) {
            for (PasserelleStatus to : PasserelleStatus.values()) {
                if (!from.canMoveTo(to)) {
                    refused.add(Map.entry(from, to));
                }
            }
        }
        return Generate.pick(refused);
    }

    /**
     * Walks of allowed moves from {@code start}, up to {@code maxSteps} long; the first element is {@code start}
     * and each next one is allowed after the previous. With {@code withoutConsent}, only the moves allowed while
     * consent is missing (to {@link PasserelleStatus#CANCELLED} from a draft) are taken.
     */
    public static Gen<List<PasserelleStatus>> walks(PasserelleStatus start, int maxSteps, boolean withoutConsent) {
        return in -> {
            List<PasserelleStatus> walk = new ArrayList<>();
            PasserelleStatus current = start;
            walk.add(current);
            int steps = Generate.range(0, maxSteps).generate(in);
            for (int i = 0; i < steps && !current.isTerminal(); i++) {
                EnumSet<PasserelleStatus> next = EnumSet.noneOf(PasserelleStatus.class);
                next.addAll(current.nextStatuses());
                if (withoutConsent) {
                    next.retainAll(EnumSet.of(PasserelleStatus.CANCELLED));
                }
                if (next.isEmpty()) {
                    break;
                }
                List<PasserelleStatus> options = new ArrayList<>(next);
                current = options.get(Generate.range(0, options.size() - 1).generate(in));
                walk.add(current);
            }
            return walk;
        };
    }

    /** Days from 2015 to about 2030. */
    public static Gen<LocalDate> days() {
        return Generate.range(0, 5800).map(FIRST_DAY::plusDays);
    }

    /** Valid passerelles just created: requested, or draft (always draft when consent is missing). */
    public static Gen<Passerelle> newPasserelles() {
        return newPasserelles(consents());
    }

    /** Valid passerelles in any status, moved along a generated walk, some steps with a reason. */
    public static Gen<Passerelle> passerelles() {
        return passerelles(consents());
    }

    /** Valid passerelles whose household's consent is missing: drafts, some cancelled. */
    public static Gen<Passerelle> passerellesWithoutConsent() {
        return passerelles(Generate.constant(ConsentStatus.MISSING));
    }

    private static Gen<Passerelle> newPasserelles(Gen<ConsentStatus> consents) {
        return in -> {
            ConsentStatus consent = consents.generate(in);
            int referrer = Generate.range(0, 30).generate(in);
            int receiver = (referrer + Generate.range(1, 30).generate(in)) % 31;
            boolean draft =
                    consent == ConsentStatus.MISSING || Generate.booleans().generate(in);
            return Passerelle.builder()
                    .id(passerelleIds().generate(in))
                    .household(HouseholdId.of("h-" + Generate.range(0, 500).generate(in)))
                    .situation(Generate.enumValues(SituationKind.class).generate(in))
                    .referrer(ActorId.of("actor-" + referrer))
                    .receiver(ActorId.of("actor-" + receiver))
                    .receiverKind(Generate.enumValues(ActorKind.class).generate(in))
                    .measure(Generate.enumValues(MeasureKind.class).generate(in))
                    .consent(consent)
                    .createdOn(days().generate(in))
                    .status(draft ? PasserelleStatus.DRAFT : PasserelleStatus.REQUESTED)
                    .build();
        };
    }

    private static Gen<Passerelle> passerelles(Gen<ConsentStatus> consents) {
        return in -> {
            Passerelle p = newPasserelles(consents).generate(in);
            List<PasserelleStatus> walk =
                    walks(p.status(), 6, !p.consent().allowsSending()).generate(in);
            for (PasserelleStatus s : walk.subList(1, walk.size())) {
                LocalDate on = p.lastChangedOn().plusDays(Generate.range(0, 60).generate(in));
                p = Generate.booleans().generate(in)
                        ? p.transition(s, on, reasons().generate(in))
                        : p.transition(s, on);
            }
            return p;
        };
    }
}
