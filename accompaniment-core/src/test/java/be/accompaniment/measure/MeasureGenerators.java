package be.accompaniment.measure;

import be.accompaniment.actor.ActorId;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.situation.SituationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generated measures, ids, kinds and status walks, for property tests of this and other packages. */
public final class MeasureGenerators {
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private MeasureGenerators() {}

    /** Ids {@code m-0} to {@code m-9999}. */
    public static Gen<MeasureId> measureIds() {
        return Generate.range(0, 9999).map(i -> MeasureId.of("m-" + i));
    }

    /** Any measure kind. */
    public static Gen<MeasureKind> kinds() {
        return Generate.enumValues(MeasureKind.class);
    }

    /** Any measure status. */
    public static Gen<MeasureStatus> statuses() {
        return Generate.enumValues(MeasureStatus.class);
    }

    /** Days from 2015 to about 2030. */
    public static Gen<LocalDate> days() {
        return Generate.range(0, 5800).map(FIRST_DAY::plusDays);
    }

    /**
     * Walks of allowed status moves from {@link MeasureStatus#PLANNED}, up to {@code maxSteps} long; the first
     * element is {@code PLANNED}, each next one allowed after the previous.
     */
    public static Gen<List<MeasureStatus>> walks(int maxSteps) {
        return in -> {
            List<MeasureStatus> walk = new ArrayList<>();
            MeasureStatus current = MeasureStatus.PLANNED;
            walk.add(current);
            int steps = Generate.range(0, maxSteps).generate(in);
            for (int i = 0; i < steps && !current.isTerminal(); i++) {
                List<MeasureStatus> next = new ArrayList<>(current.nextStatuses());
                current = next.get(Generate.range(0, next.size() - 1).generate(in));
                walk.add(current);
            }
            return walk;
        };
    }

    /** Valid measures in any status, planned on a generated day and moved along a generated walk. */
    public static Gen<Measure> measures() {
        return in -> {
            Measure.Builder b = Measure.builder()
                    .id(measureIds().generate(in))
                    .kind(kinds().generate(in))
                    .provider(ActorId.of("actor-" + Generate.range(0, 50).generate(in)))
                    .household(HouseholdId.of("h-" + Generate.range(0, 500).generate(in)))
                    .plannedOn(days().generate(in))
                    .status(MeasureStatus.PLANNED);
            if (Generate.booleans().generate(in)) {
                b.situation(Generate.enumValues(SituationKind.class).generate(in));
            }
            if (Generate.booleans().generate(in)) {
                b.collective(true);
            }
            Measure m = b.build();
            List<MeasureStatus> walk = walks(6).generate(in);
            for (MeasureStatus s : walk.subList(1, walk.size())) {
                m = m.moveTo(s, m.statusSince().plusDays(Generate.range(0, 90).generate(in)));
            }
            return m;
        };
    }
}
