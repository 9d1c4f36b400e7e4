package be.accompaniment.pathway;

/** The JSON kind names of the events, for messages. */
final class EventKinds {
    private EventKinds() {}

    static String of(PathwayEvent e) {
        if (e instanceof SituationOpened) {
            return SituationOpened.KIND;
        } else if (e instanceof FirstContact) {
            return FirstContact.KIND;
        } else if (e instanceof PasserelleMade) {
            return PasserelleMade.KIND;
        } else if (e instanceof PasserelleAnswered) {
            return PasserelleAnswered.KIND;
        } else if (e instanceof MeasureStarted) {
            return MeasureStarted.KIND;
        } else if (e instanceof MeasureEnded) {
            return MeasureEnded.KIND;
        } else if (e instanceof DwellingUpgraded) {
            return DwellingUpgraded.KIND;
        } else if (e instanceof HouseholdRelocated) {
            return HouseholdRelocated.KIND;
        } else if (e instanceof SituationWorsened) {
            return SituationWorsened.KIND;
        } else if (e instanceof SituationResolved) {
            return SituationResolved.KIND;
        } else {
            return Stabilised.KIND;
        }
    }
}
