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
        String problem = problemWith(code);
        if (problem != null) {
            throw new InvalidInputException("NIS code", problem);
        }
        return new NisCode(Integer.parseInt(code));
    }

    /** What is wrong with the text as a NIS code, or null if it is a valid one; shared with the CSV reader. */
    static String problemWith(String code) {
        if (code.length() != 5) {
            return "must be 5 digits, was \"" + code + "\" (" + code.length() + " characters)";
        }
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "must be 5 digits, was \"" + code + "\"";
            }
        }
        if (code.equals("00000")) {
            return "must not be 00000, was \"00000\"";
        }
        return null;
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
     * The region of a code, from its first two digits: 21 is Brussels-Capital; 25 (Walloon Brabant), 5x
     * (Hainaut), 6x (Liège), 8x (Luxembourg) and 9x (Namur) are Wallonia; the other communes and arrondissements
     * are Flanders. The province codes {@code 20001} (Flemish Brabant) and {@code 20002} (Walloon Brabant) and the
     * region codes {@code 02000}, {@code 03000}, {@code 04000} give their own region.
     *
     * @return the region
     * @throws InvalidInputException for the country ({@code 01000}), the former province of Brabant
     *     ({@code 20000}, split between the regions on 1 January 1995) and other {@code 0XXXX} codes, which lie in
     *     no single region
     */
    public Region region() {
        int first = provinceDigit();
        int two = value / 1000;
        if (first == 0) {
            return Region.find(this)
                    .orElseThrow(() -> new InvalidInputException(
                            "NIS code", "the country and non-region codes 0XXXX lie in no region, was " + this));
        }
        if (two == 20) {
            if (value == 20_001) {
                return Region.FLANDERS;
            }
            if (value == 20_002) {
                return Region.WALLONIA;
            }
            throw new InvalidInputException(
                    "NIS code", "the former province of Brabant lies in several regions, was " + this);
        }
        if (two == 21) {
            return Region.BRUSSELS_CAPITAL;
        }
        if (two == 25 || first == 5 || first == 6 || first == 8 || first == 9) {
            return Region.WALLONIA;
        }
        return Region.FLANDERS;
    }

    /**
     * Whether the code has the form of a commune code: an arrondissement in its first two digits (first digit 1 to
     * 9, second 1 to 9), a serial number other than {@code 000} in its last three.
     */
    boolean isCommune() {
        return provinceDigit() > 0 && value / 1000 % 10 > 0 && !isAggregate();
    }

    /** Whether the code has the form of a province code: {@code X0000} (X from 1 to 9), {@code 20001}, {@code 20002}. */
    boolean isProvince() {
        return (value % 10_000 == 0 && value >= 10_000) || value == 20_001 || value == 20_002;
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
