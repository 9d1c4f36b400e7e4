package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;

/**
 * A level of Belgian administrative geography, as numbered in Statbel's REFNIS code list ({@code LVL_REFNIS}).
 *
 * <p>The country ({@code 01000}) sits above the regions and has no level of its own here.
 */
public enum AdministrativeLevel {
    /** Region (gewest / Region), REFNIS level 1: Flanders, Wallonia, Brussels-Capital. */
    REGION(1),
    /** Province (provincie / Provinz), REFNIS level 2; the Brussels-Capital Region has none. */
    PROVINCE(2),
    /** Administrative arrondissement (arrondissement administratif / bestuurlijk arrondissement), level 3. */
    ARRONDISSEMENT(3),
    /** Commune (gemeente / Gemeinde), REFNIS level 4. */
    COMMUNE(4);

    private final int refnisLevel;

    AdministrativeLevel(int refnisLevel) {
        this.refnisLevel = refnisLevel;
    }

    /** The number of the level in REFNIS ({@code LVL_REFNIS}), 1 for regions to 4 for communes. */
    public int refnisLevel() {
        return refnisLevel;
    }

    /**
     * The level with this REFNIS number.
     *
     * @param refnisLevel 1 to 4
     * @return the level
     * @throws InvalidInputException if out of range
     */
    public static AdministrativeLevel ofRefnisLevel(int refnisLevel) {
        for (AdministrativeLevel l : values()) {
            if (l.refnisLevel == refnisLevel) {
                return l;
            }
        }
        throw new InvalidInputException("REFNIS level", "must be 1 (region) to 4 (commune), was " + refnisLevel);
    }
}
