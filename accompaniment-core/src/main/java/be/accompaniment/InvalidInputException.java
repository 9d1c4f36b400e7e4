package be.accompaniment;

import java.util.Objects;

/**
 * A value breaks a documented constraint: a builder argument, a JSON document, a CSV row, a rulebook.
 *
 * <p>{@link #where()} names the place: a field ({@code household h-9: adults}), a JSON path
 * ({@code $.members[2].birthYear}) or a file position ({@code refnis.csv:12}).
 */
public final class InvalidInputException extends AccompanimentException {
    private static final long serialVersionUID = 1L;

    private final String where;

    /**
     * Creates an exception for a constraint broken at a named place.
     *
     * @param where the field, JSON path or file position, not null
     * @param problem what was expected and what was found, not null
     */
    public InvalidInputException(String where, String problem) {
        super(Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(problem, "problem"));
        this.where = where;
    }

    /**
     * Creates an exception for a constraint broken at a named place, caused by another failure.
     *
     * @param where the field, JSON path or file position, not null
     * @param problem what was expected and what was found, not null
     * @param cause the underlying failure, not null
     */
    public InvalidInputException(String where, String problem, Throwable cause) {
        super(
                Objects.requireNonNull(where, "where") + ": " + Objects.requireNonNull(problem, "problem"),
                Objects.requireNonNull(cause, "cause"));
        this.where = where;
    }

    /** The field, JSON path or file position where the bad value was found. */
    public String where() {
        return where;
    }
}
