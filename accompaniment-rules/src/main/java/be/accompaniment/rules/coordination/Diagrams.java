package be.accompaniment.rules.coordination;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.Sector;
import be.accompaniment.coordination.MemberRole;
import be.accompaniment.coordination.Membership;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.coordination.Partnership;
import be.accompaniment.coordination.Platform;
import be.accompaniment.coordination.SubCommission;
import be.accompaniment.i18n.Labels;
import be.accompaniment.i18n.Language;
import be.accompaniment.measure.MeasureId;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.pathway.DwellingUpgraded;
import be.accompaniment.pathway.FirstContact;
import be.accompaniment.pathway.HouseholdRelocated;
import be.accompaniment.pathway.MeasureEnded;
import be.accompaniment.pathway.MeasureStarted;
import be.accompaniment.pathway.PasserelleAnswered;
import be.accompaniment.pathway.PasserelleMade;
import be.accompaniment.pathway.Pathway;
import be.accompaniment.pathway.PathwayEvent;
import be.accompaniment.pathway.SituationOpened;
import be.accompaniment.pathway.SituationResolved;
import be.accompaniment.pathway.SituationWorsened;
import be.accompaniment.pathway.Stabilised;
import be.accompaniment.situation.SituationKind;
import com.google.common.graph.EndpointPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pictures of coordination: the partnership network and a platform's membership as Graphviz DOT (render with
 * {@code dot -Tsvg}) and as Mermaid flowcharts (rendered by Markdown viewers such as GitHub's), with sectors as
 * colours; a household's pathway as a Mermaid Gantt chart or timeline; labels in one language.
 *
 * <pre>{@code
 * String mermaid = Diagrams.in(Language.FR).platformMermaid(platform, directory, day);
 * }</pre>
 *
 * <p>Actors are shown by their organisation's name and kind, never a person's name; an actor missing from the
 * directory is shown by its id, in grey. Output is deterministic: nodes and edges in id order. Immutable and
 * thread-safe.
 */
public final class Diagrams {
    /** Fill and stroke colours by sector, then for actors of unknown sector. */
    private static final Map<Sector, String[]> COLOURS = Map.of(
            Sector.PUBLIC, new String[] {"#cfe2f3", "#1f4e79"},
            Sector.ASSOCIATIVE, new String[] {"#d9ead3", "#38761d"},
            Sector.PRIVATE, new String[] {"#fce5cd", "#b45f06"},
            Sector.CITIZEN, new String[] {"#ead1dc", "#741b47"});

    private static final String[] UNKNOWN = {"#eeeeee", "#666666"};

    private final Language language;

    private Diagrams(Language language) {
        this.language = language;
    }

    /**
     * Pictures with labels in a language.
     *
     * @param language the language, not null
     * @return the pictures
     */
    public static Diagrams in(Language language) {
        return new Diagrams(Objects.requireNonNull(language, "language"));
    }

    /** The language of the labels. */
    public Language language() {
        return language;
    }

    /**
     * The partnership network as a Graphviz DOT graph: one box per actor, coloured by sector; one line per
     * partnership, thicker for more shared platforms and passerelles, labelled with their numbers.
     *
     * @param network the network, not null
     * @param directory the actors, for names, kinds and sectors, not null
     * @return the DOT text
     */
    public String partnerNetworkDot(PartnerNetwork network, ActorDirectory directory) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(directory, "directory");
        StringBuilder out = new StringBuilder();
        out.append("graph partners {\n")
                .append("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n")
                .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n");
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (ActorId id : network.nodes()) {
            Optional<Actor> actor = directory.actor(id);
            actor.ifPresent(a -> sectors.add(a.sector()));
            out.append("  ").append(dotNode(id, actor, "")).append('\n');
        }
        for (EndpointPair<ActorId> edge : network.edges()) {
            ActorId a = smaller(edge);
            ActorId b = a.equals(edge.nodeU()) ? edge.nodeV() : edge.nodeU();
            Partnership p = network.partnership(a, b).orElseThrow();
            int strength = p.sharedPlatforms().size() + (p.passerellesExchanged() + 4) / 5;
            out.append("  ")
                    .append(quote(a.value()))
                    .append(" -- ")
                    .append(quote(b.value()))
                    .append(" [penwidth=")
                    .append(1 + Math.min(strength, 4))
                    .append(", label=")
                    .append(quote(partnershipLabel(p)))
                    .append("];\n");
        }
        dotLegend(out, sectors);
        return out.append("}\n").toString();
    }

    /**
     * The partnership network as a Mermaid flowchart, coloured by sector.
     *
     * @param network the network, not null
     * @param directory the actors, for names, kinds and sectors, not null
     * @return the Mermaid text, to put in a {@code ```mermaid} block
     */
    public String partnerNetworkMermaid(PartnerNetwork network, ActorDirectory directory) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(directory, "directory");
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<ActorId, String> ids = new HashMap<>();
        Set<String> classes = new TreeSet<>();
        mermaidNodes(out, network.nodes(), directory, ids, classes);
        for (EndpointPair<ActorId> edge : network.edges()) {
            ActorId a = smaller(edge);
            ActorId b = a.equals(edge.nodeU()) ? edge.nodeV() : edge.nodeU();
            Partnership p = network.partnership(a, b).orElseThrow();
            out.append("  ")
                    .append(ids.get(a))
                    .append(" ---|\"")
                    .append(mermaidText(partnershipLabel(p)))
                    .append("\"| ")
                    .append(ids.get(b))
                    .append('\n');
        }
        mermaidClasses(out, classes);
        return out.toString();
    }

    /**
     * A platform's membership as a Graphviz DOT graph: the platform in the middle, its members around it coloured by
     * sector, the pilot and the secretariat marked, resource persons and members who left by the day dashed, and
     * each sub-commission linked to its members.
     *
     * @param platform the platform, not null
     * @param directory the actors, for names, kinds and sectors, not null
     * @param on the day whose membership is shown, not null
     * @return the DOT text
     */
    public String platformDot(Platform platform, ActorDirectory directory, LocalDate on) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(on, "on");
        StringBuilder out = new StringBuilder();
        out.append("graph platform {\n")
                .append("  graph [overlap=false, fontname=\"Helvetica\", label=")
                .append(quote(platform.name() + " — " + on))
                .append(", labelloc=t];\n")
                .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n")
                .append("  ")
                .append(quote("platform"))
                .append(" [shape=doubleoctagon, style=filled, fillcolor=\"#fff2cc\", color=\"#7f6000\", label=")
                .append(quote(platform.name()))
                .append("];\n");
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        for (Membership m : sortedMembers(platform)) {
            Optional<Actor> actor = directory.actor(m.actor());
            actor.ifPresent(a -> sectors.add(a.sector()));
            boolean away = m.role() == MemberRole.RESOURCE_PERSON || !m.isMemberOn(on);
            out.append("  ")
                    .append(dotNode(m.actor(), actor, away ? ", style=\"rounded,filled,dashed\"" : ""))
                    .append('\n');
            List<String> roles = roles(platform, m, on);
            out.append("  ")
                    .append(quote("platform"))
                    .append(" -- ")
                    .append(quote(m.actor().value()))
                    .append(" [");
            if (away) {
                out.append("style=dashed");
            } else if (!roles.isEmpty()) {
                out.append("penwidth=3");
            } else {
                out.append("penwidth=1");
            }
            if (!roles.isEmpty()) {
                out.append(", label=").append(quote(String.join(", ", roles)));
            }
            out.append("];\n");
        }
        for (int i = 0; i < platform.subCommissions().size(); i++) {
            SubCommission s = platform.subCommissions().get(i);
            String node = "sub-" + i;
            out.append("  ")
                    .append(quote(node))
                    .append(" [shape=hexagon, style=filled, fillcolor=\"#fff2cc\", color=\"#7f6000\", label=")
                    .append(quote(s.name() + "\n" + Labels.of(s.theme(), language)))
                    .append("];\n");
            for (ActorId member : s.members()) {
                out.append("  ")
                        .append(quote(node))
                        .append(" -- ")
                        .append(quote(member.value()))
                        .append(" [style=dotted];\n");
            }
        }
        dotLegend(out, sectors);
        return out.append("}\n").toString();
    }

    /**
     * A platform's membership as a Mermaid flowchart: the platform, its members coloured by sector, thick links to
     * the pilot and the secretariat, dotted links to resource persons and members who left by the day, and its
     * sub-commissions.
     *
     * @param platform the platform, not null
     * @param directory the actors, for names, kinds and sectors, not null
     * @param on the day whose membership is shown, not null
     * @return the Mermaid text, to put in a {@code ```mermaid} block
     */
    public String platformMermaid(Platform platform, ActorDirectory directory, LocalDate on) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(on, "on");
        StringBuilder out = new StringBuilder("flowchart TD\n");
        out.append("  p{{\"").append(mermaidText(platform.name())).append("\"}}:::platform\n");
        Map<ActorId, String> ids = new HashMap<>();
        Set<String> classes = new TreeSet<>();
        classes.add("platform");
        for (Membership m : sortedMembers(platform)) {
            String node = "n" + ids.size();
            ids.put(m.actor(), node);
            Optional<Actor> actor = directory.actor(m.actor());
            String cls = mermaidClass(actor);
            classes.add(cls);
            boolean away = m.role() == MemberRole.RESOURCE_PERSON || !m.isMemberOn(on);
            List<String> roles = roles(platform, m, on);
            String link = away ? " -.-" : roles.isEmpty() ? " ---" : " ===";
            out.append("  p")
                    .append(link)
                    .append(roles.isEmpty() ? "" : "|\"" + mermaidText(String.join(", ", roles)) + "\"|")
                    .append(' ')
                    .append(node)
                    .append("[\"")
                    .append(mermaidText(label(m.actor(), actor)))
                    .append("\"]:::")
                    .append(cls)
                    .append('\n');
        }
        for (int i = 0; i < platform.subCommissions().size(); i++) {
            SubCommission s = platform.subCommissions().get(i);
            String node = "s" + i;
            out.append("  ")
                    .append(node)
                    .append("[/\"")
                    .append(mermaidText(s.name() + " — " + Labels.of(s.theme(), language)))
                    .append("\"/]:::platform\n");
            for (ActorId member : s.members()) {
                out.append("  ")
                        .append(node)
                        .append(" -.- ")
                        .append(ids.get(member))
                        .append('\n');
            }
        }
        mermaidClasses(out, classes);
        return out.toString();
    }

    /**
     * A speed-dating schedule as a Mermaid flowchart: the participants coloured by sector, the partnerships they
     * already have as plain links, and the encounters planned as dotted links labelled with their round.
     *
     * @param schedule the schedule, not null
     * @param network who already works with whom, not null
     * @param directory the actors, for names, kinds and sectors, not null
     * @return the Mermaid text, to put in a {@code ```mermaid} block
     */
    public String scheduleMermaid(SpeedDatingSchedule schedule, PartnerNetwork network, ActorDirectory directory) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(directory, "directory");
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<ActorId, String> ids = new HashMap<>();
        Set<String> classes = new TreeSet<>();
        mermaidNodes(out, schedule.participants(), directory, ids, classes);
        for (EndpointPair<ActorId> edge : network.edges()) {
            ActorId a = smaller(edge);
            ActorId b = a.equals(edge.nodeU()) ? edge.nodeV() : edge.nodeU();
            if (ids.containsKey(a) && ids.containsKey(b)) {
                out.append("  ")
                        .append(ids.get(a))
                        .append(" --- ")
                        .append(ids.get(b))
                        .append('\n');
            }
        }
        for (Encounter e : schedule.encounters()) {
            out.append("  ")
                    .append(ids.get(e.first()))
                    .append(" -.-|\"")
                    .append(mermaidText(Messages.get(language, "diagram.round", "round", Integer.toString(e.round()))))
                    .append("\"| ")
                    .append(ids.get(e.second()))
                    .append('\n');
        }
        mermaidClasses(out, classes);
        return out.toString();
    }

    /**
     * A household's pathway as a Mermaid Gantt chart: its situations from opening to resolution, the passerelles
     * from being sent to their answer, the measures from start to end, each still running until the pathway's last
     * event and marked active; first contact, dwelling upgrades, relocations, worsening and stabilisation as
     * milestones. The household appears by its pseudonymous id only.
     *
     * @param pathway the pathway, not null
     * @param directory the actors, for names, not null
     * @return the Mermaid text, to put in a {@code ```mermaid} block; an empty pathway gives a chart without tasks
     */
    public String pathwayGantt(Pathway pathway, ActorDirectory directory) {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(directory, "directory");
        LocalDate end = pathway.lastEventOn().orElse(LocalDate.MIN);
        Map<SituationKind, LocalDate> openSituations = new LinkedHashMap<>();
        Map<PasserelleId, PasserelleMade> openPasserelles = new LinkedHashMap<>();
        Map<MeasureId, MeasureStarted> openMeasures = new LinkedHashMap<>();
        List<String> situations = new ArrayList<>();
        List<String> passerelles = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        List<String> milestones = new ArrayList<>();
        for (PathwayEvent event : pathway.events()) {
            if (event instanceof SituationOpened o) {
                openSituations.putIfAbsent(o.situation(), o.on());
            } else if (event instanceof SituationResolved r) {
                LocalDate from = openSituations.remove(r.situation());
                if (from != null) {
                    situations.add(bar(Labels.of(r.situation(), language), "", from, r.on()));
                }
            } else if (event instanceof PasserelleMade m) {
                openPasserelles.put(m.passerelle(), m);
            } else if (event instanceof PasserelleAnswered a) {
                PasserelleMade m = openPasserelles.remove(a.passerelle());
                if (m != null) {
                    passerelles.add(bar(
                            passerelleLabel(m, directory) + " — " + Labels.of(a.status(), language),
                            a.status() == PasserelleStatus.REJECTED || a.status() == PasserelleStatus.FAILED
                                    ? "crit, "
                                    : "",
                            m.on(),
                            a.on()));
                }
            } else if (event instanceof MeasureStarted m) {
                openMeasures.put(m.measure(), m);
            } else if (event instanceof MeasureEnded e) {
                MeasureStarted m = openMeasures.remove(e.measure());
                if (m != null) {
                    measures.add(bar(measureLabel(m, directory), "", m.on(), e.on()));
                }
            } else {
                milestones.add(milestone(milestoneLabel(event, directory), event.on()));
            }
        }
        openSituations.forEach((kind, from) -> situations.add(bar(Labels.of(kind, language), "active, ", from, end)));
        openPasserelles
                .values()
                .forEach(m -> passerelles.add(bar(passerelleLabel(m, directory), "active, ", m.on(), end)));
        openMeasures.values().forEach(m -> measures.add(bar(measureLabel(m, directory), "active, ", m.on(), end)));
        StringBuilder out = new StringBuilder("gantt\n");
        out.append("  title ")
                .append(ganttText(Messages.get(
                        language,
                        "pathway.title",
                        "household",
                        pathway.household().value())))
                .append('\n')
                .append("  dateFormat YYYY-MM-DD\n")
                .append("  axisFormat %Y-%m-%d\n");
        section(out, "pathway.situations", situations);
        section(out, "pathway.passerelles", passerelles);
        section(out, "pathway.measures", measures);
        section(out, "pathway.milestones", milestones);
        return out.toString();
    }

    /**
     * A household's pathway as a Mermaid timeline: one entry per day with the events of that day. The household
     * appears by its pseudonymous id only.
     *
     * @param pathway the pathway, not null
     * @param directory the actors, for names, not null
     * @return the Mermaid text, to put in a {@code ```mermaid} block
     */
    public String pathwayTimeline(Pathway pathway, ActorDirectory directory) {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(directory, "directory");
        Map<PasserelleId, PasserelleMade> made = new HashMap<>();
        Map<MeasureId, MeasureStarted> started = new HashMap<>();
        StringBuilder out = new StringBuilder("timeline\n");
        out.append("  title ")
                .append(timelineText(Messages.get(
                        language,
                        "pathway.title",
                        "household",
                        pathway.household().value())))
                .append('\n');
        LocalDate day = null;
        for (PathwayEvent event : pathway.events()) {
            String text;
            if (event instanceof SituationOpened o) {
                text = Messages.get(language, "pathway.opened", "situation", Labels.of(o.situation(), language));
            } else if (event instanceof SituationResolved r) {
                text = Messages.get(language, "pathway.resolved", "situation", Labels.of(r.situation(), language));
            } else if (event instanceof PasserelleMade m) {
                made.put(m.passerelle(), m);
                text = passerelleLabel(m, directory);
            } else if (event instanceof PasserelleAnswered a) {
                PasserelleMade m = made.get(a.passerelle());
                text = (m == null ? a.passerelle().toString() : passerelleLabel(m, directory)) + " — "
                        + Labels.of(a.status(), language);
            } else if (event instanceof MeasureStarted m) {
                started.put(m.measure(), m);
                text = Messages.get(language, "pathway.started", "measure", measureLabel(m, directory));
            } else if (event instanceof MeasureEnded e) {
                MeasureStarted m = started.get(e.measure());
                text = Messages.get(
                                language,
                                "pathway.ended",
                                "measure",
                                m == null ? e.measure().toString() : measureLabel(m, directory))
                        + " — " + Labels.of(e.outcome(), language);
            } else {
                text = milestoneLabel(event, directory);
            }
            if (event.on().equals(day)) {
                out.append("    : ").append(timelineText(text)).append('\n');
            } else {
                day = event.on();
                out.append("  ")
                        .append(day)
                        .append(" : ")
                        .append(timelineText(text))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private String passerelleLabel(PasserelleMade m, ActorDirectory directory) {
        return Messages.get(
                language,
                "pathway.passerelle",
                "from",
                actorName(m.referrer(), directory),
                "to",
                actorName(m.receiver(), directory),
                "measure",
                Labels.of(m.measure(), language));
    }

    private String measureLabel(MeasureStarted m, ActorDirectory directory) {
        return Labels.of(m.measureKind(), language) + " (" + actorName(m.provider(), directory) + ")";
    }

    private String milestoneLabel(PathwayEvent event, ActorDirectory directory) {
        if (event instanceof FirstContact f) {
            return Messages.get(language, "pathway.firstContact", "actor", actorName(f.actor(), directory));
        } else if (event instanceof DwellingUpgraded d) {
            return Labels.of(d.upgrade(), language);
        } else if (event instanceof HouseholdRelocated r) {
            return Messages.get(
                    language,
                    "pathway.relocated",
                    "commune",
                    r.commune().toString(),
                    "destination",
                    Labels.of(r.destination(), language));
        } else if (event instanceof SituationWorsened w) {
            return Messages.get(
                    language, "pathway.worsened", "situation", Labels.of(w.situation(), language), "stage", w.stage());
        } else if (event instanceof Stabilised st) {
            return Messages.get(language, "pathway.stabilised")
                    + st.destination().map(d -> " — " + Labels.of(d, language)).orElse("");
        }
        return event.getClass().getSimpleName();
    }

    private static String actorName(ActorId id, ActorDirectory directory) {
        return directory.actor(id).map(Actor::name).orElse(id.value());
    }

    private void section(StringBuilder out, String key, List<String> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        out.append("  section ").append(ganttText(Messages.get(language, key))).append('\n');
        for (String task : tasks) {
            out.append("  ").append(task).append('\n');
        }
    }

    private static String bar(String label, String tags, LocalDate from, LocalDate until) {
        // a task ending the day it starts would be invisible: give it at least one day
        LocalDate end = until.isAfter(from) ? until : from.plusDays(1);
        return ganttText(label) + " :" + tags + from + ", " + end;
    }

    private static String milestone(String label, LocalDate on) {
        return ganttText(label) + " :milestone, " + on + ", 0d";
    }

    /** Text of a Gantt task or title: the colon and the hash would end or break it. */
    private static String ganttText(String text) {
        return text.replace(":", " ").replace("#", " ").replace(";", ",").replace("\n", " ");
    }

    /** Text of a timeline entry: the colon separates events. */
    private static String timelineText(String text) {
        return text.replace(":", " ").replace("#", " ").replace("\n", " ");
    }

    private List<Membership> sortedMembers(Platform platform) {
        List<Membership> members = new ArrayList<>(platform.members());
        members.sort((a, b) -> a.actor().compareTo(b.actor()));
        return members;
    }

    private List<String> roles(Platform platform, Membership m, LocalDate on) {
        List<String> roles = new ArrayList<>();
        if (platform.pilot().filter(m.actor()::equals).isPresent()) {
            roles.add(Messages.get(language, "diagram.pilot"));
        }
        if (platform.secretariat().filter(m.actor()::equals).isPresent()) {
            roles.add(Messages.get(language, "diagram.secretariat"));
        }
        if (m.role() == MemberRole.RESOURCE_PERSON) {
            roles.add(Labels.of(MemberRole.RESOURCE_PERSON, language));
        }
        if (!m.isMemberOn(on) && m.role() == MemberRole.MEMBER) {
            roles.add(Messages.get(language, "diagram.left"));
        }
        return roles;
    }

    private String dotNode(ActorId id, Optional<Actor> actor, String extra) {
        String[] colours = actor.map(a -> COLOURS.get(a.sector())).orElse(UNKNOWN);
        return quote(id.value()) + " [label=" + quote(label(id, actor)) + ", fillcolor=\"" + colours[0] + "\", color=\""
                + colours[1] + "\"" + extra + "];";
    }

    private void dotLegend(StringBuilder out, Set<Sector> sectors) {
        if (sectors.isEmpty()) {
            return;
        }
        out.append("  subgraph cluster_legend {\n")
                .append("    label=")
                .append(quote(Messages.get(language, "diagram.sectors")))
                .append("; fontsize=10; color=\"#bbbbbb\";\n");
        for (Sector s : sectors) {
            String[] colours = COLOURS.get(s);
            out.append("    ")
                    .append(quote("legend-" + s.name()))
                    .append(" [label=")
                    .append(quote(Labels.of(s, language)))
                    .append(", fillcolor=\"")
                    .append(colours[0])
                    .append("\", color=\"")
                    .append(colours[1])
                    .append("\"];\n");
        }
        out.append("  }\n");
    }

    private void mermaidClasses(StringBuilder out, Set<String> classes) {
        for (String cls : classes) {
            String[] colours = switch (cls) {
                case "platform" -> new String[] {"#fff2cc", "#7f6000"};
                case "unknown" -> UNKNOWN;
                default ->
                    COLOURS.get(Sector.valueOf(cls.substring("sector_".length()).toUpperCase(Locale.ROOT)));
            };
            out.append("  classDef ")
                    .append(cls)
                    .append(" fill:")
                    .append(colours[0])
                    .append(",stroke:")
                    .append(colours[1])
                    .append(",color:#000\n");
        }
    }

    private static String mermaidClass(Optional<Actor> actor) {
        return actor.map(a -> "sector_" + a.sector().name().toLowerCase(Locale.ROOT))
                .orElse("unknown");
    }

    private String partnershipLabel(Partnership p) {
        List<String> parts = new ArrayList<>();
        if (!p.sharedPlatforms().isEmpty()) {
            parts.add(Messages.count(
                    language, "diagram.platforms", p.sharedPlatforms().size()));
        }
        if (p.passerellesExchanged() > 0) {
            parts.add(Messages.count(language, "diagram.passerelles", p.passerellesExchanged()));
        }
        return String.join(", ", parts);
    }

    /**
     * One Mermaid node per actor, numbered in order ({@code n0}, {@code n1}…) into {@code ids}, labelled with its name
     * and kind and classed by sector into {@code classes}.
     */
    private static void mermaidNodes(
            StringBuilder out,
            Iterable<ActorId> actors,
            ActorDirectory directory,
            Map<ActorId, String> ids,
            Set<String> classes) {
        for (ActorId id : actors) {
            String node = "n" + ids.size();
            ids.put(id, node);
            Optional<Actor> actor = directory.actor(id);
            String cls = mermaidClass(actor);
            classes.add(cls);
            out.append("  ")
                    .append(node)
                    .append("[\"")
                    .append(mermaidText(label(id, actor)))
                    .append("\"]:::")
                    .append(cls)
                    .append('\n');
        }
    }

    private static String label(ActorId id, Optional<Actor> actor) {
        return actor.map(a -> a.name() + "\n" + a.kind().name()).orElse(id.value());
    }

    private static ActorId smaller(EndpointPair<ActorId> edge) {
        return edge.nodeU().compareTo(edge.nodeV()) <= 0 ? edge.nodeU() : edge.nodeV();
    }

    /** A DOT string literal; a line break becomes DOT's centred {@code \n}. */
    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Text inside a quoted Mermaid label: quotes and markup characters as entities, line breaks as {@code <br/>}. */
    private static String mermaidText(String text) {
        return text.replace("&", "#amp;")
                .replace("\"", "#quot;")
                .replace("<", "#lt;")
                .replace(">", "#gt;")
                .replace("\n", "<br/>");
    }

    /** The language. */
    @Override
    public String toString() {
        return "Diagrams{" + language + "}";
    }
}
