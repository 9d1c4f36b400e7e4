package be.accompaniment.territory;

import be.accompaniment.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A Belgian statistical code (code INS / NIS-code, REFNIS) of five digits naming a region, province,
 * arrondissement or commune.
 *
 * <p>The first digit is the province (1 Antwerp … 9 Namur; 2 for both Brabants and Brussels), the second the
 * arrondissement inside it, the last three the commune; an arrondissement ends in {@code 000}. Example:
 * {@code 62063} is Liège, in arrondissement {@code 62000}. Regions are {@code 02000}, {@code 03000},
 * {@code 04000} and Belgium is {@code 01000}.
 *
 * <p>Immutable and thread-safe; JSON form is the five-digit string.
 */
public final class NisCode implements Comparable<NisCode> {
    private final int value;

    private NisCode(int value) {
        this.value = value;
    }

    /**
     * Parses a five-digit code.
     *
     * @param code exactly five ASCII digits, e.g. {@code "62063"}, not null
     * @return the code
     * @throws InvalidInputException if the text is not five digits or is {@code 00000}
     */
    @JsonCreator
    public static NisCode parse(String code) {
        Objects.requireNonNull(code, "code");
        if (code.length() != 5) {
            throw new InvalidInputException("NIS code", "must be 5 digits, was \"" + code + "\"");
        }
        int v = 0;
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidInputException("NIS code", "must be 5 digits, was \"" + code + "\"");
            }
            v = v * 10 + (c - '0');
        }
        return of(v);
    }

    /**
     * A code from its number.
     *
     * @param code from 1 to 99999
     * @return the code
     * @throws InvalidInputException if out of range
     */
    public static NisCode of(int code) {
        if (code < 1 || code > 99_999) {
            throw new InvalidInputException("NIS code", "must be between 00001 and 99999, was " + code);
        }
        return new NisCode(code);
    }

    /** The code as a number, e.g. {@code 62063}. */
    public int intValue() {
        return value;
    }

    /** The province digit, 1 to 9 (0 for region and country codes). */
    public int provinceDigit() {
        return value / 10_000;
    }

    /** The arrondissement this code lies in: the same first two digits followed by {@code 000}. */
    public NisCode arrondissement() {
        return new NisCode(value / 1000 * 1000);
    }

    /**
     * The region of a commune or arrondissement code, from its first two digits: 21 is Brussels-Capital; 25 (Walloon
     * Brabant), 5x (Hainaut), 6x (Liège), 8x (Luxembourg) and 9x (Namur) are Wallonia; the rest is Flanders.
     *
     * @throws InvalidInputException for region and country codes ({@code 0XXXX}), which lie in no region
     */
    public Region region() {
        int first = provinceDigit();
        int two = value / 1000;
        if (first == 0) {
            throw new InvalidInputException(
                    "NIS code", "region, country or other non-commune code has no region, was " + this);
        }
        if (two == 21) {
            return Region.BRUSSELS_CAPITAL;
        }
        if (two == 25 || first == 5 || first == 6 || first == 8 || first == 9) {
            return Region.WALLONIA;
        }
        return Region.FLANDERS;
    }

    /** Whether the code names an arrondissement or larger area ({@code XY000}). */
    public boolean isAggregate() {
        return value % 1000 == 0;
    }

    /** The five-digit form, e.g. {@code "62063"}. */
    @JsonValue
    @Override
    public String toString() {
        return String.format("%05d", value);
    }

    @Override
    public int compareTo(NisCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NisCode n && n.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }
}
