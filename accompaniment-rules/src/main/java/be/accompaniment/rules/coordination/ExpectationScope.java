package be.accompaniment.rules.coordination;

/** Where a coverage model expects an actor or a service: in each commune, or somewhere in the territory. */
public enum ExpectationScope {
    /** Every commune of the territory must be served, e.g. by its CPAS. */
    EVERY_COMMUNE,
    /** At least one commune of the territory must be served, e.g. by an AIS for the whole basin. */
    TERRITORY
}
