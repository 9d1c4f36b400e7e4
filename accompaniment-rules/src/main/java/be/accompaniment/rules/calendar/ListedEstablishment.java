package be.accompaniment.rules.calendar;

/**
 * An establishment listed in art. 2, §1er of the loi du 2 avril 1965: for a person staying there, the competent CPAS
 * is the one of the commune where the person was registered at admission, not the one of the commune where the
 * establishment lies. A general hospital is not listed.
 */
public enum ListedEstablishment {
    /** A prison, or any other place where a person stays by order of a court or an authority. */
    PRISON,
    /** A psychiatric hospital or the psychiatric service of a hospital. */
    PSYCHIATRIC_HOSPITAL,
    /** A sheltered housing initiative (initiative d'habitation protégée). */
    IHP,
    /** A psychiatric nursing home (maison de soins psychiatriques). */
    MSP,
    /** A residential home or care centre for people with a disability. */
    DISABILITY_HOME,
    /** A rest home or rest and care home for older people (maison de repos). */
    REST_HOME,
    /** A recognised shelter for people in distress (maison d'accueil, abri de nuit). */
    SHELTER,
    /** A recognised addiction treatment centre. */
    DETOX_CENTRE,
    /** Another place of compulsory stay ordered by a judicial or administrative decision. */
    COMPULSORY_STAY
}
