package be.accompaniment.situation;

/**
 * One of the four conceptual categories of FEANTSA's European Typology of Homelessness and housing Exclusion
 * (ETHOS, 2005, updated 2017), each grouping several {@link EthosCategory operational categories}.
 */
public enum EthosConceptualCategory {
    /** Without a shelter of any kind, sleeping rough or in a night shelter (sans abri); operational 1–2. */
    ROOFLESS,
    /** With a place to sleep but temporarily, in institutions or shelters (sans logement); operational 3–7. */
    HOUSELESS,
    /** Threatened with severe exclusion: insecure tenancy, eviction, violence (logement précaire); operational 8–10. */
    INSECURE,
    /** In caravans, unfit housing or extreme overcrowding (logement inadéquat); operational 11–13. */
    INADEQUATE
}
