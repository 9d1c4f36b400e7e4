package be.accompaniment.household;

/** The purpose for which a household consents to its data being shared (finalité, GDPR art. 6 and 9). */
public enum Purpose {
    /** Referring the household to another actor through a passerelle (orientation). */
    REFERRAL,
    /** Sharing a candidate tenant's file between social rental agencies or landlords (dossier de candidature). */
    CANDIDATE_FILE_SHARING,
    /** Coordinating the actors who follow the household, e.g. in a housing platform's case discussion. */
    COORDINATION,
    /** Following up an accompaniment measure with its provider (suivi). */
    FOLLOW_UP,
    /** Research and statistics on pseudonymised data. */
    RESEARCH
}
