package be.accompaniment.rules.calendar;

/** The rule of the loi du 2 avril 1965 that designates the competent CPAS. */
public enum CompetenceGround {
    /** Art. 1er, 1°: the CPAS of the commune where the person habitually resides on the day of the request. */
    HABITUAL_RESIDENCE,
    /** Art. 2, §1er: the CPAS of the commune where the person was registered on admission to a listed establishment. */
    LISTED_ESTABLISHMENT,
    /** Art. 2, §7: the CPAS of the commune where a homeless person, outside any listed establishment, actually stays. */
    HOMELESS,
    /**
     * Art. 1er, 1°, because art. 2, §1er cannot apply: the person in a listed establishment was registered nowhere
     * at admission (struck off before).
     */
    NOT_REGISTERED_AT_ADMISSION
}
