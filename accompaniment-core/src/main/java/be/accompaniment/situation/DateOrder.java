package be.accompaniment.situation;

import be.accompaniment.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks that the dates recorded along a legal sequence do not go back in time: each date present must not be before
 * the latest date present earlier in the sequence. Absent dates are skipped, so a missing step never hides an order
 * between the steps around it.
 */
final class DateOrder {
    private final Supplier<String> what;
    private String latestField;
    private LocalDate latest;

    private DateOrder(Supplier<String> what) {
        this.what = what;
    }

    /** A new sequence for the value described by {@code what}. */
    static DateOrder of(Supplier<String> what) {
        return new DateOrder(what);
    }

    /** The next step of the sequence. */
    DateOrder then(String field, Optional<LocalDate> date) {
        if (date.isPresent()) {
            if (latest != null) {
                Checks.inOrder(latest, latestField, date.get(), field, what);
            }
            latest = date.get();
            latestField = field;
        }
        return this;
    }
}
