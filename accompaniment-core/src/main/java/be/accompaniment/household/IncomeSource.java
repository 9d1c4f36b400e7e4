package be.accompaniment.household;

/** The source of a monthly income of a household. */
public enum IncomeSource {
    /** Wages from employment (salaire). */
    EMPLOYMENT,
    /** Earnings from self-employment (revenus d'indépendant). */
    SELF_EMPLOYMENT,
    /** Unemployment benefit (allocations de chômage, ONEM/RVA). */
    UNEMPLOYMENT_BENEFIT,
    /** Sickness or invalidity benefit from the health insurance fund (indemnités de mutuelle, INAMI). */
    SICKNESS_BENEFIT,
    /** Disability allowance (allocation de remplacement de revenus, allocation d'intégration). */
    DISABILITY_ALLOWANCE,
    /** Retirement pension. */
    PENSION,
    /** Income guarantee for older people (garantie de revenus aux personnes âgées, GRAPA). */
    GRAPA,
    /** Social integration income paid by the CPAS (revenu d'intégration sociale, RIS; loi du 26 mai 2002). */
    REVENU_D_INTEGRATION,
    /** Social aid equivalent to the integration income, paid by the CPAS (aide sociale équivalente). */
    EQUIVALENT_SOCIAL_AID,
    /** Family allowances for children (allocations familiales, Groeipakket). */
    FAMILY_ALLOWANCE,
    /** Maintenance paid by a former partner or a parent (pension alimentaire). */
    MAINTENANCE,
    /** Any other income. */
    OTHER
}
