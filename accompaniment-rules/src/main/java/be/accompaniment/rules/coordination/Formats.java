package be.accompaniment.rules.coordination;

import be.accompaniment.i18n.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats shared by the reports of this package. */
final class Formats {
    private Formats() {}

    /** A weight or score without trailing zeros, with the decimal comma in French, Dutch and German: "1,5", "3". */
    static String number(double value, Language language) {
        String plain = BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return language == Language.EN ? plain : plain.replace('.', ',');
    }
}
