package be.accompaniment;

/** No dated value, rule or parameter applies on the date asked (for example a law before it took effect). */
public final class NoRuleInForceException extends AccompanimentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where, on which date, and the first date that has a value; not null
     */
    public NoRuleInForceException(String message) {
        super(message);
    }
}
