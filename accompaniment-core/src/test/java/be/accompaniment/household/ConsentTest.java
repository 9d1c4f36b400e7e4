package be.accompaniment.household;

import static be.accompaniment.household.Fixtures.D;
import static be.accompaniment.household.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.json.AccompanimentJson;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentTest {
    private static final ActorId AIS_OURTHE = ActorId.of("ais-ourthe");
    private static final ActorId AIS_HUY = ActorId.of("ais-huy");

    private static Consent.Builder toAis() {
        return Consent.builder()
                .addRecipientKinds(ActorKind.AIS)
                .addDataCategories(DataCategory.CANDIDATE_FILE, DataCategory.COMPOSITION)
                .addPurposes(Purpose.CANDIDATE_FILE_SHARING)
                .givenOn(D);
    }

    /** The same consent, naming the AIS of the Ourthe instead of every AIS. */
    private static Consent toAisOurtheOnly() {
        return Consent.builder()
                .from(toAis().build())
                .recipientKinds(java.util.List.of())
                .addRecipients(AIS_OURTHE)
                .build();
    }

    @Nested
    class IsActiveOn {
        @Test
        void startsOnTheDayItIsGiven() {
            assertThat(toAis().build().isActiveOn(D.minusDays(1))).isFalse();
            assertThat(toAis().build().isActiveOn(D)).isTrue();
            assertThat(toAis().build().isActiveOn(D.plusYears(5))).isTrue();
        }

        @Test
        void endsOnTheDayItIsWithdrawn() {
            Consent c = toAis().withdrawnOn(D.plusDays(30)).build();
            assertThat(c.isActiveOn(D.plusDays(29))).isTrue();
            assertThat(c.isActiveOn(D.plusDays(30))).isFalse();
        }

        @Test
        void neverAppliesWhenWithdrawnTheDayItIsGiven() {
            assertThat(toAis().withdrawnOn(D).build().isActiveOn(D)).isFalse();
        }
    }

    @Nested
    class Covers {
        @Test
        void coversAnyActorOfAKindNamed() {
            assertThat(toAis().build().covers(ActorKind.AIS, AIS_HUY, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isTrue();
            assertThat(toAis().build().covers(ActorKind.CPAS, AIS_HUY, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isFalse();
        }

        @Test
        void coversAnActorNamedWhateverItsKind() {
            Consent c = toAisOurtheOnly();
            assertThat(c.covers(ActorKind.AIS, AIS_OURTHE, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isTrue();
            assertThat(c.covers(ActorKind.AIS, AIS_HUY, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isFalse();
        }

        @Test
        void coversOnlyItsPurposesAndDays() {
            assertThat(toAis().build().covers(ActorKind.AIS, AIS_HUY, Purpose.RESEARCH, D))
                    .isFalse();
            assertThat(toAis().build().covers(ActorKind.AIS, AIS_HUY, Purpose.CANDIDATE_FILE_SHARING, D.minusDays(1)))
                    .isFalse();
        }

        @Test
        void coversAKindOnlyWhenItNamesTheKind() {
            Consent named = toAisOurtheOnly();
            assertThat(toAis().build().coversKind(ActorKind.AIS, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isTrue();
            // naming one AIS does not cover every AIS
            assertThat(named.coversKind(ActorKind.AIS, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isFalse();
            assertThat(toAis().build().coversKind(ActorKind.CPAS, Purpose.CANDIDATE_FILE_SHARING, D))
                    .isFalse();
            assertThat(toAis().build().coversKind(ActorKind.AIS, Purpose.RESEARCH, D))
                    .isFalse();
            Consent withdrawn = toAis().withdrawnOn(D.plusDays(3)).build();
            assertThat(withdrawn.coversKind(ActorKind.AIS, Purpose.CANDIDATE_FILE_SHARING, D.plusDays(2)))
                    .isTrue();
            assertThat(withdrawn.coversKind(ActorKind.AIS, Purpose.CANDIDATE_FILE_SHARING, D.plusDays(3)))
                    .isFalse();
        }

        @Test
        void coversOnlyItsDataCategories() {
            Consent c = toAis().build();
            assertThat(c.covers(ActorKind.AIS, AIS_HUY, Purpose.CANDIDATE_FILE_SHARING, DataCategory.COMPOSITION, D))
                    .isTrue();
            assertThat(c.covers(ActorKind.AIS, AIS_HUY, Purpose.CANDIDATE_FILE_SHARING, DataCategory.HEALTH, D))
                    .isFalse();
        }
    }

    @Nested
    class Validation {
        @Test
        void requiresARecipient() {
            assertInvalid(
                    () -> Consent.builder()
                            .addDataCategories(DataCategory.HOUSING)
                            .addPurposes(Purpose.REFERRAL)
                            .givenOn(D)
                            .build(),
                    "consent given 2024-02-01: recipients",
                    "must name at least one actor kind or actor, was none");
        }

        @Test
        void requiresDataAndPurpose() {
            assertInvalid(
                    () -> Consent.builder()
                            .addRecipientKinds(ActorKind.CPAS)
                            .addPurposes(Purpose.REFERRAL)
                            .givenOn(D)
                            .build(),
                    "consent given 2024-02-01: dataCategories",
                    "must not be empty");
            assertInvalid(
                    () -> Consent.builder()
                            .addRecipientKinds(ActorKind.CPAS)
                            .addDataCategories(DataCategory.HOUSING)
                            .givenOn(D)
                            .build(),
                    "consent given 2024-02-01: purposes",
                    "must not be empty");
        }

        @Test
        void rejectsAWithdrawalBeforeItWasGiven() {
            assertInvalid(
                    () -> toAis().withdrawnOn(D.minusDays(1)).build(),
                    "consent given 2024-02-01: withdrawnOn",
                    "must not be before givenOn 2024-02-01, was 2024-01-31");
        }
    }

    @Test
    void isWrittenWithItsScopesAndDates() {
        Consent c =
                toAis().addRecipients(AIS_OURTHE).withdrawnOn(D.plusDays(10)).build();
        String json = AccompanimentJson.write(c);
        assertThat(json)
                .isEqualTo("{\"recipientKinds\":[\"AIS\"],\"recipients\":[\"ais-ourthe\"],"
                        + "\"dataCategories\":[\"COMPOSITION\",\"CANDIDATE_FILE\"],"
                        + "\"purposes\":[\"CANDIDATE_FILE_SHARING\"],\"givenOn\":\"2024-02-01\","
                        + "\"withdrawnOn\":\"2024-02-11\"}");
        assertThat(AccompanimentJson.read(json, Consent.class)).isEqualTo(c);
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(toAis().build(), toAis().build())
                .addEqualityGroup(toAis().addPurposes(Purpose.REFERRAL).build())
                .addEqualityGroup(toAis().withdrawnOn(D).build())
                .addEqualityGroup(toAis().addRecipients(AIS_HUY).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Consent.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Consent.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(toAis().build());
    }
}
