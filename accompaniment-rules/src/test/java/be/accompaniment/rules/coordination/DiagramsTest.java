package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.HealthFixtures.AIS;
import static be.accompaniment.rules.coordination.HealthFixtures.APL;
import static be.accompaniment.rules.coordination.HealthFixtures.CPAS;
import static be.accompaniment.rules.coordination.HealthFixtures.ON;
import static be.accompaniment.rules.coordination.HealthFixtures.PCS;
import static be.accompaniment.rules.coordination.HealthFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.MemberRole;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.SubCommission;
import be.accompaniment.coordination.Theme;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.i18n.Language;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.measure.MeasureStatus;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.pathway.Destination;
import be.accompaniment.pathway.DwellingUpgrade;
import be.accompaniment.pathway.DwellingUpgraded;
import be.accompaniment.pathway.FirstContact;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagramsTest {
    private static final Diagrams EN = Diagrams.in(Language.EN);

    private static Actor actor(ActorId id, ActorKind kind, String name) {
        return Actor.builder()
                .from(CoordinationAnalysisGenerators.actor(id, kind, List.of(NisCode.of(62032)), Set.of()))
                .name(name)
                .build();
    }

    private static final ActorDirectory DIRECTORY = ActorDirectory.of(List.of(
            actor(AIS, ActorKind.AIS, "AIS \"Ourthe\""),
            actor(APL, ActorKind.APL, "APL <Ourthe>"),
            actor(CPAS, ActorKind.CPAS, "CPAS d'Esneux"),
            actor(ActorId.of("clac"), ActorKind.CITIZENS_COLLECTIVE, "Collectif citoyen")));

    private static Platform platform() {
        return HealthFixtures.healthy(List.of(AIS, APL, CPAS, PCS))
                .addMembers(Membership.builder()
                        .actor(ActorId.of("clac"))
                        .joinedOn(START)
                        .role(MemberRole.RESOURCE_PERSON)
                        .build())
                .addSubCommissions(SubCommission.builder()
                        .name("Habitat permanent")
                        .theme(Theme.PERMANENT_HABITAT)
                        .addMembers(PCS, CPAS)
                        .build())
                .build();
    }

    @Test
    void drawsThePartnerNetworkInDotWithSectorColours() {
        PartnerNetwork network = PartnerNetwork.builder()
                .addPlatform(platform())
                .addCollaboration(AIS, CPAS, 7)
                .build();
        String dot = EN.partnerNetworkDot(network, DIRECTORY);
        assertThat(dot)
                .startsWith("graph partners {\n")
                .endsWith("}\n")
                .contains("\"ais-ourthe\" [label=\"AIS \\\"Ourthe\\\"\\nAIS\", fillcolor=\"#d9ead3\"")
                .contains("\"cpas-esneux\" [label=\"CPAS d'Esneux\\nCPAS\", fillcolor=\"#cfe2f3\"")
                .contains("\"pcs-sprimont\" [label=\"pcs-sprimont\", fillcolor=\"#eeeeee\"")
                .contains("\"ais-ourthe\" -- \"cpas-esneux\" [penwidth=4, label=\"1 shared platform, 7 passerelles\"];")
                .contains("\"ais-ourthe\" -- \"apl-ourthe\" [penwidth=2, label=\"1 shared platform\"];")
                .contains("label=\"Sectors\"")
                .contains("\"legend-CITIZEN\" [label=\"Citizen\"");
        assertThat(dot.lines().filter(l -> l.contains(" -- ")).count())
                .isEqualTo(network.edges().size());
        assertThat(EN.partnerNetworkDot(network, DIRECTORY)).isEqualTo(dot);
    }

    @Test
    void drawsThePartnerNetworkInMermaid() {
        PartnerNetwork network = PartnerNetwork.builder()
                .addCollaboration(AIS, APL, 2)
                .addActor(CPAS)
                .build();
        String mermaid = Diagrams.in(Language.FR).partnerNetworkMermaid(network, DIRECTORY);
        assertThat(mermaid)
                .isEqualTo("flowchart LR\n"
                        + "  n0[\"AIS #quot;Ourthe#quot;<br/>AIS\"]:::sector_associative\n"
                        + "  n1[\"APL #lt;Ourthe#gt;<br/>APL\"]:::sector_associative\n"
                        + "  n2[\"CPAS d'Esneux<br/>CPAS\"]:::sector_public\n"
                        + "  n0 ---|\"2 passerelles\"| n1\n"
                        + "  classDef sector_associative fill:#d9ead3,stroke:#38761d,color:#000\n"
                        + "  classDef sector_public fill:#cfe2f3,stroke:#1f4e79,color:#000\n");
    }

    @Test
    void drawsAPlatformWithItsRoles() {
        String mermaid = EN.platformMermaid(platform(), DIRECTORY, ON);
        assertThat(mermaid)
                .startsWith("flowchart TD\n  p{{\"Plate-forme logement Ourthe-Amblève\"}}:::platform\n")
                .contains("  p ===|\"pilot\"| n0[\"AIS #quot;Ourthe#quot;<br/>AIS\"]:::sector_associative\n")
                .contains("  p ===|\"secretariat\"| n1[")
                .contains("  p -.-|\"Outside resource person\"| n2[\"Collectif citoyen<br/>CITIZENS_COLLECTIVE\"]")
                .contains("  p --- n4[\"pcs-sprimont\"]:::unknown\n")
                .contains("  s0[/\"Habitat permanent — Permanent habitat")
                .contains("  s0 -.- n3\n")
                .contains("classDef unknown fill:#eeeeee");
        String dot = EN.platformDot(platform(), DIRECTORY, ON);
        assertThat(dot)
                .contains("\"platform\" -- \"ais-ourthe\" [penwidth=3, label=\"pilot\"];")
                .contains("\"clac\" [label=\"Collectif citoyen\\nCITIZENS_COLLECTIVE\", fillcolor=\"#ead1dc\","
                        + " color=\"#741b47\", style=\"rounded,filled,dashed\"];")
                .contains("\"sub-0\" -- \"pcs-sprimont\" [style=dotted];")
                // the legend shows the sectors of the members the directory knows, and only those
                .contains("  subgraph cluster_legend {\n    label=\"Sectors\";")
                .contains("\"legend-ASSOCIATIVE\" [label=\"Associative (non-profit)\", fillcolor=\"#d9ead3\"")
                .contains("\"legend-PUBLIC\"")
                .contains("\"legend-CITIZEN\"")
                .doesNotContain("\"legend-PRIVATE\"");
    }

    @Test
    void marksMembersWhoLeft() {
        Platform p = Platform.builder()
                .from(platform())
                .members(List.of(
                        Membership.of(AIS, START),
                        Membership.of(APL, START),
                        Membership.of(CPAS, START),
                        Membership.builder()
                                .actor(PCS)
                                .joinedOn(START)
                                .leftOn(ON.minusDays(1))
                                .build()))
                .meetings(List.of())
                .tasks(List.of())
                .subCommissions(List.of())
                .build();
        assertThat(EN.platformMermaid(p, DIRECTORY, ON)).contains("  p -.-|\"left\"| n3[\"pcs-sprimont\"]");
        assertThat(EN.platformDot(p, DIRECTORY, ON))
                .contains("\"platform\" -- \"pcs-sprimont\" [style=dashed, label=\"left\"];");
    }

    @Test
    void drawsAPathwayAsAGanttAndATimeline() {
        LocalDate d = LocalDate.of(2024, 1, 10);
        MeasureId budget = MeasureId.of("m-1");
        Pathway pathway = Pathway.of(
                HouseholdId.of("h-anderlecht-1"),
                List.of(
                        SituationOpened.of(SituationKind.EVICTION_THREAT, d),
                        FirstContact.of(CPAS, d.plusDays(2)),
                        MeasureStarted.of(budget, MeasureKind.BUDGET_GUIDANCE, CPAS, d.plusDays(5)),
                        MeasureEnded.of(budget, MeasureStatus.COMPLETED, d.plusDays(90)),
                        SituationResolved.of(SituationKind.EVICTION_THREAT, d.plusDays(100)),
                        Stabilised.of(d.plusDays(100))));
        String gantt = EN.pathwayGantt(pathway, DIRECTORY);
        assertThat(gantt)
                .startsWith("gantt\n  title Pathway of household h-anderlecht-1\n  dateFormat YYYY-MM-DD\n")
                .contains("  section Situations\n")
                .contains(" :2024-01-10, 2024-04-19\n")
                .contains("  section Measures\n")
                .contains("(CPAS d'Esneux) :2024-01-15, 2024-04-09\n")
                .contains("  First contact with CPAS d'Esneux :milestone, 2024-01-12, 0d\n")
                .contains("  Stabilised :milestone, 2024-04-19, 0d\n")
                .doesNotContain("section Passerelles");
        String timeline = EN.pathwayTimeline(pathway, DIRECTORY);
        assertThat(timeline)
                .startsWith("timeline\n  title Pathway of household h-anderlecht-1\n  2024-01-10 : ")
                .contains("  2024-01-12 : First contact with CPAS d'Esneux\n")
                .contains("\n    : Stabilised\n");
        assertThat(timeline.lines().filter(l -> l.startsWith("  2")).count()).isEqualTo(5);
    }

    private static PasserelleMade made(String id, ActorId to, ActorKind kind, MeasureKind measure, LocalDate on) {
        return PasserelleMade.builder()
                .passerelle(PasserelleId.of(id))
                .situation(SituationKind.INSALUBRITY)
                .referrer(CPAS)
                .receiver(to)
                .receiverKind(kind)
                .measure(measure)
                .on(on)
                .build();
    }

    @Test
    void drawsPasserellesAndEveryMilestoneOfAPathway() {
        LocalDate d = LocalDate.of(2024, 3, 4);
        Pathway pathway = Pathway.of(
                HouseholdId.of("h-seraing-7"),
                List.of(
                        SituationOpened.of(SituationKind.INSALUBRITY, d),
                        made("p-1", AIS, ActorKind.AIS, MeasureKind.HOUSING_SEARCH, d.plusDays(1)),
                        made("p-2", APL, ActorKind.APL, MeasureKind.HOUSING_SEARCH, d.plusDays(1)),
                        made("p-3", ActorId.of("unknown"), ActorKind.SLSP, MeasureKind.HOUSING_SEARCH, d.plusDays(2)),
                        PasserelleAnswered.of(PasserelleId.of("p-1"), PasserelleStatus.REJECTED, d.plusDays(8)),
                        PasserelleAnswered.of(PasserelleId.of("p-2"), PasserelleStatus.ACCEPTED, d.plusDays(9)),
                        SituationWorsened.of(SituationKind.INSALUBRITY, "DECREE", d.plusDays(20)),
                        DwellingUpgraded.of(DwellingUpgrade.WORKS_COMPLETED, d.plusDays(60)),
                        HouseholdRelocated.of(NisCode.of(62096), Destination.PRIVATE_RENTAL, d.plusDays(70)),
                        SituationResolved.of(SituationKind.INSALUBRITY, d.plusDays(70)),
                        Stabilised.of(d.plusDays(70), Destination.PRIVATE_RENTAL)));
        String gantt = EN.pathwayGantt(pathway, DIRECTORY);
        assertThat(gantt)
                .contains("  section Passerelles\n")
                .contains("(Housing search) — Rejected :crit, 2024-03-05, 2024-03-12\n")
                .contains("CPAS d'Esneux → APL <Ourthe> (Housing search) — Accepted :2024-03-05, 2024-03-13\n")
                .contains("CPAS d'Esneux → unknown (Housing search) :active, 2024-03-06, 2024-05-13\n")
                .contains("Unfit housing worsened  DECREE :milestone, 2024-03-24, 0d\n")
                .contains("  Works completed :milestone, 2024-05-03, 0d\n")
                .contains("Moved to 62096  Private rental :milestone, 2024-05-13, 0d\n")
                .contains("Stabilised — Private rental :milestone, 2024-05-13, 0d\n");
        assertThat(gantt.indexOf("section Situations"))
                .isLessThan(gantt.indexOf("section Passerelles"))
                .isLessThan(gantt.indexOf("section Milestones"));
        String timeline = EN.pathwayTimeline(pathway, DIRECTORY);
        assertThat(timeline)
                .contains("  2024-03-05 : CPAS d'Esneux → AIS")
                .contains("\n    : CPAS d'Esneux → APL <Ourthe> (Housing search)\n")
                .contains("  2024-03-12 : CPAS d'Esneux → AIS")
                .contains("(Housing search) — Rejected\n")
                .contains("  2024-05-13 : Moved to 62096")
                .contains("\n    : Stabilised — Private rental\n");
        assertThat(timeline.lines().filter(l -> l.startsWith("  2")).count()).isEqualTo(8);
    }

    @Test
    void anOpenMeasureRunsUntilTheLastEventAndIsActive() {
        LocalDate d = LocalDate.of(2024, 1, 10);
        Pathway pathway = Pathway.of(
                HouseholdId.of("h-2"),
                List.of(
                        SituationOpened.of(SituationKind.INSALUBRITY, d),
                        MeasureStarted.of(MeasureId.of("m-2"), MeasureKind.BUDGET_GUIDANCE, APL, d.plusDays(3)),
                        FirstContact.of(APL, d.plusDays(30))));
        assertThat(EN.pathwayGantt(pathway, DIRECTORY))
                .contains(" :active, 2024-01-10, 2024-02-09\n")
                .contains("(APL <Ourthe>) :active, 2024-01-13, 2024-02-09\n");
        assertThat(EN.pathwayGantt(Pathway.start(HouseholdId.of("h-3")), DIRECTORY))
                .isEqualTo("gantt\n  title Pathway of household h-3\n  dateFormat YYYY-MM-DD\n  axisFormat %Y-%m-%d\n");
    }

    @Test
    void drawsASpeedDatingScheduleOverTheNetwork() {
        List<Actor> participants = DIRECTORY.all();
        PartnerNetwork network =
                PartnerNetwork.builder().addCollaboration(AIS, APL, 2).build();
        SpeedDatingSchedule schedule =
                MatchMaker.withDefaults().schedule("Esneux", participants, network, SpeedDatingOptions.of(2, 2));
        String mermaid = Diagrams.in(Language.FR).scheduleMermaid(schedule, network, DIRECTORY);
        assertThat(mermaid)
                .startsWith("flowchart LR\n")
                .contains("  n0 --- n1\n")
                .contains(" -.-|\"T1\"| ")
                .contains(" -.-|\"T2\"| ");
        assertThat(mermaid.lines().filter(l -> l.contains(" -.-|")).count())
                .isEqualTo(schedule.encounters().size());
        assertThat(mermaid)
                .endsWith("  classDef sector_associative fill:#d9ead3,stroke:#38761d,color:#000\n"
                        + "  classDef sector_citizen fill:#ead1dc,stroke:#741b47,color:#000\n"
                        + "  classDef sector_public fill:#cfe2f3,stroke:#1f4e79,color:#000\n");
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorDirectory.class, DIRECTORY)
                .setDefault(Platform.class, platform())
                .setDefault(PartnerNetwork.class, PartnerNetwork.empty())
                .setDefault(Pathway.class, Pathway.start(HouseholdId.of("h-3")))
                .setDefault(LocalDate.class, ON)
                .setDefault(
                        SpeedDatingSchedule.class,
                        MatchMaker.withDefaults()
                                .schedule("x", List.of(), PartnerNetwork.empty(), SpeedDatingOptions.of(1, 1)));
        tester.testAllPublicStaticMethods(Diagrams.class);
        tester.testAllPublicInstanceMethods(EN);
    }
}
