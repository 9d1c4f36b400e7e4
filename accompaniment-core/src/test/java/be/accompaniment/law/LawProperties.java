package be.accompaniment.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import be.accompaniment.NoRuleInForceException;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LawProperties {
    @Test
    void legalReferencesSurviveJson() {
        qt().forAll(LawGenerators.references())
                .checkAssert(r -> assertThat(AccompanimentJson.read(AccompanimentJson.write(r), LegalReference.class))
                        .isEqualTo(r));
    }

    @Test
    void periodsSurviveJson() {
        qt().forAll(LawGenerators.periods())
                .checkAssert(p -> assertThat(AccompanimentJson.read(AccompanimentJson.write(p), Period.class))
                        .isEqualTo(p));
    }

    @Test
    void datedValuesSurviveJson() {
        qt().forAll(LawGenerators.datedIntegers())
                .checkAssert(v -> assertThat(AccompanimentJson.read(
                                AccompanimentJson.write(v), new TypeReference<DatedValue<Integer>>() {}))
                        .isEqualTo(v));
    }

    @Test
    void theValueOnADayIsTheOneOfTheLastStepStartedByThen() {
        qt().forAll(LawGenerators.datedIntegers(), LawGenerators.dates()).checkAssert((value, day) -> {
            DatedValue.Step<Integer> expected = null;
            for (DatedValue.Step<Integer> s : value.steps()) {
                if (!s.from().isAfter(day)) {
                    expected = s;
                }
            }
            if (expected == null) {
                assertThat(value.valueOn(day)).isEmpty();
            } else {
                assertThat(value.valueOn(day)).isEqualTo(expected.value());
            }
        });
    }

    @Test
    void theValueInForceAppliesThroughoutItsPeriod() {
        qt().forAll(LawGenerators.datedIntegers(), integers().between(0, 20_000))
                .checkAssert((value, offset) -> {
                    LocalDate day = value.steps().get(0).from().plusDays(offset);
                    if (value.valueOn(day).isEmpty()) {
                        assertThatThrownBy(() -> value.periodOn(day)).isInstanceOf(NoRuleInForceException.class);
                        return;
                    }
                    Period p = value.periodOn(day);
                    assertThat(p.contains(day)).isTrue();
                    assertThat(value.valueOn(p.from())).isEqualTo(value.valueOn(day));
                    LocalDate last = p.until().orElse(day);
                    assertThat(value.valueOn(last)).isEqualTo(value.valueOn(day));
                    p.until()
                            .ifPresent(u ->
                                    assertThat(value.valueOn(u.plusDays(1))).isNotEqualTo(value.valueOn(day)));
                });
    }

    @Test
    void overlapIsSymmetricAndMatchesSharedDays() {
        qt().forAll(LawGenerators.periods(), LawGenerators.periods()).checkAssert((a, b) -> {
            assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
            LocalDate laterStart = a.from().isAfter(b.from()) ? a.from() : b.from();
            assertThat(a.overlaps(b)).isEqualTo(a.contains(laterStart) && b.contains(laterStart));
        });
    }
}
