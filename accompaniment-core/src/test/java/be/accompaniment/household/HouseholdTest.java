package be.accompaniment.household;

import static be.accompaniment.household.Fixtures.ANDERLECHT;
import static be.accompaniment.household.Fixtures.D;
import static be.accompaniment.household.Fixtures.LIEGE;
import static be.accompaniment.household.Fixtures.NISS_1985;
import static be.accompaniment.household.Fixtures.NISS_2005;
import static be.accompaniment.household.Fixtures.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.situation.EvictionProcedure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HouseholdTest {
    private static final String WHAT = "household h-3";
    private static final Member REFERENCE = Member.builder()
            .role(MemberRole.REFERENCE_PERSON)
            .birthYear(1985)
            .displayName("Quenmil Dravo")
            .niss(Niss.parse(NISS_1985))
            .build();
    private static final Member PARTNER = Member.of(MemberRole.PARTNER, 1987);
    private static final Member PUPIL = Member.builder()
            .role(MemberRole.CHILD)
            .birthYear(2012)
            .schooling(Schooling.PRIMARY)
            .build();
    private static final Member TEENAGER = Member.builder()
            .role(MemberRole.CHILD)
            .birthYear(2007)
            .schooling(Schooling.SECONDARY)
            .build();
    private static final Member STUDENT = Member.builder()
            .role(MemberRole.CHILD)
            .birthYear(2003)
            .schooling(Schooling.HIGHER)
            .disabilityRecognised(true)
            .build();
    private static final Member GRANDMOTHER = Member.of(MemberRole.OTHER_RELATIVE, 1950);
    private static final EvictionThreat EVICTION = EvictionThreat.builder()
            .openedOn(D)
            .procedure(EvictionProcedure.REQUETE)
            .filedOn(D)
            .hearingOn(D.plusDays(40))
            .build();
    private static final RentArrears ARREARS = RentArrears.of(D.minusMonths(4), 240_000, 3);

    private static Household.Builder minimal() {
        return Household.builder()
                .id(HouseholdId.of("h-3"))
                .commune(LIEGE)
                .addMembers(REFERENCE)
                .tenure(Tenure.PRIVATE_TENANT);
    }

    private static Household family() {
        return minimal()
                .addMembers(PARTNER, PUPIL, TEENAGER, STUDENT, GRANDMOTHER)
                .addIncomes(
                        Income.of(IncomeSource.EMPLOYMENT, 180_000), Income.of(IncomeSource.FAMILY_ALLOWANCE, 40_000))
                .dwelling(
                        Dwelling.builder().bedrooms(3).monthlyRentCents(95_000).build())
                .addConsents(Consent.builder()
                        .addRecipientKinds(ActorKind.CPAS)
                        .addDataCategories(DataCategory.SITUATION)
                        .addPurposes(Purpose.REFERRAL)
                        .givenOn(D)
                        .build())
                .addSituations(EVICTION, ARREARS)
                .build();
    }

    @Nested
    class Composition {
        @Test
        void countsAdultsAndMinorsByTheAgeReachedInTheYear() {
            assertThat(family().adults(2024)).isEqualTo(4);
            assertThat(family().minors(2024)).isEqualTo(2);
            assertThat(family().adults(2005)).isEqualTo(3);
            assertThat(family().minors(2005))
                    .as("members not yet born are neither")
                    .isEqualTo(1);
        }

        @Test
        void countsChildrenAndChildrenAtSchool() {
            assertThat(family().children()).isEqualTo(3);
            assertThat(family().childrenAtSchool()).isEqualTo(2);
            assertThat(family().minorsAtSchool(2024)).isEqualTo(2);
            assertThat(family().minorsAtSchool(2020))
                    .as("a minor in higher education is not at school")
                    .isEqualTo(2);
        }

        @Test
        void countsDisabledMembersAndTellsWhetherThereIsAPartner() {
            assertThat(family().disabledMembers()).isEqualTo(1);
            assertThat(family().hasPartner()).isTrue();
            assertThat(minimal().build().hasPartner()).isFalse();
            assertThat(family().referencePerson()).isEqualTo(REFERENCE);
        }

        @Test
        void findsTheReferencePersonWhereverTheyAreListed() {
            Household listedLast =
                    minimal().members(List.of(PARTNER, PUPIL, REFERENCE)).build();
            assertThat(listedLast.referencePerson()).isEqualTo(REFERENCE);
        }

        @Test
        void givesTheAgeOfAMember() {
            assertThat(family().ageOf(TEENAGER, D)).isEqualTo(17);
        }

        @Test
        void refusesTheAgeOfSomeoneElse() {
            assertThatThrownBy(() -> minimal().build().ageOf(PUPIL, D))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(WHAT + ": member: is not a member of this household, was " + PUPIL);
        }
    }

    @Test
    void addsUpMonthlyIncomes() {
        assertThat(family().monthlyIncomeCents()).isEqualTo(220_000);
        assertThat(minimal().build().monthlyIncomeCents()).isZero();
    }

    @Test
    void liesInTheRegionOfItsCommune() {
        assertThat(family().region()).isEqualTo(Region.WALLONIA);
        assertThat(minimal().commune(ANDERLECHT).build().region()).isEqualTo(Region.BRUSSELS_CAPITAL);
    }

    @Nested
    class Situations {
        @Test
        void findsASituationByKind() {
            assertThat(family().hasSituation(SituationKind.EVICTION_THREAT)).isTrue();
            assertThat(family().hasSituation(SituationKind.INSALUBRITY)).isFalse();
            assertThat(family().situation(SituationKind.RENT_ARREARS)).contains(ARREARS);
            assertThat(family().situation(SituationKind.INSALUBRITY)).isEmpty();
        }

        @Test
        void acceptsSeveralInstitutionExitsAndFamilyRuptures() {
            InstitutionExit prison = InstitutionExit.builder()
                    .openedOn(D)
                    .institution(InstitutionType.PRISON)
                    .admittedOn(D.minusYears(1))
                    .institutionCommune(NisCode.parse("62060"))
                    .build();
            InstitutionExit youth = InstitutionExit.builder()
                    .from(prison)
                    .institution(InstitutionType.YOUTH_CARE)
                    .build();
            FamilyRupture separation = FamilyRupture.of(FamilyRuptureCause.SEPARATION, D);
            FamilyRupture putOut = FamilyRupture.of(FamilyRuptureCause.YOUNG_PERSON_PUT_OUT, D);
            Household h =
                    minimal().addSituations(prison, youth, separation, putOut).build();
            assertThat(h.situations(SituationKind.INSTITUTION_EXIT)).containsExactly(prison, youth);
            assertThat(h.situation(SituationKind.FAMILY_RUPTURE)).contains(separation);
        }
    }

    @Test
    void hasConsentWhenOneConsentCoversTheSharing() {
        ActorId cpas = ActorId.of("cpas-liege");
        assertThat(family().hasConsent(ActorKind.CPAS, cpas, Purpose.REFERRAL, D))
                .isTrue();
        assertThat(family().hasConsent(ActorKind.CPAS, cpas, Purpose.REFERRAL, D.minusDays(1)))
                .isFalse();
        assertThat(family().hasConsent(ActorKind.AIS, cpas, Purpose.REFERRAL, D))
                .isFalse();
        assertThat(minimal().build().hasConsent(ActorKind.CPAS, cpas, Purpose.REFERRAL, D))
                .isFalse();
    }

    @Nested
    class Validation {
        @Test
        void requiresACommune() {
            assertInvalid(
                    () -> minimal().commune(NisCode.parse("62000")).build(),
                    WHAT + ": commune",
                    "must be a commune, not an arrondissement or region, was 62000");
        }

        @Test
        void requiresMembers() {
            assertInvalid(() -> minimal().members(List.of()).build(), WHAT + ": members", "must not be empty");
        }

        @Test
        void requiresExactlyOneReferencePerson() {
            assertInvalid(
                    () -> minimal().members(List.of(PARTNER)).build(),
                    WHAT + ": members",
                    "must hold exactly one REFERENCE_PERSON, was 0");
            assertInvalid(
                    () -> minimal()
                            .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1990))
                            .build(),
                    WHAT + ": members",
                    "must hold exactly one REFERENCE_PERSON, was 2");
        }

        @Test
        void acceptsAtMostOnePartner() {
            assertInvalid(
                    () -> minimal().addMembers(PARTNER, PARTNER).build(),
                    WHAT + ": members",
                    "must hold at most one PARTNER, was 2");
        }

        @Test
        void rejectsANationalRegisterNumberTwiceWithoutQuotingIt() {
            Member twin = Member.builder()
                    .role(MemberRole.CHILD)
                    .birthYear(2005)
                    .niss(Niss.parse(NISS_2005))
                    .build();
            Member copy = Member.builder().from(twin).displayName("Other").build();
            assertInvalid(
                    () -> minimal().addMembers(twin, copy).build(),
                    WHAT + ": members[2].niss",
                    "must differ from members[1].niss (value withheld)");
        }

        @Test
        void rejectsTwoSituationsOfAKindThatConcernsTheWholeHousehold() {
            assertInvalid(
                    () -> minimal().addSituations(EVICTION, ARREARS, EVICTION).build(),
                    WHAT + ": situations[2]",
                    "must be the only EVICTION_THREAT situation, another is situations[0]");
        }
    }

    @Test
    void printsIdCommuneSizeAndSituationsButNoPersonalData() {
        assertThat(family())
                .hasToString("Household{id=h-3, commune=62063, members=6, situations=[EVICTION_THREAT, RENT_ARREARS]}");
    }

    @Test
    void isWrittenAsJsonWithTaggedSituations() {
        Household h = minimal().addSituations(ARREARS).build();
        String json = AccompanimentJson.write(h);
        assertThat(json)
                .isEqualTo("{\"id\":\"h-3\",\"commune\":\"62063\",\"members\":[{\"role\":\"REFERENCE_PERSON\","
                        + "\"birthYear\":1985,\"schooling\":\"NONE\",\"disabilityRecognised\":false,"
                        + "\"displayName\":\"Quenmil Dravo\",\"niss\":\"85073003328\"}],\"incomes\":[],"
                        + "\"tenure\":\"PRIVATE_TENANT\",\"consents\":[],\"situations\":[{\"kind\":\"rent-arrears\","
                        + "\"openedOn\":\"2023-10-01\",\"arrearsCents\":240000,\"monthsOfArrears\":3}]}");
        assertThat(AccompanimentJson.read(json, Household.class)).isEqualTo(h);
        assertThat(AccompanimentJson.read(AccompanimentJson.write(family()), Household.class))
                .isEqualTo(family());
    }

    @Test
    void readingReportsTheJsonPathOfABadMember() {
        String json = AccompanimentJson.write(family()).replace("\"birthYear\":1987", "\"birthYear\":1887");
        assertThatThrownBy(() -> AccompanimentJson.read(json, Household.class))
                .isInstanceOf(InvalidInputException.class)
                // Jackson's Guava list reader does not add the element index to the path (yet): $.members[1] or
                // $.members
                .hasMessageStartingWith("$.members")
                .hasMessageEndingWith(": member PARTNER: birthYear: must be between 1900 and 2100, was 1887");
    }

    @Test
    void readingReportsAHouseholdLevelProblemWithTheHouseholdId() {
        String json = AccompanimentJson.write(family()).replace("\"PARTNER\"", "\"REFERENCE_PERSON\"");
        assertThatThrownBy(() -> AccompanimentJson.read(json, Household.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("$: household h-3: members: must hold exactly one REFERENCE_PERSON, was 2");
    }

    @Test
    void equalsOnEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(family(), family())
                .addEqualityGroup(minimal().build())
                .addEqualityGroup(minimal().tenure(Tenure.SOCIAL_TENANT).build())
                .addEqualityGroup(minimal().commune(ANDERLECHT).build())
                .addEqualityGroup(minimal().addSituations(ARREARS).build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(Household.builder());
        Fixtures.nullPointerTester().testAllPublicStaticMethods(Household.class);
        Fixtures.nullPointerTester().testAllPublicInstanceMethods(family());
    }
}
