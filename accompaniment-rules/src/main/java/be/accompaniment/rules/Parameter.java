package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import be.accompaniment.law.DatedValue;
import java.util.Objects;

/**
 * A named, dated legal value of a rulebook — an income ceiling, a number of days, an amount — each step with its
 * legal reference, evaluated as of the date asked.
 *
 * <p>JSON, under the rulebook's {@code "parameters"} keyed by the name: {@code {"name":"adel-income-ceiling",
 * "type":"INCOME_CEILING","values":[{"from":"2023-01-01","value":{…},"reference":{…}}]}}. The {@code "type"} may be
 * left out for an income ceiling (an object value) or a number of days (an integer value). Immutable and thread-safe.
 */
public final class Parameter {
    private final ParameterType type;
    private final DatedValue<?> values;

    private Parameter(ParameterType type, DatedValue<?> values) {
        this.type = type;
        this.values = values;
    }

    /**
     * An income-ceiling parameter.
     *
     * @param values the dated ceilings, not null; the parameter's name is theirs
     * @return the parameter
     */
    public static Parameter ofIncomeCeiling(DatedValue<IncomeCeiling> values) {
        return new Parameter(ParameterType.INCOME_CEILING, Objects.requireNonNull(values, "values"));
    }

    /**
     * A number-of-days parameter.
     *
     * @param values the dated numbers of days, not null; the parameter's name is theirs
     * @return the parameter
     */
    public static Parameter ofDays(DatedValue<Integer> values) {
        return new Parameter(ParameterType.DAYS, Objects.requireNonNull(values, "values"));
    }

    /**
     * An amount parameter.
     *
     * @param values the dated amounts in euro cents, not null; the parameter's name is theirs
     * @return the parameter
     */
    public static Parameter ofAmountCents(DatedValue<Long> values) {
        return new Parameter(ParameterType.AMOUNT_CENTS, Objects.requireNonNull(values, "values"));
    }

    /** The parameter's name, unique in its rulebook, e.g. {@code "adel-income-ceiling"}. */
    public String name() {
        return values.name();
    }

    /** The type of its values. */
    public ParameterType type() {
        return type;
    }

    /** The dated values, whatever their type. */
    public DatedValue<?> values() {
        return values;
    }

    /**
     * The dated income ceilings.
     *
     * @return the values
     * @throws InvalidInputException if the parameter is of another type
     */
    @SuppressWarnings("unchecked")
    public DatedValue<IncomeCeiling> asIncomeCeiling() {
        require(ParameterType.INCOME_CEILING);
        return (DatedValue<IncomeCeiling>) values;
    }

    /**
     * The dated numbers of days.
     *
     * @return the values
     * @throws InvalidInputException if the parameter is of another type
     */
    @SuppressWarnings("unchecked")
    public DatedValue<Integer> asDays() {
        require(ParameterType.DAYS);
        return (DatedValue<Integer>) values;
    }

    /**
     * The dated amounts in euro cents.
     *
     * @return the values
     * @throws InvalidInputException if the parameter is of another type
     */
    @SuppressWarnings("unchecked")
    public DatedValue<Long> asAmountCents() {
        require(ParameterType.AMOUNT_CENTS);
        return (DatedValue<Long>) values;
    }

    private void require(ParameterType expected) {
        if (type != expected) {
            throw new InvalidInputException(
                    "parameter " + name() + ": type", "must be " + expected + " here, was " + type);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter p && type == p.type && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + values.hashCode();
    }

    @Override
    public String toString() {
        return "Parameter{" + name() + ", " + type + ", steps=" + values.steps().size() + "}";
    }
}
