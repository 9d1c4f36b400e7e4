package be.accompaniment.situation;

/**
 * The kind of structure a household lives in permanently on a tourist facility, with its ETHOS living situation
 * (FEANTSA ETHOS operational category 11).
 */
public enum HabitatStructure {
    /** Caravan or mobile home; ETHOS 11.1. */
    MOBILE_HOME(EthosCategory.E11_1),
    /** Chalet, shed or other building not meant as a permanent dwelling; ETHOS 11.2. */
    NON_CONVENTIONAL_BUILDING(EthosCategory.E11_2),
    /** Tent, hut or other temporary structure; ETHOS 11.3. */
    TEMPORARY_STRUCTURE(EthosCategory.E11_3);

    private final EthosCategory ethos;

    HabitatStructure(EthosCategory ethos) {
        this.ethos = ethos;
    }

    /** The ETHOS living situation of people living in this structure. */
    public EthosCategory ethos() {
        return ethos;
    }
}
