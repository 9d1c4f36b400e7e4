package be.accompaniment.rules.scenario;

/** The kind of area a figure of a simulation is aggregated over. */
public enum AreaType {
    /** A commune, named by its NIS code. */
    COMMUNE,
    /** A basin of the scenario (bassin): a named group of communes, by default an arrondissement. */
    BASIN,
    /** A region (Wallonia, Brussels-Capital, Flanders). */
    REGION,
    /** The whole territory of the scenario. */
    TERRITORY
}
