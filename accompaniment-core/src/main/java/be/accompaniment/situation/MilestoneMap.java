package be.accompaniment.situation;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Optional;

/** Collects the dated milestones of a situation into an immutable map in {@link Milestone} order. */
final class MilestoneMap {
    private final EnumMap<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);

    private MilestoneMap(LocalDate openedOn) {
        dates.put(Milestone.OPENED, openedOn);
    }

    /** A map holding {@link Milestone#OPENED}. */
    static MilestoneMap opened(LocalDate openedOn) {
        return new MilestoneMap(openedOn);
    }

    /** Adds a milestone if its date is present. */
    MilestoneMap with(Milestone milestone, Optional<LocalDate> date) {
        date.ifPresent(d -> dates.put(milestone, d));
        return this;
    }

    ImmutableMap<Milestone, LocalDate> build() {
        return Maps.immutableEnumMap(dates);
    }
}
