package be.accompaniment;

/** A step is not allowed from the current state: an illegal lifecycle transition, an event out of order. */
public final class PathwayException extends AccompanimentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the state, the step refused and why; not null
     */
    public PathwayException(String message) {
        super(message);
    }
}
