package be.accompaniment.passerelle;

/**
 * Whether the household agreed that its data be shared with the receiving actor of a passerelle, for this purpose
 * (consentement). A passerelle whose consent is {@link #MISSING} stays a draft: it cannot be sent.
 *
 * <p>Source: GDPR art. 6 and 9 and the professional secrecy of social workers; the advisor reports a missing
 * consent rather than sharing silently.
 */
public enum ConsentStatus {
    /** No personal data is shared: the household contacts the actor itself, or only anonymous facts are asked. */
    NOT_REQUIRED,
    /** The household agreed to share its data with this kind of actor for this purpose. */
    GIVEN,
    /** Data would be shared and the household has not agreed (yet). */
    MISSING;

    /** Whether a passerelle with this consent may be sent (leave {@link PasserelleStatus#DRAFT}). */
    public boolean allowsSending() {
        return this != MISSING;
    }
}
