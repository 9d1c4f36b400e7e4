package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static be.accompaniment.situation.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class FamilyRuptureTest {
    @Test
    void followsDepartureAndRehousing() {
        FamilyRupture r = FamilyRupture.of(FamilyRuptureCause.SEPARATION, D);
        assertThat(r.stage()).isEqualTo(FamilyRuptureStage.AT_HOME);
        assertThat(FamilyRupture.builder().from(r).hosted(true).build().stage())
                .isEqualTo(FamilyRuptureStage.LEFT_HOME);
        assertThat(FamilyRupture.builder().from(r).leftHomeOn(D).build().stage())
                .isEqualTo(FamilyRuptureStage.LEFT_HOME);
        assertThat(FamilyRupture.builder()
                        .from(r)
                        .leftHomeOn(D)
                        .rehousedOn(D.plusDays(60))
                        .build()
                        .stage())
                .isEqualTo(FamilyRuptureStage.REHOUSED);
    }

    @Test
    void aVictimStillUnderThreatIs10_1() {
        FamilyRupture r = FamilyRupture.of(FamilyRuptureCause.DOMESTIC_VIOLENCE, D);
        assertThat(r.ethos()).isEqualTo(EthosCategory.E10_1);
        assertThat(r.ethosLight()).isEmpty();
    }

    @Test
    void aPersonHostedByFamilyOrFriendsIs8_1AndEthosLight6() {
        FamilyRupture r = FamilyRupture.builder()
                .cause(FamilyRuptureCause.DOMESTIC_VIOLENCE)
                .openedOn(D)
                .hosted(true)
                .build();
        assertThat(r.ethos()).isEqualTo(EthosCategory.E8_1);
        assertThat(r.ethosLight()).contains(EthosLight.FAMILY_OR_FRIENDS);
    }

    @Test
    void otherRupturesAre8_1ButCountInEthosLightOnlyWhenHosted() {
        FamilyRupture r = FamilyRupture.of(FamilyRuptureCause.YOUNG_PERSON_PUT_OUT, D);
        assertThat(r.ethos()).isEqualTo(EthosCategory.E8_1);
        assertThat(r.ethosLight()).isEmpty();
    }

    @Test
    void rejectsRehousingBeforeDeparture() {
        assertInvalid(
                () -> FamilyRupture.builder()
                        .cause(FamilyRuptureCause.SEPARATION)
                        .openedOn(D)
                        .leftHomeOn(D)
                        .rehousedOn(D.minusDays(1))
                        .build(),
                "family rupture opened 2024-02-01: rehousedOn",
                "must not be before leftHomeOn 2024-02-01, was 2024-01-31");
    }

    @Test
    void writesItsCauseAsJson() {
        assertThat(AccompanimentJson.write(FamilyRupture.of(FamilyRuptureCause.SEPARATION, D)))
                .isEqualTo("{\"kind\":\"family-rupture\",\"openedOn\":\"2024-02-01\",\"cause\":\"SEPARATION\","
                        + "\"hosted\":false}");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(
                        FamilyRupture.of(FamilyRuptureCause.SEPARATION, D),
                        FamilyRupture.of(FamilyRuptureCause.SEPARATION, D))
                .addEqualityGroup(FamilyRupture.of(FamilyRuptureCause.BEREAVEMENT, D))
                .addEqualityGroup(FamilyRupture.builder()
                        .cause(FamilyRuptureCause.SEPARATION)
                        .openedOn(D)
                        .hosted(true)
                        .build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(FamilyRupture.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(FamilyRupture.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(FamilyRupture.of(FamilyRuptureCause.SEPARATION, D));
    }
}
