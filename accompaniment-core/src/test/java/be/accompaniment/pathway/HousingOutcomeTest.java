package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HousingOutcomeTest {
    @Test
    void combinesRelocationAndUpgrade() {
        assertThat(HousingOutcome.of(true, false)).isEqualTo(HousingOutcome.RELOCATION);
        assertThat(HousingOutcome.of(false, true)).isEqualTo(HousingOutcome.UPGRADE);
        assertThat(HousingOutcome.of(true, true)).isEqualTo(HousingOutcome.BOTH);
        assertThat(HousingOutcome.of(false, false)).isEqualTo(HousingOutcome.NEITHER);
    }
}
