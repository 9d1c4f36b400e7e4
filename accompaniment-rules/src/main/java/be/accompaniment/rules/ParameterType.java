package be.accompaniment.rules;

/** The type of the values of a rulebook parameter, written as its {@code "type"}. */
public enum ParameterType {
    /** An income ceiling by household composition ({@link IncomeCeiling}), e.g. the ADeL ceilings. */
    INCOME_CEILING,
    /** A number of days, e.g. a delay a deadline is counted with. */
    DAYS,
    /** An amount in euro cents. */
    AMOUNT_CENTS
}
