package be.accompaniment.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.territory.NisCode;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CpasCompetenceTest {
    private static final NisCode CHARLEROI = NisCode.parse("52011");
    private static final NisCode LIEGE = NisCode.parse("62063");
    private static final NisCode ANDERLECHT = NisCode.parse("21001");
    private static final NisCode NAMUR = NisCode.parse("92094");

    @Nested
    class Resolve {
        @Test
        void detaineeFallsToTheCpasOfRegistrationAtIncarceration() {
            // registered in Charleroi when incarcerated, detained in a prison near Liège, preparing release
            CompetentCpas cpas = CpasCompetence.resolve(CompetenceFacts.builder()
                    .establishment(ListedEstablishment.PRISON)
                    .registeredAtAdmissionIn(CHARLEROI)
                    .residenceIn(LIEGE)
                    .build());
            assertThat(cpas.commune()).isEqualTo(CHARLEROI);
            assertThat(cpas.ground()).isEqualTo(CompetenceGround.LISTED_ESTABLISHMENT);
            assertThat(cpas.reference().article()).contains("art. 2, §1er");
            assertThat(cpas.reference().title()).contains("2 avril 1965");
        }

        @Test
        void everyListedEstablishmentFollowsTheRegistrationAtAdmission() {
            for (ListedEstablishment establishment : ListedEstablishment.values()) {
                assertThat(CpasCompetence.resolve(CompetenceFacts.builder()
                                        .establishment(establishment)
                                        .registeredAtAdmissionIn(NAMUR)
                                        .residenceIn(LIEGE)
                                        .build())
                                .commune())
                        .as("%s", establishment)
                        .isEqualTo(NAMUR);
            }
        }

        @Test
        void generalRuleIsTheCommuneOfHabitualResidence() {
            CompetentCpas cpas = CpasCompetence.resolve(
                    CompetenceFacts.builder().residenceIn(ANDERLECHT).build());
            assertThat(cpas.commune()).isEqualTo(ANDERLECHT);
            assertThat(cpas.ground()).isEqualTo(CompetenceGround.HABITUAL_RESIDENCE);
            assertThat(cpas.reference().article()).contains("art. 1er, 1°");
        }

        @Test
        void homelessPersonFallsToTheCommuneWhereTheyStay() {
            CompetentCpas cpas = CpasCompetence.resolve(
                    CompetenceFacts.builder().homeless(true).residenceIn(LIEGE).build());
            assertThat(cpas.commune()).isEqualTo(LIEGE);
            assertThat(cpas.ground()).isEqualTo(CompetenceGround.HOMELESS);
            assertThat(cpas.reference().article()).contains("art. 2, §7");
            assertThat(cpas.reference().verified()).isFalse();
        }

        @Test
        void homelessPersonInAShelterFollowsTheEstablishmentRule() {
            CompetentCpas cpas = CpasCompetence.resolve(CompetenceFacts.builder()
                    .homeless(true)
                    .establishment(ListedEstablishment.SHELTER)
                    .registeredAtAdmissionIn(NAMUR)
                    .residenceIn(LIEGE)
                    .build());
            assertThat(cpas.commune()).isEqualTo(NAMUR);
            assertThat(cpas.ground()).isEqualTo(CompetenceGround.LISTED_ESTABLISHMENT);
        }

        @Test
        void personStruckOffBeforeAdmissionFallsBackToTheGeneralRule() {
            CompetentCpas cpas = CpasCompetence.resolve(CompetenceFacts.builder()
                    .establishment(ListedEstablishment.PRISON)
                    .struckOffBeforeAdmission(true)
                    .residenceIn(LIEGE)
                    .build());
            assertThat(cpas.commune()).isEqualTo(LIEGE);
            assertThat(cpas.ground()).isEqualTo(CompetenceGround.NOT_REGISTERED_AT_ADMISSION);
            assertThat(cpas.reference().article()).contains("art. 1er, 1°");
        }

        @Test
        void sentenceServedOutsidePrisonFollowsTheGeneralRule() {
            // electronic monitoring at home: not in a listed establishment, whatever the registration at incarceration
            CompetentCpas cpas = CpasCompetence.resolve(CompetenceFacts.builder()
                    .registeredAtAdmissionIn(CHARLEROI)
                    .residenceIn(LIEGE)
                    .build());
            assertThat(cpas.commune()).isEqualTo(LIEGE);
            assertThat(cpas.ground()).isEqualTo(CompetenceGround.HABITUAL_RESIDENCE);
        }

        @Test
        void missingRegistrationAtAdmissionIsNamed() {
            assertThatThrownBy(() -> CpasCompetence.resolve(CompetenceFacts.builder()
                            .establishment(ListedEstablishment.PSYCHIATRIC_HOSPITAL)
                            .residenceIn(LIEGE)
                            .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).where())
                            .isEqualTo("CPAS competence facts: registeredAtAdmissionIn"))
                    .hasMessageContaining("PSYCHIATRIC_HOSPITAL");
        }

        @Test
        void missingResidenceIsNamed() {
            assertThatThrownBy(() -> CpasCompetence.resolve(
                            CompetenceFacts.builder().homeless(true).build()))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).where())
                            .isEqualTo("CPAS competence facts: residenceIn"))
                    .hasMessageContaining("homeless");
            assertThatThrownBy(() -> CpasCompetence.resolve(CompetenceFacts.builder()
                            .establishment(ListedEstablishment.PRISON)
                            .struckOffBeforeAdmission(true)
                            .build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("residenceIn")
                    .hasMessageContaining("struck off");
            assertThatThrownBy(() ->
                            CpasCompetence.resolve(CompetenceFacts.builder().build()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("residenceIn");
        }
    }

    @Nested
    class Facts {
        @Test
        void rejectsARegistrationForSomeoneStruckOff() {
            assertThatThrownBy(() -> CompetenceFacts.builder()
                            .struckOffBeforeAdmission(true)
                            .registeredAtAdmissionIn(CHARLEROI)
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).where())
                            .isEqualTo("CPAS competence facts: registeredAtAdmissionIn"))
                    .hasMessageContaining("52011");
        }

        @Test
        void rejectsAnArrondissementCode() {
            assertThatThrownBy(() -> CompetenceFacts.builder()
                            .residenceIn(NisCode.parse("62000"))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).where())
                            .isEqualTo("CPAS competence facts: residenceIn"))
                    .hasMessageContaining("62000");
            assertThatThrownBy(() -> CompetenceFacts.builder()
                            .registeredAtAdmissionIn(NisCode.parse("04000"))
                            .build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("registeredAtAdmissionIn")
                    .hasMessageContaining("04000");
        }

        @Test
        void json() {
            CompetenceFacts facts = CompetenceFacts.builder()
                    .establishment(ListedEstablishment.PRISON)
                    .registeredAtAdmissionIn(CHARLEROI)
                    .build();
            String json = AccompanimentJson.write(facts);
            assertThat(json).contains("\"establishment\":\"PRISON\"").contains("\"registeredAtAdmissionIn\":\"52011\"");
            assertThat(AccompanimentJson.read(json, CompetenceFacts.class)).isEqualTo(facts);
            assertThat(AccompanimentJson.read("{\"homeless\":true,\"residenceIn\":\"62063\"}", CompetenceFacts.class))
                    .isEqualTo(CompetenceFacts.builder()
                            .homeless(true)
                            .residenceIn(LIEGE)
                            .build());
        }

        @Test
        void jsonRejectsAnUnknownEstablishment() {
            assertThatThrownBy(() -> AccompanimentJson.read("{\"establishment\":\"HOTEL\"}", CompetenceFacts.class))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("HOTEL")
                    .satisfies(
                            e -> assertThat(((InvalidInputException) e).where()).isEqualTo("$.establishment"));
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            CompetenceFacts.builder().residenceIn(LIEGE).build(),
                            CompetenceFacts.builder().residenceIn(LIEGE).build())
                    .addEqualityGroup(
                            CompetenceFacts.builder().residenceIn(NAMUR).build())
                    .addEqualityGroup(CompetenceFacts.builder()
                            .residenceIn(LIEGE)
                            .homeless(true)
                            .build())
                    .testEquals();
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicInstanceMethods(CompetenceFacts.builder());
        }
    }

    @Nested
    class Answer {
        @Test
        void jsonRoundTrip() {
            CompetentCpas cpas = CompetentCpas.of(
                    CHARLEROI, CompetenceGround.LISTED_ESTABLISHMENT, CpasCompetence.ESTABLISHMENT_RULE);
            assertThat(AccompanimentJson.write(cpas))
                    .startsWith("{\"commune\":\"52011\",\"ground\":\"LISTED_ESTABLISHMENT\"");
            assertThat(AccompanimentJson.read(AccompanimentJson.write(cpas), CompetentCpas.class))
                    .isEqualTo(cpas);
        }

        @Test
        void equality() {
            new EqualsTester()
                    .addEqualityGroup(
                            CompetentCpas.of(LIEGE, CompetenceGround.HOMELESS, CpasCompetence.HOMELESS_RULE),
                            CompetentCpas.of(LIEGE, CompetenceGround.HOMELESS, CpasCompetence.HOMELESS_RULE))
                    .addEqualityGroup(
                            CompetentCpas.of(LIEGE, CompetenceGround.HABITUAL_RESIDENCE, CpasCompetence.GENERAL_RULE))
                    .addEqualityGroup(
                            CompetentCpas.of(NAMUR, CompetenceGround.HABITUAL_RESIDENCE, CpasCompetence.GENERAL_RULE))
                    .testEquals();
        }

        @Test
        void nullPointers() {
            CalendarFixtures.nullPointerTester().testAllPublicStaticMethods(CompetentCpas.class);
            CalendarFixtures.nullPointerTester().testAllPublicStaticMethods(CpasCompetence.class);
        }
    }
}
