package be.accompaniment.situation;

/**
 * The way an eviction claim is brought before the justice of the peace (C. jud. art. 1344bis and following).
 */
public enum EvictionProcedure {
    /** Written request filed at the court registry (requête écrite); the greffier notifies the CPAS. */
    REQUETE,
    /** Summons served by a huissier (citation); the huissier notifies the CPAS. */
    CITATION,
    /** Both parties appear of their own accord (comparution volontaire); the greffier notifies the CPAS. */
    COMPARUTION_VOLONTAIRE
}
