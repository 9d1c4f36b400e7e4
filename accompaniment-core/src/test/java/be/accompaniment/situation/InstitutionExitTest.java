package be.accompaniment.situation;

import static be.accompaniment.situation.Fixtures.D;
import static be.accompaniment.situation.Fixtures.LANTIN;
import static be.accompaniment.situation.Fixtures.LIEGE;
import static be.accompaniment.situation.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InstitutionExitTest {
    private static final String WHAT = "institution exit opened 2024-02-01";

    private static InstitutionExit.Builder prison() {
        return InstitutionExit.builder()
                .openedOn(D)
                .institution(InstitutionType.PRISON)
                .admittedOn(D.minusYears(3))
                .institutionCommune(LANTIN)
                .registrationAtAdmission(LIEGE);
    }

    @Nested
    class Stage {
        @Test
        void followsAdmissionPlannedReleaseAndRelease() {
            assertThat(prison().build().stage()).isEqualTo(InstitutionExitStage.ADMITTED);
            assertThat(prison().expectedReleaseOn(D.plusMonths(2)).build().stage())
                    .isEqualTo(InstitutionExitStage.RELEASE_PLANNED);
            assertThat(prison().expectedReleaseOn(D.plusMonths(2))
                            .releasedOn(D.plusMonths(1))
                            .build()
                            .stage())
                    .isEqualTo(InstitutionExitStage.RELEASED);
        }

        @Test
        void recordsAdmissionAndReleaseMilestones() {
            InstitutionExit e = prison().expectedReleaseOn(D.plusDays(60)).build();
            assertThat(e.milestones().keySet())
                    .containsExactly(Milestone.OPENED, Milestone.ADMISSION, Milestone.EXPECTED_RELEASE);
            assertThat(e.daysUntil(Milestone.EXPECTED_RELEASE, D)).hasValue(60);
        }
    }

    @Nested
    class Ethos {
        @Test
        void mapsPrisonsToPenalMedicalToMedicalAndYouthCareToChildrensInstitutions() {
            assertThat(InstitutionType.PRISON.ethos()).isEqualTo(EthosCategory.E6_1);
            assertThat(InstitutionType.PSYCHIATRIC_HOSPITAL.ethos()).isEqualTo(EthosCategory.E6_2);
            assertThat(InstitutionType.IHP.ethos()).isEqualTo(EthosCategory.E6_2);
            assertThat(InstitutionType.HOSPITAL.ethos()).isEqualTo(EthosCategory.E6_2);
            assertThat(InstitutionType.YOUTH_CARE.ethos()).isEqualTo(EthosCategory.E6_3);
            assertThat(InstitutionType.SHELTER.ethos()).isEqualTo(EthosCategory.E3_1);
            assertThat(InstitutionType.WOMENS_SHELTER.ethos()).isEqualTo(EthosCategory.E4_1);
            assertThat(prison().build().ethos()).isEqualTo(EthosCategory.E6_1);
        }

        @Test
        void countsInEthosLightInstitutionsOnlyWithoutHousingOnRelease() {
            assertThat(prison().build().ethosLight()).contains(EthosLight.INSTITUTION);
            assertThat(prison().housingOnRelease(true).build().ethosLight()).isEmpty();
        }

        @Test
        void countsShelterResidentsAsHomelessEvenWithHousingAhead() {
            assertThat(prison().institution(InstitutionType.SHELTER)
                            .housingOnRelease(true)
                            .build()
                            .ethosLight())
                    .contains(EthosLight.HOMELESS_ACCOMMODATION);
        }

        @Test
        void leavesChildrensInstitutionsOutOfEthosLight() {
            assertThat(prison().institution(InstitutionType.YOUTH_CARE).build().ethosLight())
                    .isEmpty();
        }

        @ParameterizedTest
        @EnumSource(InstitutionType.class)
        void mapsEveryInstitutionToAHouselessCategory(InstitutionType type) {
            assertThat(type.ethos().conceptualCategory()).isEqualTo(EthosConceptualCategory.HOUSELESS);
        }
    }

    @Test
    void listsTheEstablishmentsOfArticle2OfTheLawOf1965() {
        assertThat(InstitutionType.PRISON.isListedEstablishment()).isTrue();
        assertThat(InstitutionType.IHP.isListedEstablishment()).isTrue();
        assertThat(InstitutionType.REST_HOME.isListedEstablishment()).isTrue();
        assertThat(InstitutionType.SHELTER.isListedEstablishment()).isTrue();
        assertThat(InstitutionType.HOSPITAL.isListedEstablishment()).isFalse();
    }

    @Nested
    class Validation {
        @Test
        void rejectsAnAggregateInstitutionCommune() {
            assertInvalid(
                    () -> prison().institutionCommune(NisCode.parse("62000")).build(),
                    WHAT + ": institutionCommune",
                    "must be a commune, not an arrondissement or region, was 62000");
        }

        @Test
        void rejectsAnAggregateCommuneOfRegistration() {
            assertInvalid(
                    () -> prison().registrationAtAdmission(NisCode.parse("03000"))
                            .build(),
                    WHAT + ": registrationAtAdmission",
                    "must be a commune, not an arrondissement or region, was 03000");
        }

        @Test
        void rejectsAReleaseBeforeAdmission() {
            assertInvalid(
                    () -> prison().releasedOn(D.minusYears(4)).build(),
                    WHAT + ": releasedOn",
                    "must not be before admittedOn 2021-02-01, was 2020-02-01");
            assertInvalid(
                    () -> prison().expectedReleaseOn(D.minusYears(4)).build(),
                    WHAT + ": expectedReleaseOn",
                    "must not be before admittedOn 2021-02-01, was 2020-02-01");
        }
    }

    @Test
    void writesItsInstitutionAndCommunesAsJson() {
        assertThat(AccompanimentJson.write(
                        prison().expectedReleaseOn(D.plusDays(60)).build()))
                .isEqualTo("{\"kind\":\"institution-exit\",\"openedOn\":\"2024-02-01\",\"institution\":\"PRISON\","
                        + "\"admittedOn\":\"2021-02-01\",\"expectedReleaseOn\":\"2024-04-01\","
                        + "\"institutionCommune\":\"62060\",\"registrationAtAdmission\":\"62063\","
                        + "\"housingOnRelease\":false}");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(prison().build(), prison().build())
                .addEqualityGroup(prison().housingOnRelease(true).build())
                .addEqualityGroup(prison().institution(InstitutionType.IHP).build())
                .addEqualityGroup(prison().releasedOn(D).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(InstitutionExit.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(InstitutionExit.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(prison().build());
    }
}
