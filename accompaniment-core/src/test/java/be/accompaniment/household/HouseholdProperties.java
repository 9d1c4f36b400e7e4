package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import be.accompaniment.testing.HouseholdGenerators;
import be.accompaniment.testing.SituationGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class HouseholdProperties {
    @Test
    void everyHouseholdSurvivesAJsonRoundTrip() {
        qt().forAll(HouseholdGenerators.households())
                .checkAssert(h -> assertThat(AccompanimentJson.read(AccompanimentJson.write(h), Household.class))
                        .isEqualTo(h));
    }

    @Test
    void aHouseholdInEveryKindOfSituationSurvivesAJsonRoundTrip() {
        qt().withExamples(300)
                .forAll(HouseholdGenerators.householdsWithEveryKind())
                .checkAssert(h -> {
                    assertThat(h.situations().stream().map(Situation::kind)).containsExactly(SituationKind.values());
                    Household back = AccompanimentJson.read(AccompanimentJson.write(h), Household.class);
                    assertThat(back).isEqualTo(h);
                    assertThat(back.situations())
                            .extracting(s -> s.getClass())
                            .isEqualTo(h.situations().stream()
                                    .map(Object::getClass)
                                    .collect(Collectors.toList()));
                });
    }

    @Test
    void everyMemberIsAnAdultAMinorOrNotYetBorn() {
        qt().forAll(HouseholdGenerators.households(), integers().between(1990, 2040))
                .checkAssert((h, year) -> {
                    long unborn = h.members().stream()
                            .filter(m -> m.birthYear() > year)
                            .count();
                    assertThat(h.adults(year) + h.minors(year) + unborn)
                            .isEqualTo(h.members().size());
                    assertThat(h.minorsAtSchool(year)).isBetween(0, h.minors(year));
                });
    }

    @Test
    void childrenAtSchoolAreChildren() {
        qt().forAll(HouseholdGenerators.households())
                .checkAssert(h -> assertThat(h.childrenAtSchool()).isBetween(0, h.children()));
    }

    @Test
    void theAgeOfAMemberIsTheYearsSinceItsBirthYear() {
        qt().forAll(HouseholdGenerators.households(), SituationGenerators.days())
                .checkAssert((h, on) -> {
                    for (Member m : h.members()) {
                        assertThat(h.ageOf(m, on)).isEqualTo(on.getYear() - m.birthYear());
                    }
                });
    }

    @Test
    void theMonthlyIncomeIsTheSumOfTheIncomes() {
        qt().forAll(HouseholdGenerators.households())
                .checkAssert(h -> assertThat(h.monthlyIncomeCents())
                        .isEqualTo(h.incomes().stream()
                                .mapToLong(Income::monthlyCents)
                                .sum()));
    }

    @Test
    void theRegionIsThatOfTheCommune() {
        qt().forAll(HouseholdGenerators.households())
                .checkAssert(h -> assertThat(h.region()).isEqualTo(h.commune().region()));
    }

    @Test
    void situationLookupsAgree() {
        qt().forAll(HouseholdGenerators.households()).checkAssert(h -> {
            for (SituationKind kind : SituationKind.values()) {
                List<Situation> ofKind = h.situations(kind);
                assertThat(h.hasSituation(kind)).isEqualTo(!ofKind.isEmpty());
                assertThat(h.situation(kind)).isEqualTo(ofKind.stream().findFirst());
                assertThat(ofKind).allSatisfy(s -> assertThat(s.kind()).isEqualTo(kind));
            }
        });
    }

    @Test
    void anotherConsentNeverWithdrawsACoverage() {
        qt().forAll(
                        HouseholdGenerators.households(),
                        SituationGenerators.days().flatMap(HouseholdGenerators::consentsAround),
                        SituationGenerators.days(),
                        SituationGenerators.any(ActorKind.class))
                .checkAssert((h, consent, on, kind) -> {
                    Household more =
                            Household.builder().from(h).addConsents(consent).build();
                    ActorId actor = ActorId.of("actor-7");
                    for (Purpose p : Purpose.values()) {
                        if (h.hasConsent(kind, actor, p, on)) {
                            assertThat(more.hasConsent(kind, actor, p, on)).isTrue();
                        }
                    }
                });
    }

    @Test
    void noToStringShowsANameOrANationalNumber() {
        qt().forAll(HouseholdGenerators.households()).checkAssert(h -> {
            List<String> printed = new ArrayList<>();
            printed.add(h.toString());
            printed.add(h.members().toString());
            h.members().forEach(m -> m.niss().ifPresent(n -> printed.add(n.toString())));
            printed.add(h.situations().toString());
            printed.add(h.consents().toString());
            assertNoSecret(printed, secretsOf(h));
        });
    }

    /**
     * Breaks a generated household in one of nine ways, each involving members with names and national register
     * numbers, and checks that the failure — from a builder or from reading JSON — quotes none of them.
     */
    @Test
    void noMessageAboutAnInvalidHouseholdQuotesANameOrANationalNumber() {
        qt().forAll(
                        HouseholdGenerators.households(),
                        integers().between(0, 8),
                        HouseholdGenerators.displayNames(),
                        HouseholdGenerators.nissSamples())
                .checkAssert((h, fault, name, niss) -> {
                    Member named = Member.builder()
                            .role(MemberRole.OTHER)
                            .birthYear(1990)
                            .displayName(name)
                            .niss(Niss.parse(niss.digits))
                            .build();
                    List<String> secrets = secretsOf(h);
                    secrets.add(name);
                    secrets.add(niss.digits);
                    String broken = brokenDigits(niss.digits);
                    secrets.add(broken);
                    Throwable t = catchThrowable(breaking(h, fault, named, broken));
                    assertThat(t).as("fault " + fault).isInstanceOf(InvalidInputException.class);
                    List<String> messages = new ArrayList<>();
                    for (Throwable c = t; c != null; c = c.getCause()) {
                        messages.add(String.valueOf(c.getMessage()));
                    }
                    assertNoSecret(messages, secrets);
                });
    }

    private static ThrowingCallable breaking(Household h, int fault, Member named, String brokenDigits) {
        Household.Builder copy = Household.builder().from(h);
        return switch (fault) {
            case 0 ->
                () -> copy.members(h.members().stream()
                                .map(m -> Member.builder()
                                        .from(m)
                                        .role(MemberRole.OTHER)
                                        .build())
                                .collect(Collectors.toList()))
                        .addMembers(named)
                        .build();
            case 1 ->
                () -> copy.addMembers(
                                named,
                                Member.builder()
                                        .from(named)
                                        .role(MemberRole.REFERENCE_PERSON)
                                        .build())
                        .build();
            case 2 ->
                () -> copy.addMembers(
                                named,
                                Member.builder()
                                        .from(named)
                                        .role(MemberRole.CHILD)
                                        .build())
                        .build();
            case 3 ->
                () -> copy.addMembers(
                                Member.builder().from(named).birthYear(1850).build())
                        .build();
            case 4 ->
                () -> copy.addMembers(Member.builder()
                                .from(named)
                                .displayName(named.displayName().orElseThrow().repeat(40))
                                .build())
                        .build();
            case 5 ->
                () -> AccompanimentJson.read(
                        AccompanimentJson.write(copy.addMembers(named).build())
                                .replace(named.niss().orElseThrow().digits(), brokenDigits),
                        Household.class);
            case 6 ->
                () -> AccompanimentJson.read(
                        AccompanimentJson.write(copy.addMembers(named).build())
                                .replace("\"birthYear\":1990", "\"birthYear\":1850"),
                        Household.class);
            case 7 ->
                () -> copy.addMembers(named).commune(NisCode.parse("62000")).build();
            default ->
                () -> {
                    Situation s = RentArrears.of(LocalDate.of(2024, 1, 1), 1, 0);
                    copy.addMembers(named).addSituations(s, s).build();
                };
        };
    }

    /** The number with its last check digit changed, which never gives a valid number. */
    private static String brokenDigits(String digits) {
        char last = digits.charAt(10);
        return digits.substring(0, 10) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static List<String> secretsOf(Household h) {
        List<String> secrets = new ArrayList<>();
        for (Member m : h.members()) {
            m.displayName().ifPresent(secrets::add);
            m.niss().ifPresent(n -> secrets.add(n.digits()));
        }
        return secrets;
    }

    private static void assertNoSecret(List<String> texts, List<String> secrets) {
        for (String text : texts) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }
}
