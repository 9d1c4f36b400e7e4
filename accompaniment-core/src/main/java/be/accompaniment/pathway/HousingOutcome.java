package be.accompaniment.pathway;

/**
 * What a pathway did with the household's housing: it moved, its dwelling was upgraded, both, or neither (the
 * memorandum's "requalification des logements vs déménagement").
 */
public enum HousingOutcome {
    /** The household moved to another dwelling, and its dwelling was not upgraded. */
    RELOCATION,
    /** The household's dwelling was upgraded, and it did not move. */
    UPGRADE,
    /** Both happened, e.g. works after a move, or a move after works that did not suffice. */
    BOTH,
    /** Neither happened (yet). */
    NEITHER;

    /**
     * The outcome of a pathway from its two facts.
     *
     * @param relocated whether the household moved
     * @param upgraded whether its dwelling was upgraded
     * @return the outcome
     */
    public static HousingOutcome of(boolean relocated, boolean upgraded) {
        if (relocated) {
            return upgraded ? BOTH : RELOCATION;
        }
        return upgraded ? UPGRADE : NEITHER;
    }
}
