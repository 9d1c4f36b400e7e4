package be.accompaniment.pathway;

/**
 * The broad class of a {@link Destination}, as the buckets of HUD HMIS destination codes (data element 3.12, FY2024):
 * 1xx homeless, 2xx institutional, 3xx temporary, 4xx permanent, others.
 */
public enum DestinationCategory {
    /** Roofless or in emergency accommodation (HMIS 1xx). */
    HOMELESS,
    /** In an institution: hospital, prison, care home, youth care (HMIS 2xx). */
    INSTITUTIONAL,
    /** In housing meant to be left: transit housing, temporarily with family or friends (HMIS 3xx). */
    TEMPORARY,
    /** In housing meant to be kept: a lease, an owned home, social or AIS housing (HMIS 4xx). */
    PERMANENT,
    /** Another place, or not known. */
    OTHER
}
