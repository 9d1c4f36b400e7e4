package be.accompaniment.situation;

/**
 * One of the six categories of ETHOS Light, FEANTSA's harmonised definition of homelessness for statistics
 * (FEANTSA, ETHOS Light 2017; Edgar et al., "Measurement of homelessness at European Union level", 2007).
 *
 * <p>ETHOS Light counts only people without a home of their own: insecure and inadequate housing (ETHOS 8.2 to
 * 13) fall outside it, except non-conventional dwellings used for lack of housing and temporary stays with family or
 * friends.
 */
public enum EthosLight {
    /** 1 — people living rough, in public or external space. */
    LIVING_ROUGH(1),
    /** 2 — people in emergency accommodation (overnight shelters). */
    EMERGENCY_ACCOMMODATION(2),
    /** 3 — people in accommodation for the homeless: hostels, temporary or transitional supported housing, women's shelters. */
    HOMELESS_ACCOMMODATION(3),
    /** 4 — people in health-care or penal institutions staying longer than needed, or with no housing on release. */
    INSTITUTION(4),
    /** 5 — people in non-conventional dwellings (mobile homes, sheds, tents) for lack of housing. */
    NON_CONVENTIONAL_DWELLING(5),
    /** 6 — homeless people staying temporarily in conventional housing with family or friends. */
    FAMILY_OR_FRIENDS(6);

    private final int number;

    EthosLight(int number) {
        this.number = number;
    }

    /** The category's number in ETHOS Light, 1 to 6. */
    public int number() {
        return number;
    }
}
