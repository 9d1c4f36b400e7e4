package be.accompaniment.rules;

import be.accompaniment.InvalidInputException;
import java.time.LocalDate;
import java.util.List;

/** The checks of a rulebook that span rules and parameters, reporting JSON paths and rule ids. */
final class RulebookChecks {
    private RulebookChecks() {}

    static void check(Rulebook book) {
        List<Rule> rules = book.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            for (int j = 0; j < i; j++) {
                Rule earlier = rules.get(j);
                if (earlier.id().equals(rule.id()) && earlier.validity().overlaps(rule.validity())) {
                    throw new InvalidInputException(
                            "$.rules[" + i + "].validity",
                            "rule " + rule.id() + ": must not overlap the validity " + earlier.validity() + " of rules["
                                    + j + "] with the same id, was " + rule.validity());
                }
            }
            String base = "$.rules[" + i + "]";
            rule.when().ifPresent(c -> checkCondition(book, rule, c, base + ".when"));
            for (int t = 0; t < rule.suggest().size(); t++) {
                int index = t;
                rule.suggest()
                        .get(t)
                        .deadline()
                        .ifPresent(d -> d.daysParameter()
                                .ifPresent(p -> checkParameter(
                                        book,
                                        rule,
                                        p,
                                        ParameterType.DAYS,
                                        base + ".suggest[" + index + "].deadline."
                                                + (d.form() == DeadlineRule.Form.MILESTONE
                                                        ? "offsetDays"
                                                        : "afterAsOf"))));
            }
        }
    }

    private static void checkCondition(Rulebook book, Rule rule, Condition condition, String path) {
        if (condition instanceof Condition.All all) {
            for (int i = 0; i < all.conditions().size(); i++) {
                checkCondition(book, rule, all.conditions().get(i), path + ".all[" + i + "]");
            }
        } else if (condition instanceof Condition.Any any) {
            for (int i = 0; i < any.conditions().size(); i++) {
                checkCondition(book, rule, any.conditions().get(i), path + ".any[" + i + "]");
            }
        } else if (condition instanceof Condition.Not not) {
            checkCondition(book, rule, not.condition(), path + ".not");
        } else if (condition instanceof Condition.IncomeCompared income) {
            checkParameter(
                    book,
                    rule,
                    income.parameter(),
                    ParameterType.INCOME_CEILING,
                    path + ".income." + (income.test() == Condition.IncomeTest.AT_MOST ? "atMost" : "above"));
        }
    }

    private static void checkParameter(Rulebook book, Rule rule, String name, ParameterType type, String path) {
        Parameter parameter = book.parameters().get(name);
        if (parameter == null) {
            throw new InvalidInputException(
                    path,
                    "rule " + rule.id() + ": parameter \"" + name + "\" is not defined; defined: "
                            + book.parameters().keySet());
        }
        if (parameter.type() != type) {
            throw new InvalidInputException(
                    path,
                    "rule " + rule.id() + ": parameter \"" + name + "\" must be of type " + type + ", was "
                            + parameter.type());
        }
        LocalDate start = rule.validity().from();
        if (parameter.values().valueOn(start).isEmpty()) {
            throw new InvalidInputException(
                    path,
                    "rule " + rule.id() + ": parameter \"" + name + "\" has no value in force on " + start
                            + ", the first day of the rule (first value starts "
                            + parameter.values().steps().get(0).from() + ")");
        }
    }
}
