package be.accompaniment.household;

/** A category of a household's data that a consent lets actors receive. */
public enum DataCategory {
    /** Names, contact details and identifiers of the members. */
    IDENTITY,
    /** Composition of the household: members, roles, ages. */
    COMPOSITION,
    /** Incomes, debts and arrears. */
    FINANCES,
    /** The dwelling, its tenure and its condition. */
    HOUSING,
    /** The housing situations and their procedures: eviction, insalubrity, institution exit. */
    SITUATION,
    /** Children's schooling. */
    SCHOOLING,
    /** Health and disability (special category, GDPR art. 9). */
    HEALTH,
    /** Judicial data: detention, sentences, protection orders (GDPR art. 10). */
    JUDICIAL,
    /** A candidate tenant's file for social or AIS housing. */
    CANDIDATE_FILE
}
