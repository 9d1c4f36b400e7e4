package be.accompaniment.examples;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.household.Household;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.pathway.Destination;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayMetrics;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.rules.PasserelleAdvisor;
import be.accompaniment.rules.Rulebook;
import be.accompaniment.rules.coordination.Diagrams;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Gazetteer;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The default run: the library at work on the bundled demo data, no argument needed. */
final class DemoCommand {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private DemoCommand() {}

    static int run(List<String> args, PrintStream out) {
        Language lang = Cli.language(Cli.checked(args, 0, "--lang"));
        ActorDirectory directory = DemoData.directory();
        Gazetteer gazetteer = Gazetteer.belgium();
        out.println("accompaniment — demo on bundled data (as of " + AS_OF + ", labels: " + lang.code() + ")");
        out.println(directory.size() + " actors in the demo directory, "
                + gazetteer.communes(AS_OF).size() + " Belgian communes in the gazetteer on that day");
        PartnerNetwork network =
                PartnerNetwork.of(DemoData.read("demo-platforms.json", new TypeReference<List<Platform>>() {}));
        for (String name : DemoData.HOUSEHOLDS) {
            DemoData.DemoCase demo = DemoData.demoCase(name);
            Household household = demo.household();
            out.println();
            describe(household, demo.on(), directory, gazetteer, lang, out);
            Rulebook rulebook = Rulebook.bundled(household.region());
            PasserelleAdvisor advisor = PasserelleAdvisor.compile(rulebook, directory, network);
            Actor referrer = directory.actor(demo.referrer()).orElseThrow();
            out.println();
            AdviseCommand.print(advisor.advise(household, referrer, demo.on()), rulebook, directory, lang, out);
        }
        out.println();
        pathway(directory, lang, out);
        return 0;
    }

    static void describe(
            Household h,
            LocalDate asOf,
            ActorDirectory directory,
            Gazetteer gazetteer,
            Language lang,
            PrintStream out) {
        String commune = gazetteer
                .commune(h.commune(), AS_OF)
                .map(c -> c.name(lang))
                .orElse(h.commune().toString());
        out.println(
                "== Household " + h.id() + " — " + commune + " (" + h.commune() + "), " + Labels.of(h.region(), lang));
        out.println("   " + h.members().size() + " member(s), " + h.minors(asOf.getYear()) + " minor(s), "
                + h.minorsAtSchool(asOf.getYear()) + " at school; tenure: " + Labels.of(h.tenure(), lang)
                + "; income " + euros(h.monthlyIncomeCents()) + "/month");
        for (Situation s : h.situations()) {
            out.println(
                    "   situation: " + Labels.of(s.kind(), lang) + " — stage " + Labels.of((Enum<?>) s.stage(), lang)
                            + " — ETHOS " + Labels.of(s.ethos(), lang)
                            + s.ethosLight()
                                    .map(l -> " (ETHOS Light " + l.number() + ")")
                                    .orElse(""));
        }
        Map<ActorKind, Integer> kinds = new EnumMap<>(ActorKind.class);
        for (Actor a : directory.serving(h.commune())) {
            kinds.merge(a.kind(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        kinds.forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(Labels.of(k, lang))
                .append(n > 1 ? " ×" + n : ""));
        out.println("   " + directory.serving(h.commune()).size() + " actors serve the commune: " + sb);
    }

    /** A passerelle from the CPAS of Anderlecht to the tenants' union, a measure, and the pathway's metrics. */
    static void pathway(ActorDirectory directory, Language lang, PrintStream out) {
        Household h = DemoData.demoCase("eviction-anderlecht.json").household();
        Passerelle p = Passerelle.requested(
                PasserelleId.of("p-1"),
                h.id(),
                SituationKind.EVICTION_THREAT,
                ActorId.of("cpas-anderlecht"),
                ActorId.of("union-locataires-anderlecht"),
                ActorKind.TENANTS_UNION,
                MeasureKind.TENANT_DEFENCE,
                ConsentStatus.GIVEN,
                LocalDate.of(2026, 1, 12));
        Pathway pathway = Pathway.start(h.id())
                .append(SituationOpened.of(SituationKind.EVICTION_THREAT, LocalDate.of(2025, 12, 15)))
                .append(PasserelleMade.from(p))
                .append(PasserelleAnswered.of(p.id(), PasserelleStatus.ACCEPTED, LocalDate.of(2026, 1, 14)))
                .append(MeasureStarted.of(
                        MeasureId.of("m-1"),
                        MeasureKind.TENANT_DEFENCE,
                        ActorId.of("union-locataires-anderlecht"),
                        LocalDate.of(2026, 1, 15)))
                .append(MeasureEnded.of(MeasureId.of("m-1"), MeasureStatus.COMPLETED, LocalDate.of(2026, 2, 16)))
                .append(SituationResolved.of(SituationKind.EVICTION_THREAT, LocalDate.of(2026, 2, 16)))
                .append(Stabilised.of(LocalDate.of(2026, 6, 1), Destination.PRIVATE_RENTAL));
        PathwayMetrics m = PathwayMetrics.of(pathway);
        out.println("== Pathway of " + h.id() + ": " + pathway.size() + " events");
        out.println("   days to first contact: " + m.daysToFirstContact().orElse(-1) + ", actors involved: "
                + m.actorsInvolved() + ", days to stabilisation: "
                + m.daysToStabilisation().orElse(-1)
                + ", outcome: " + m.outcome() + ", passerelles made/accepted: " + m.passerellesMade() + "/"
                + m.passerellesAccepted());
        out.println("   as a Mermaid Gantt chart (paste into a Markdown viewer):");
        out.println(Diagrams.in(lang).pathwayGantt(pathway, directory).indent(3).stripTrailing());
    }

    static String euros(long cents) {
        return String.format("€%d.%02d", cents / 100, cents % 100);
    }
}
