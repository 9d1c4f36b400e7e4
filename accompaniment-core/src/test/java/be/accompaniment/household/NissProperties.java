package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.testing.HouseholdGenerators;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NissProperties {
    @Test
    void generatedNumbersBeforeAndFrom2000AreValidWithTheirBirthDate() {
        qt().forAll(HouseholdGenerators.nissSamplesBefore2000()).checkAssert(s -> {
            Niss n = Niss.parse(s.digits);
            assertThat(n.birthDate()).isEqualTo(s.birthDate);
            assertThat(n.birthDate().map(LocalDate::getYear))
                    .hasValueSatisfying(y -> assertThat(y).isLessThan(2000));
            assertThat(n.isBis()).isFalse();
        });
        qt().forAll(HouseholdGenerators.nissSamplesFrom2000()).checkAssert(s -> {
            Niss n = Niss.parse(s.digits);
            assertThat(n.birthDate()).isEqualTo(s.birthDate);
            assertThat(n.birthDate().map(LocalDate::getYear))
                    .hasValueSatisfying(y -> assertThat(y).isGreaterThanOrEqualTo(2000));
        });
    }

    @Test
    void generatedBisNumbersAreValidAndRecognised() {
        qt().forAll(HouseholdGenerators.bisSamples()).checkAssert(s -> {
            Niss n = Niss.parse(s.digits);
            assertThat(n.isBis()).isTrue();
            assertThat(n.birthDate()).isEqualTo(s.birthDate);
        });
    }

    @Test
    void separatorsDoNotChangeTheNumber() {
        qt().forAll(HouseholdGenerators.nissSamples()).checkAssert(s -> {
            String d = s.digits;
            String grouped = d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "-"
                    + d.substring(6, 9) + "." + d.substring(9);
            assertThat(Niss.parse(grouped)).isEqualTo(Niss.parse(d));
        });
    }

    /**
     * One changed digit never gives a valid number of the same century. The only valid one-digit changes move the
     * second digit of the year by 6, which the post-2000 rule turns into a valid number of the other century
     * (2 000 000 000 + 6·10^7 ≡ 0 mod 97).
     */
    @Test
    void changingOneDigitBreaksTheCheckNumber() {
        qt().forAll(
                        HouseholdGenerators.nissSamples(),
                        integers().between(0, 10),
                        integers().between(1, 9))
                .checkAssert((s, position, delta) -> {
                    char[] digits = s.digits.toCharArray();
                    digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
                    String mutated = new String(digits);
                    Optional<Niss> parsed = tryParse(mutated);
                    if (parsed.isPresent()) {
                        int change = Math.abs((mutated.charAt(1) - '0') - (s.digits.charAt(1) - '0'));
                        assertThat(position).as("position of the changed digit").isEqualTo(1);
                        assertThat(change)
                                .as("change of the year's second digit")
                                .isEqualTo(6);
                        assertThat(centuryOf(mutated)).isNotEqualTo(s.year / 100 * 100);
                    }
                });
    }

    @Test
    void rejectionsNeverQuoteTheDigits() {
        qt().forAll(HouseholdGenerators.nissSamples(), integers().between(0, 10))
                .checkAssert((s, position) -> {
                    char[] digits = s.digits.toCharArray();
                    digits[position] = (char) ('0' + (digits[position] - '0' + 1) % 10);
                    String mutated = new String(digits);
                    try {
                        Niss.parse(mutated);
                    } catch (InvalidInputException e) {
                        assertThat(e.getMessage()).doesNotContain(mutated).doesNotContain(s.digits);
                    }
                });
    }

    @Test
    void survivesAJsonRoundTrip() {
        qt().forAll(HouseholdGenerators.nisses()).checkAssert(n -> {
            String json = AccompanimentJson.write(n);
            assertThat(json).isEqualTo("\"" + n.digits() + "\"");
            assertThat(AccompanimentJson.read(json, Niss.class)).isEqualTo(n);
        });
    }

    @Test
    void toStringIsTheSameForEveryNumber() {
        qt().forAll(HouseholdGenerators.nisses()).checkAssert(n -> assertThat(n).hasToString("NISS(withheld)"));
    }

    private static Optional<Niss> tryParse(String digits) {
        try {
            return Optional.of(Niss.parse(digits));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** The century the check number of a valid number gives: 1900 or 2000. */
    private static int centuryOf(String digits) {
        long firstNine = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return check == 97 - firstNine % 97 ? 1900 : 2000;
    }
}
