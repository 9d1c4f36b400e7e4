package be.accompaniment.household;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Belgian national register number (numéro de registre national, NISS / INSZ) or BIS number, checked by its
 * modulo-97 key and never printed.
 *
 * <p>Eleven digits {@code YYMMDD SSS CC}: the birth date, a serial number (001 to 998) and a check number equal to
 * 97 − (the first nine digits mod 97); for people born from 1 January 2000, the nine digits are prefixed with a 2
 * before taking the modulo, so the check also tells the century. BIS numbers, given by the Crossroads Bank for Social
 * Security to people not in the national register, add 20 (sex unknown) or 40 (sex known) to the month; their
 * unknown date parts are 00 (sources: IBZ, instructions IT000; arrêté royal du 8 février 1991). The library never
 * infers a person's sex from the serial number.
 *
 * <p>The number is personal data whose processing the law restricts: {@link #toString()} prints a fixed redacted
 * form and exception messages withhold the value; only {@link #digits()} and the JSON form, the eleven-digit string
 * that vendors need to round-trip, give it. Immutable and thread-safe; equal when the digits are equal.
 */
public final class Niss {
    private static final String WHERE = "national register number";
    private static final String WITHHELD = " (value withheld)";

    private final String digits;
    private final int year;

    private Niss(String digits, int year) {
        this.digits = digits;
        this.year = year;
    }

    /**
     * Reads a national register or BIS number.
     *
     * @param text eleven digits, optionally grouped with dots, dashes, slashes or spaces, e.g. {@code "85.07.30-033.28"};
     *     not null
     * @return the number
     * @throws InvalidInputException if the text is not eleven digits, the check number does not match for either
     *     century, or the month, day or serial part is out of range; the message never repeats the value
     */
    @JsonCreator
    public static Niss parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(11);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c != '.' && c != '-' && c != '/' && c != ' ') {
                throw new InvalidInputException(
                        WHERE, "must be 11 digits, optionally separated by . - / or spaces" + WITHHELD);
            }
        }
        if (sb.length() != 11) {
            throw new InvalidInputException(WHERE, "must be 11 digits, had " + sb.length() + WITHHELD);
        }
        String digits = sb.toString();
        long firstNine = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        int yy = Integer.parseInt(digits.substring(0, 2));
        int year;
        if (check == 97 - firstNine % 97) {
            year = 1900 + yy;
        } else if (check == 97 - (2_000_000_000L + firstNine) % 97) {
            year = 2000 + yy;
        } else {
            throw new InvalidInputException(WHERE, "checksum does not match" + WITHHELD);
        }
        int month = Integer.parseInt(digits.substring(2, 4));
        // 01-12 for a register number, +20 or +40 for a BIS number, 00 when unknown
        if (month % 20 > 12 || month > 52) {
            throw new InvalidInputException(WHERE, "month part out of range" + WITHHELD);
        }
        int day = Integer.parseInt(digits.substring(4, 6));
        if (day > 31) {
            throw new InvalidInputException(WHERE, "day part out of range" + WITHHELD);
        }
        int serial = Integer.parseInt(digits.substring(6, 9));
        if (serial == 0 || serial == 999) {
            throw new InvalidInputException(WHERE, "serial part must be 001 to 998" + WITHHELD);
        }
        return new Niss(digits, year);
    }

    /** The eleven digits, without separators. Personal data: never log or display it. */
    @JsonValue
    public String digits() {
        return digits;
    }

    /** Whether this is a BIS number (month increased by 20 or 40), given to people not in the national register. */
    public boolean isBis() {
        return month() >= 20;
    }

    /**
     * The birth date encoded in the number, with the century told by the check number.
     *
     * @return the date, or empty when the month or day is unknown (00) or the encoded date does not exist
     */
    public Optional<LocalDate> birthDate() {
        int month = month() % 20;
        int day = Integer.parseInt(digits.substring(4, 6));
        if (month == 0 || day == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private int month() {
        return Integer.parseInt(digits.substring(2, 4));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Niss n && n.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** A fixed redacted form, {@code "NISS(withheld)"}, the same for every number. */
    @Override
    public String toString() {
        return "NISS(withheld)";
    }
}
