package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import be.accompaniment.InvalidInputException;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.IncomeSource;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Schooling;
import be.accompaniment.household.Tenure;
import be.accompaniment.territory.NisCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The population a scenario generates follows its model: communes, tenures and compositions in the shares asked, an
 * income around the median with the spread asked, ages that make a family. Shares are checked on 20 000 households
 * within two points (about six standard errors).
 */
class PopulationTableTest {
    private static final NisCode[] COMMUNES = {
        ScenarioFixtures.AYWAILLE, ScenarioFixtures.COMBLAIN, ScenarioFixtures.ESNEUX, ScenarioFixtures.SPRIMONT
    };
    private static final int N = 20_000;

    private static final PopulationModel MODEL = PopulationModel.builder()
            .households(N)
            .putCommuneWeights(ScenarioFixtures.AYWAILLE, 1.0)
            .putCommuneWeights(ScenarioFixtures.COMBLAIN, 0.0)
            .putCommuneWeights(ScenarioFixtures.ESNEUX, 3.0)
            .putCommuneWeights(ScenarioFixtures.SPRIMONT, 6.0)
            .putTenure(Tenure.PRIVATE_TENANT, 0.5)
            .putTenure(Tenure.SOCIAL_TENANT, 0.2)
            .putTenure(Tenure.OWNER_OCCUPIER, 0.3)
            .addComposition(CompositionShare.of(1, 0, 0.4), CompositionShare.of(2, 2, 0.35))
            .addComposition(CompositionShare.of(3, 1, 0.25))
            .monthlyIncome(IncomeModel.of(200_000, 0.4))
            .build();

    private static PopulationTable table(PopulationModel model, List<Household> listed) {
        Scenario s = ScenarioFixtures.ourthe(0, 4, StepUnit.MONTH)
                .population(model)
                .households(listed)
                .build();
        return new PopulationTable(s, COMMUNES);
    }

    private static final PopulationTable TABLE = table(MODEL, List.of());

    @Test
    void drawsCommunesAndTenuresInTheSharesAsked() {
        int[] communes = new int[COMMUNES.length];
        Map<Tenure, Integer> tenures = new EnumMap<>(Tenure.class);
        for (int h = 0; h < N; h++) {
            communes[TABLE.commune(h)]++;
            assertThat(TABLE.communeCode(h)).isEqualTo(COMMUNES[TABLE.commune(h)]);
            tenures.merge(TABLE.tenure(h), 1, Integer::sum);
            assertThat(TABLE.household(h).commune()).isEqualTo(TABLE.communeCode(h));
        }
        assertThat(communes[1]).isZero();
        assertThat(communes[0] / (double) N).isCloseTo(0.1, offset(0.02));
        assertThat(communes[2] / (double) N).isCloseTo(0.3, offset(0.02));
        assertThat(communes[3] / (double) N).isCloseTo(0.6, offset(0.02));
        assertThat(tenures.keySet())
                .containsExactlyInAnyOrder(Tenure.PRIVATE_TENANT, Tenure.SOCIAL_TENANT, Tenure.OWNER_OCCUPIER);
        assertThat(tenures.get(Tenure.PRIVATE_TENANT) / (double) N).isCloseTo(0.5, offset(0.02));
        assertThat(tenures.get(Tenure.SOCIAL_TENANT) / (double) N).isCloseTo(0.2, offset(0.02));
    }

