package be.accompaniment;

/**
 * The root of every exception the library throws on purpose.
 *
 * <p>Messages say where the problem is (a field, a JSON path, a rule id), what was expected and what was
 * found. They never contain a person's name or national register number.
 */
public abstract class AccompanimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccompanimentException(String message) {
        super(message);
    }

    AccompanimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
