package be.accompaniment.law;

import be.accompaniment.InvalidInputException;
import be.accompaniment.NoRuleInForceException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value that the law sets by effective date, each step with its legal reference: "which value on date D".
 *
 * <p>Steps are ordered by their first day; a step applies from its day until the next step starts. A step
 * without a value ends the previous one (a repealed rule keeps its history). Example, a ceiling in euro
 * cents: {@code 2023-01-01 → 1_550_000 (AGW …)}.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the value
 */
public final class DatedValue<T> {
    private final String name;
    private final ImmutableList<Step<T>> steps;

    private DatedValue(String name, ImmutableList<Step<T>> steps) {
        this.name = name;
        this.steps = steps;
    }

    /**
     * A dated value from its steps.
     *
     * @param name what the value is, used in messages, e.g. {@code "wallonia/adel-income-ceiling-single"}, not blank
     * @param steps at least one, with strictly increasing first days, the first one with a value
     * @param <T> the type of the value
     * @return the dated value
     * @throws InvalidInputException if the steps are empty, out of order or start with an end
     */
    @JsonCreator
    public static <T> DatedValue<T> of(
            @JsonProperty(value = "name", required = true) String name,
            @JsonProperty(value = "values", required = true) List<Step<T>> steps) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(steps, "steps");
        if (name.isBlank()) {
            throw new InvalidInputException("dated value: name", "must not be blank");
        }
        if (steps.isEmpty()) {
            throw new InvalidInputException("dated value " + name + ": values", "must not be empty");
        }
        ImmutableList<Step<T>> copy = ImmutableList.copyOf(steps);
        for (int i = 1; i < copy.size(); i++) {
            if (!copy.get(i).from().isAfter(copy.get(i - 1).from())) {
                throw new InvalidInputException(
                        "dated value " + name + ": values[" + i + "].from",
                        "must be after " + copy.get(i - 1).from() + ", was "
                                + copy.get(i).from());
            }
        }
        if (copy.get(0).value().isEmpty()) {
            throw new InvalidInputException(
                    "dated value " + name + ": values[0].value", "the first step must have a value");
        }
        return new DatedValue<>(name, copy);
    }

    /**
     * A value that has not changed since it took effect.
     *
     * @param name what the value is, not blank
     * @param from the first day
     * @param value the value
     * @param reference the legal text that sets it
     * @param <T> the type of the value
     * @return the dated value
     */
    public static <T> DatedValue<T> since(String name, LocalDate from, T value, LegalReference reference) {
        return of(name, List.of(Step.of(from, value, reference)));
    }

    /** What the value is, as used in messages. */
    @JsonProperty("name")
    public String name() {
        return name;
    }

    /** The steps, by first day. */
    @JsonProperty("values")
    public ImmutableList<Step<T>> steps() {
        return steps;
    }

    /** The value in force on the day, if any. */
    public Optional<T> valueOn(LocalDate day) {
        return stepOn(day).flatMap(Step::value);
    }

    /**
     * The value in force on the day.
     *
     * @throws NoRuleInForceException if no step applies or the value was ended before that day
     */
    public T inForceOn(LocalDate day) {
        return valueOn(day).orElseThrow(() -> noValue(day));
    }

    /**
     * The legal reference of the value in force on the day.
     *
     * @throws NoRuleInForceException if no value is in force on that day
     */
    public LegalReference referenceOn(LocalDate day) {
        Step<T> step = stepOn(day).filter(s -> s.value().isPresent()).orElseThrow(() -> noValue(day));
        return step.reference();
    }

    /**
     * The period during which the value in force on the day applies.
     *
     * @throws NoRuleInForceException if no value is in force on that day
     */
    public Period periodOn(LocalDate day) {
        int i = indexOn(day);
        if (i < 0 || steps.get(i).value().isEmpty()) {
            throw noValue(day);
        }
        LocalDate from = steps.get(i).from();
        return i + 1 < steps.size() ? Period.of(from, steps.get(i + 1).from().minusDays(1)) : Period.from(from);
    }

    private Optional<Step<T>> stepOn(LocalDate day) {
        int i = indexOn(day);
        return i < 0 ? Optional.empty() : Optional.of(steps.get(i));
    }

    private int indexOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int lo = 0;
        int hi = steps.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (steps.get(mid).from().isAfter(day)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    private NoRuleInForceException noValue(LocalDate day) {
        return new NoRuleInForceException(name + ": no value in force on " + day + " (first value starts "
                + steps.get(0).from() + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedValue<?> d && name.equals(d.name) && steps.equals(d.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, steps);
    }

    @Override
    public String toString() {
        return "DatedValue{" + name + ", " + steps + "}";
    }

    /**
     * One step of a dated value: from a day on, a value (or the end of the previous one), and its reference.
     *
     * @param <T> the type of the value
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public static final class Step<T> {
        private final LocalDate from;
        private final T value;
        private final LegalReference reference;

        private Step(LocalDate from, T value, LegalReference reference) {
            this.from = Objects.requireNonNull(from, "from");
            this.value = value;
            this.reference = Objects.requireNonNull(reference, "reference");
        }

        /** A step that sets a value from a day on. */
        public static <T> Step<T> of(LocalDate from, T value, LegalReference reference) {
            return new Step<>(from, Objects.requireNonNull(value, "value"), reference);
        }

        /** A step that ends the previous value from a day on (a repeal). */
        public static <T> Step<T> end(LocalDate from, LegalReference reference) {
            return new Step<>(from, null, reference);
        }

        @JsonCreator
        static <T> Step<T> json(
                @JsonProperty(value = "from", required = true) LocalDate from,
                @JsonProperty("value") T value,
                @JsonProperty(value = "reference", required = true) LegalReference reference) {
            return new Step<>(from, value, reference);
        }

        /** The first day, inclusive. */
        @JsonProperty("from")
        public LocalDate from() {
            return from;
        }

        /** The value from that day on; empty for a step that ends the previous value. */
        @JsonProperty("value")
        public Optional<T> value() {
            return Optional.ofNullable(value);
        }

        /** The legal text that sets (or ends) the value. */
        @JsonProperty("reference")
        public LegalReference reference() {
            return reference;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Step<?> s
                    && from.equals(s.from)
                    && Objects.equals(value, s.value)
                    && reference.equals(s.reference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(from, value, reference);
        }

        @Override
        public String toString() {
            return from + "→" + (value == null ? "end" : value) + " (" + reference.citation() + ")";
        }
    }
}