    @Test
    void composesHouseholdsInTheSharesAskedWithAgesThatMakeAFamily() {
        int year = ScenarioFixtures.START.getYear();
        Map<String, Integer> compositions = new java.util.HashMap<>();
        Map<Boolean, int[]> ages = new java.util.HashMap<>();
        for (int h = 0; h < N; h++) {
            Household hh = TABLE.household(h);
            List<Member> members = hh.members();
            long adults =
                    members.stream().filter(m -> m.role() != MemberRole.CHILD).count();
            long children =
                    members.stream().filter(m -> m.role() == MemberRole.CHILD).count();
            compositions.merge(adults + "+" + children, 1, Integer::sum);
            Member reference = members.get(0);
            assertThat(reference.role()).isEqualTo(MemberRole.REFERENCE_PERSON);
            int referenceAge = year - reference.birthYear();
            if (children > 0) {
                assertThat(referenceAge).isBetween(22, 51);
            } else {
                assertThat(referenceAge).isBetween(20, 85);
            }
            for (int i = 1; i < members.size(); i++) {
                Member m = members.get(i);
                int age = year - m.birthYear();
                if (m.role() == MemberRole.CHILD) {
                    assertThat(age).isBetween(0, 17).isLessThanOrEqualTo(referenceAge - 17);
                    assertThat(m.schooling()).isEqualTo(schooling(age));
                } else {
                    assertThat(m.role()).isEqualTo(i == 1 ? MemberRole.PARTNER : MemberRole.OTHER_RELATIVE);
                    assertThat(age).isGreaterThanOrEqualTo(18);
                    if (i == 1) {
                        assertThat(age).isBetween(Math.max(18, referenceAge - 5), referenceAge + 5);
                    }
                }
            }
            ages.merge(children > 0, new int[] {referenceAge, referenceAge}, (a, b) ->
                    new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            assertThat(hh.incomes()).hasSize(1);
            IncomeSource source = hh.incomes().get(0).source();
            long cents = hh.incomes().get(0).monthlyCents();
            // below 130 000 cents a month per consumption unit (1, +0.5 per other adult, +0.3 per child), the
            // revenu d'intégration; a pension from 67
            double units = 1 + 0.5 * (adults - 1) + 0.3 * children;
            assertThat(source)
                    .as("%d years old, %d cents for %s units", referenceAge, cents, units)
                    .isEqualTo(
                            referenceAge >= 67
                                    ? IncomeSource.PENSION
                                    : cents < 130_000 * units
                                            ? IncomeSource.REVENU_D_INTEGRATION
                                            : IncomeSource.EMPLOYMENT);
        }
        // the whole range of ages is drawn: 22 to 51 with children, 20 to 85 without
        assertThat(ages.get(true)).containsExactly(22, 51);
        assertThat(ages.get(false)).containsExactly(20, 85);
        assertThat(compositions.keySet()).containsExactlyInAnyOrder("1+0", "2+2", "3+1");
        assertThat(compositions.get("1+0") / (double) N).isCloseTo(0.4, offset(0.02));
        assertThat(compositions.get("2+2") / (double) N).isCloseTo(0.35, offset(0.02));
    }

    private static Schooling schooling(int age) {
        return age < 3
                ? Schooling.NONE
                : age < 6 ? Schooling.PRE_PRIMARY : age < 12 ? Schooling.PRIMARY : Schooling.SECONDARY;
    }

    @Test
    void drawsIncomesAroundTheMedianWithTheSpreadAsked() {
        // single adults without children: scale 1, so log(income / median) is normal(0, spread)
        double[] logs = java.util.stream.IntStream.range(0, N)
                .mapToObj(TABLE::household)
                .filter(h -> h.members().size() == 1)
                .mapToDouble(h -> Math.log(h.incomes().get(0).monthlyCents() / 200_000.0))
                .sorted()
                .toArray();
        assertThat(logs.length).isGreaterThan(N / 3);
        double median = logs[logs.length / 2];
        double mean = Arrays.stream(logs).average().orElseThrow();
        double sd =
                Math.sqrt(Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).sum() / logs.length);
        assertThat(median).isCloseTo(0, offset(0.03));
        assertThat(sd).isCloseTo(0.4, offset(0.02));
        // a couple with two children earns 1 + 0.5 + 0.6 = 2.1 times as much at the median
        double[] families = java.util.stream.IntStream.range(0, N)
                .mapToObj(TABLE::household)
                .filter(h -> h.children() == 2)
                .mapToDouble(h -> Math.log(h.incomes().get(0).monthlyCents() / (200_000.0 * 2.1)))
                .sorted()
                .toArray();
        assertThat(families[families.length / 2]).isCloseTo(0, offset(0.04));
    }

    @Test
    void listedHouseholdsComeFirstInIdOrderThenGeneratedOnesNumberedFromOne() {
        Household b = Household.builder()
                .id(HouseholdId.of("listed-b"))
                .commune(ScenarioFixtures.ESNEUX)
                .tenure(Tenure.SOCIAL_TENANT)
                .addMembers(Member.of(MemberRole.REFERENCE_PERSON, 1970))
                .build();
        Household a = Household.builder()
                .from(b)
                .id(HouseholdId.of("listed-a"))
                .commune(ScenarioFixtures.SPRIMONT)
                .tenure(Tenure.HOSTED)
                .build();
        PopulationTable t =
                table(PopulationModel.builder().from(MODEL).households(3).build(), List.of(b, a));
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.listedCount()).isEqualTo(2);
        assertThat(t.id(0)).isEqualTo(a.id());
        assertThat(t.id(1)).isEqualTo(b.id());
        assertThat(t.household(0)).isSameAs(a);
        assertThat(t.communeCode(0)).isEqualTo(ScenarioFixtures.SPRIMONT);
        assertThat(t.tenure(0)).isEqualTo(Tenure.HOSTED);
        assertThat(t.communeCode(1)).isEqualTo(ScenarioFixtures.ESNEUX);
        assertThat(t.id(2)).isEqualTo(HouseholdId.of("h-0000001"));
        assertThat(t.id(4)).isEqualTo(HouseholdId.of("h-0000003"));
        assertThat(t.household(4).id()).isEqualTo(t.id(4));
        t.tenure(4, Tenure.NO_HOUSING);
        assertThat(t.tenure(4)).isEqualTo(Tenure.NO_HOUSING);
    }

    @Test
    void withoutModelOnlyListedHouseholdsAndEqualWeightsWithoutWeights() {
        PopulationModel equal = PopulationModel.builder()
                .from(MODEL)
                .communeWeights(Map.of())
                .households(8000)
                .build();
        PopulationTable t = table(equal, List.of());
        int[] counts = new int[COMMUNES.length];
        for (int h = 0; h < t.size(); h++) {
            counts[t.commune(h)]++;
        }
        for (int c : counts) {
            assertThat(c / 8000.0).isCloseTo(0.25, offset(0.03));
        }
    }

    @Test
    void refusesWeightsOrHouseholdsOutsideTheTerritory() {
        PopulationModel elsewhere = PopulationModel.builder()
                .from(MODEL)
                .putCommuneWeights(NisCode.of(21004), 1.0)
                .build();
        assertThatThrownBy(() -> table(elsewhere, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("population.communeWeights")
                .hasMessageContaining("21004");
    }

    @Test
    void picksTheFirstCumulativeShareAboveTheDraw() {
        double[] cumulative = {0.1, 0.1, 0.5, 1.0};
        assertThat(PopulationTable.pick(cumulative, 0.0)).isZero();
        assertThat(PopulationTable.pick(cumulative, 0.1)).isEqualTo(2);
        assertThat(PopulationTable.pick(cumulative, 0.4999)).isEqualTo(2);
        assertThat(PopulationTable.pick(cumulative, 0.5)).isEqualTo(3);
        assertThat(PopulationTable.pick(cumulative, 0.9999)).isEqualTo(3);
    }
}
