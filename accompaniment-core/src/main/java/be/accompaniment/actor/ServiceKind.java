package be.accompaniment.actor;

/** A service an actor offers to households or to other actors. */
public enum ServiceKind {
    /** First reception, information and orientation towards the right actor. */
    INFORMATION_AND_ORIENTATION,
    /** Financial social aid after a social inquiry (aide sociale, revenu d'intégration). */
    FINANCIAL_AID,
    /** Budget guidance (guidance budgétaire) and debt mediation (médiation de dettes). */
    BUDGET_GUIDANCE,
    /** Rent guarantee: advance on a blocked account, bank guarantee or letter of guarantee. */
    RENT_GUARANTEE,
    /** Legal information and aid, including defence before the justice de paix. */
    LEGAL_AID,
    /** Collective defence of tenants and negotiation with landlords. */
    TENANT_DEFENCE,
    /** Help to search for a dwelling, including housing "capteurs" who prospect private landlords. */
    HOUSING_SEARCH,
    /** Allocation and rental of social housing. */
    SOCIAL_HOUSING,
    /** Rental management of private dwellings at social rents (gestion locative sociale). */
    SOCIAL_RENTAL_MANAGEMENT,
    /** Transit or integration housing (logement de transit / d'insertion). */
    TRANSIT_HOUSING,
    /** Emergency accommodation: night shelter, maison d'accueil, social emergency. */
    EMERGENCY_ACCOMMODATION,
    /** Individual social accompaniment in housing: to find, keep and inhabit a dwelling. */
    HOUSING_ACCOMPANIMENT,
    /** Collective or community accompaniment in a neighbourhood or a building. */
    COLLECTIVE_ACCOMPANIMENT,
    /** Technical assistance on the dwelling: diagnosis, works planning, help with grant files. */
    TECHNICAL_ASSISTANCE,
    /** Renovation works carried out with trainees (chantiers de formation). */
    RENOVATION_WORKS,
    /** Energy advice and energy renovation support. */
    ENERGY_RENOVATION,
    /** Survey of the salubrity of a dwelling (enquête de salubrité) and its report. */
    SALUBRITY_SURVEY,
    /** Administrative decisions on a dwelling: works orders, uninhabitability decree, letting ban. */
    HOUSING_POLICE,
    /** Regional housing allowances: ADeL, allocation de relogement, allocation-loyer. */
    HOUSING_ALLOWANCE,
    /** Mortgage loans and housing credit at social rates. */
    HOUSING_LOAN,
    /** Judicial decisions on leases and evictions, and judicial conciliation. */
    JUDICIAL_DECISION,
    /** Service and execution of judgments (signification, exécution). */
    JUDGMENT_EXECUTION,
    /** Follow-up of people under a judicial measure: conditional release, probation, electronic monitoring. */
    JUSTICE_FOLLOW_UP,
    /** Psychosocial support of detainees and former detainees (aide sociale aux détenus). */
    DETAINEE_SUPPORT,
    /** Mobile mental-health team at home (function 2 of the réseaux 107). */
    MENTAL_HEALTH_MOBILE_TEAM,
    /** Protected housing with multidisciplinary support for stabilised psychiatric patients. */
    PROTECTED_HOUSING,
    /** Housing First: immediate housing with intensive support for long-term homeless people. */
    HOUSING_FIRST,
    /** Support of young people leaving youth care at 18 towards autonomy. */
    YOUTH_AUTONOMY_SUPPORT,
    /** Support and recognition of people with disabilities. */
    DISABILITY_SUPPORT,
    /** Street work and outreach to people living rough. */
    OUTREACH,
    /** Support of residents of tourist facilities (Plan HP): rehousing, relocation allowances. */
    PERMANENT_HABITAT_SUPPORT,
    /** Social support of pupils and their families at school (PMS centres, school social services). */
    SCHOOL_SOCIAL_SUPPORT,
    /** Coordination of a local network or housing platform. */
    NETWORK_COORDINATION,
    /** Building or offering new dwellings. */
    HOUSING_SUPPLY,
    /** Participation and self-help of residents and citizens. */
    CITIZEN_PARTICIPATION
}
