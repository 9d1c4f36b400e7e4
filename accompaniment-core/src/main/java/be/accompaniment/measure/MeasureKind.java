package be.accompaniment.measure;

import be.accompaniment.actor.ServiceKind;

/**
 * A kind of accompaniment measure a passerelle can propose and an actor can run for a household: a contact, an
 * aid, a procedure, a dwelling, a follow-up.
 *
 * <p>Each kind names the {@link ServiceKind} an actor offers to deliver it, so that an advisor can look for
 * providers in a directory. Collective kinds ({@link #isCollective()}) are run with a group of households, a
 * building or a neighbourhood rather than with one household.
 */
public enum MeasureKind {
    /** First contact with the CPAS, e.g. after it is notified of an eviction request (C.jud. art. 1344ter). */
    CPAS_CONTACT(ServiceKind.INFORMATION_AND_ORIENTATION, false),
    /** Check of which CPAS is territorially competent, e.g. on release from an institution (loi 2 avril 1965). */
    CPAS_COMPETENCE_CHECK(ServiceKind.INFORMATION_AND_ORIENTATION, false),
    /** Reference address at the CPAS for a person without a home, to keep rights and mail. */
    REFERENCE_ADDRESS(ServiceKind.INFORMATION_AND_ORIENTATION, false),
    /** Budget guidance (guidance budgétaire); in Wallonia refusing it costs a social tenant the winter truce. */
    BUDGET_GUIDANCE(ServiceKind.BUDGET_GUIDANCE, false),
    /** Amicable or judicial debt mediation (médiation de dettes). */
    DEBT_MEDIATION(ServiceKind.BUDGET_GUIDANCE, false),
    /** Payment plan for rent arrears negotiated with the landlord (plan d'apurement). */
    PAYMENT_PLAN(ServiceKind.BUDGET_GUIDANCE, false),
    /** Financial social aid or an advance after a social inquiry (aide sociale, loi organique des CPAS). */
    FINANCIAL_AID(ServiceKind.FINANCIAL_AID, false),
    /** Installation grant for a person leaving homelessness (prime d'installation). */
    INSTALLATION_GRANT(ServiceKind.FINANCIAL_AID, false),
    /** Rent guarantee: advance to a blocked account, bank guarantee or letter of guarantee (garantie locative). */
    RENT_GUARANTEE(ServiceKind.RENT_GUARANTEE, false),
    /** Legal information and aid, including a lawyer before the justice de paix (aide juridique). */
    LEGAL_AID(ServiceKind.LEGAL_AID, false),
    /** Defence of the tenant by a tenants' union: negotiation with the landlord, preparing the hearing. */
    TENANT_DEFENCE(ServiceKind.TENANT_DEFENCE, false),
    /** Conciliation before the justice de paix, whose record has the force of a judgment (conciliation). */
    CONCILIATION(ServiceKind.JUDICIAL_DECISION, false),
    /** Help to search for a dwelling, including the work of housing "capteurs" with private landlords. */
    HOUSING_SEARCH(ServiceKind.HOUSING_SEARCH, false),
    /** Application for a social dwelling with an SLSP or SISP (candidature au logement social). */
    SOCIAL_HOUSING_APPLICATION(ServiceKind.SOCIAL_HOUSING, false),
    /** Rental of a dwelling managed by a social rental agency (AIS / SVK). */
    AIS_RENTAL(ServiceKind.SOCIAL_RENTAL_MANAGEMENT, false),
    /** Transit or integration housing for a limited time (logement de transit / d'insertion). */
    TRANSIT_HOUSING(ServiceKind.TRANSIT_HOUSING, false),
    /** Emergency accommodation: night shelter, maison d'accueil, social emergency (hébergement d'urgence). */
    EMERGENCY_ACCOMMODATION(ServiceKind.EMERGENCY_ACCOMMODATION, false),
    /** Street work and outreach to people living rough (travail de rue). */
    OUTREACH(ServiceKind.OUTREACH, false),
    /** Individual social accompaniment in housing: to find, keep and inhabit a dwelling. */
    HOUSING_ACCOMPANIMENT(ServiceKind.HOUSING_ACCOMPANIMENT, false),
    /** Collective or community accompaniment of the residents of a building or a neighbourhood. */
    COLLECTIVE_ACCOMPANIMENT(ServiceKind.COLLECTIVE_ACCOMPANIMENT, true),
    /** Collective accompaniment of residents through an energy renovation of their dwellings. */
    COLLECTIVE_ENERGY_RENOVATION(ServiceKind.COLLECTIVE_ACCOMPANIMENT, true),
    /** Technical assistance on the dwelling: diagnosis, works planning, help with grant files. */
    TECHNICAL_ASSISTANCE(ServiceKind.TECHNICAL_ASSISTANCE, false),
    /** Renovation works on the dwelling, e.g. by a régie de quartier with trainees. */
    RENOVATION_WORKS(ServiceKind.RENOVATION_WORKS, false),
    /** Energy advice and energy renovation of one dwelling, with its grants and loans. */
    ENERGY_RENOVATION(ServiceKind.ENERGY_RENOVATION, false),
    /** Salubrity survey of the dwelling (enquête de salubrité), Wallonia (CWHD; AGW 30 août 2007). */
    SALUBRITY_SURVEY(ServiceKind.SALUBRITY_SURVEY, false),
    /** Complaint to the regional housing inspection (DIRL, Bruxelles Logement), Brussels (CBL). */
    INSPECTION_COMPLAINT(ServiceKind.SALUBRITY_SURVEY, false),
    /** Rehousing sought by the bourgmestre before an uninhabitability order is executed (relogement, CWHD). */
    REHOUSING(ServiceKind.HOUSING_POLICE, false),
    /** Moving and rent allowance: ADeL in Wallonia, allocation de relogement in Brussels. */
    REHOUSING_ALLOWANCE(ServiceKind.HOUSING_ALLOWANCE, false),
    /** Relocation of a resident of a camping or tourist facility (Plan HP, Wallonia). */
    PERMANENT_HABITAT_RELOCATION(ServiceKind.PERMANENT_HABITAT_SUPPORT, false),
    /** Follow-up by a maison de justice: conditional release, probation, electronic monitoring. */
    JUSTICE_FOLLOW_UP(ServiceKind.JUSTICE_FOLLOW_UP, false),
    /** Psychosocial support of a detainee preparing release (aide sociale aux détenus). */
    DETAINEE_SUPPORT(ServiceKind.DETAINEE_SUPPORT, false),
    /** Mobile mental-health team at home (function 2 of the réseaux 107). */
    MENTAL_HEALTH_MOBILE_TEAM(ServiceKind.MENTAL_HEALTH_MOBILE_TEAM, false),
    /** Protected housing for a stabilised psychiatric patient (initiative d'habitation protégée, IHP). */
    PROTECTED_HOUSING(ServiceKind.PROTECTED_HOUSING, false),
    /** Housing First: a dwelling at once, with intensive support, for a long-term homeless person. */
    HOUSING_FIRST(ServiceKind.HOUSING_FIRST, false),
    /** Support of a young person leaving youth care towards autonomy (Code de la prévention, 2018). */
    YOUTH_AUTONOMY_SUPPORT(ServiceKind.YOUTH_AUTONOMY_SUPPORT, false),
    /** Social support of the pupils of a family in housing difficulty at school (PMS, school social service). */
    SCHOOL_SOCIAL_SUPPORT(ServiceKind.SCHOOL_SOCIAL_SUPPORT, false);

    private final ServiceKind service;
    private final boolean collective;

    MeasureKind(ServiceKind service, boolean collective) {
        this.service = service;
        this.collective = collective;
    }

    /** The service an actor offers to deliver this measure, used to find providers in a directory. */
    public ServiceKind service() {
        return service;
    }

    /** Whether the measure is run with a group (a building, a neighbourhood) rather than one household. */
    public boolean isCollective() {
        return collective;
    }
}
