package be.accompaniment.situation;

/**
 * A dated step of a situation, over all kinds: the legal steps of an eviction procedure, of an insalubrity
 * procedure, of a stay in an institution, and the turning points of the other situations.
 *
 * <p>{@link Situation#milestones()} gives the dates a situation has, in this declaration order;
 * {@link SituationKind#milestones()} lists which milestones a kind can have. Every situation has {@link #OPENED}.
 */
public enum Milestone {
    /** The day the situation was first known to have begun (its {@code openedOn}); every kind has it. */
    OPENED,
    /** The landlord's formal demand to pay or leave (mise en demeure), required first in Brussels since 2023. */
    DEMAND,
    /** Filing of the eviction claim with the justice of the peace: requête, citation or comparution volontaire. */
    FILING,
    /** Notification of the claim to the CPAS of the tenant's domicile (C. jud. art. 1344ter). */
    CPAS_NOTIFICATION,
    /** Hearing before the justice of the peace (audience). */
    HEARING,
    /** Judgment of the justice of the peace (jugement). */
    JUDGMENT,
    /** Service of the judgment by a huissier (signification), which starts the one-month delay of art. 1344quater. */
    SERVICE_OF_JUDGMENT,
    /** The huissier's notice of the effective eviction date, at least five working days ahead (art. 1344quater). */
    EXECUTION_NOTICE,
    /** The day fixed for the eviction (date d'expulsion). */
    EXECUTION,
    /** The day the eviction was carried out (expulsion exécutée). */
    EXECUTED,
    /** A payment plan agreed with the landlord (plan d'apurement). */
    PAYMENT_PLAN,
    /** Settlement: conciliation, agreement or payment that ends the threat. */
    SETTLEMENT,
    /** Request for a salubrity survey or complaint to the housing inspectorate (demande d'enquête, plainte DIRL). */
    SURVEY_REQUEST,
    /** Visit of the dwelling by the inspector (enquête de salubrité, visite de contrôle). */
    SURVEY,
    /** Order to carry out works (ordre de travaux, mise en demeure de la DIRL). */
    WORKS_ORDER,
    /** Deadline set for the works. */
    WORKS_DEADLINE,
    /** Ban on letting the dwelling (interdiction de location) or withdrawal of the letting permit. */
    LETTING_BAN,
    /** The bourgmestre's decree declaring the dwelling uninhabitable (arrêté d'inhabitabilité). */
    DECREE,
    /** Completion of the works that bring the dwelling up to standard. */
    WORKS_COMPLETION,
    /** Admission to the institution (admission, écrou). */
    ADMISSION,
    /** Expected release from the institution (date de sortie prévue, fin de peine). */
    EXPECTED_RELEASE,
    /** Actual release from the institution (sortie, libération). */
    RELEASE,
    /** Registration at a reference address with a CPAS (adresse de référence). */
    REFERENCE_ADDRESS,
    /** The day a person left the family home. */
    DEPARTURE,
    /** Expected move out of the dwelling or tourist facility (relogement prévu). */
    EXPECTED_RELOCATION,
    /** Move out of the dwelling or tourist facility into other housing (relogement). */
    RELOCATION,
    /** Entry into housing of one's own, ending homelessness or a stay with others. */
    HOUSING
}
