package be.accompaniment.rules.scenario;

import be.accompaniment.InvalidInputException;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Income;
import be.accompaniment.household.IncomeSource;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Schooling;
import be.accompaniment.household.Tenure;
import be.accompaniment.territory.NisCode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The households of a run: listed ones first, in id order, then generated ones. Keeps only each household's commune
 * and tenure in arrays; a generated household's members and incomes are drawn again from its own stream when the
 * household is needed (when a situation opens), so that a large population costs a few bytes a household.
 */
final class PopulationTable {
    private static final Tenure[] TENURES = Tenure.values();

    private final long seed;
    private final LocalDate startOn;
    private final NisCode[] communes;
    private final ImmutableList<Household> listed;
    private final int size;
    private final int[] commune;
    private final byte[] tenure;
    private final double[] communeCumulative;
    private final Tenure[] tenureChoices;
    private final double[] tenureCumulative;
    private final List<CompositionShare> compositions;
    private final double[] compositionCumulative;
    private final IncomeModel income;

    PopulationTable(Scenario scenario, NisCode[] communes) {
        this.seed = scenario.seed();
        this.startOn = scenario.startOn();
        this.communes = communes.clone();
        List<Household> sorted = new ArrayList<>(scenario.households());
        sorted.sort(Comparator.comparing(h -> h.id().value()));
        this.listed = ImmutableList.copyOf(sorted);
        PopulationModel model = scenario.population().orElse(null);
        int generated = model == null ? 0 : model.households();
        this.size = listed.size() + generated;
        this.commune = new int[size];
        this.tenure = new byte[size];
        for (int i = 0; i < listed.size(); i++) {
            Household h = listed.get(i);
            int c = indexOf(h.commune());
            if (c < 0) {
                throw new InvalidInputException(
                        "scenario " + scenario.name() + " households[" + h.id() + "].commune",
                        "must be a commune of the territory, was " + h.commune());
            }
            commune[i] = c;
            tenure[i] = (byte) h.tenure().ordinal();
        }
        if (model == null) {
            communeCumulative = new double[0];
            tenureChoices = new Tenure[0];
            tenureCumulative = new double[0];
            compositions = List.of();
            compositionCumulative = new double[0];
            income = IncomeModel.of(0, 0);
            return;
        }
        double[] weights = new double[communes.length];
        if (model.communeWeights().isEmpty()) {
            Arrays.fill(weights, 1);
        } else {
            for (Map.Entry<NisCode, Double> e : model.communeWeights().entrySet()) {
                int c = indexOf(e.getKey());
                if (c < 0) {
                    throw new InvalidInputException(
                            "scenario " + scenario.name() + " population.communeWeights",
                            "must name communes of the territory, was " + e.getKey());
                }
                weights[c] = e.getValue();
            }
        }
        communeCumulative = cumulative(weights);
        Map<Tenure, Double> tenures = model.tenureOrDefault();
        tenureChoices = tenures.keySet().toArray(new Tenure[0]);
        tenureCumulative = cumulative(
                tenures.values().stream().mapToDouble(Double::doubleValue).toArray());
        compositions = model.compositionOrDefault();
        compositionCumulative = cumulative(
                compositions.stream().mapToDouble(CompositionShare::weight).toArray());
        income = model.monthlyIncome();
        for (int g = 0; g < generated; g++) {
            SplittableRandom r = stream(g);
            commune[listed.size() + g] = pick(communeCumulative, r.nextDouble());
            tenure[listed.size() + g] = (byte) tenureChoices[pick(tenureCumulative, r.nextDouble())].ordinal();
        }
    }

    private int indexOf(NisCode code) {
        return Arrays.binarySearch(communes, code);
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    /** The index whose cumulative share first exceeds u; skips zero weights. */
    static int pick(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private SplittableRandom stream(int generatedIndex) {
        return new SplittableRandom(
                Draws.mix(Draws.mix(seed) + Draws.GENERATION) + generatedIndex * 0x9E3779B97F4A7C15L);
    }

    /** The number of households. */
    int size() {
        return size;
    }

    /** The number of listed households, which come first. */
    int listedCount() {
        return listed.size();
    }

    /** The index of a household's commune among the territory's communes. */
    int commune(int household) {
        return commune[household];
    }

    /** The NIS code of a household's commune. */
    NisCode communeCode(int household) {
        return communes[commune[household]];
    }

    /** A household's tenure now. */
    Tenure tenure(int household) {
        return TENURES[tenure[household]];
    }

    /** Records a household's new tenure; each household's slot is written by its own task only. */
    void tenure(int household, Tenure t) {
        tenure[household] = (byte) t.ordinal();
    }

    /** The id of a household. */
    HouseholdId id(int household) {
        return household < listed.size() ? listed.get(household).id() : generatedId(household - listed.size());
    }

    static HouseholdId generatedId(int generatedIndex) {
        return HouseholdId.of(String.format("h-%07d", generatedIndex + 1));
    }

    /**
     * The household as on the first day, without situations: the listed one, or the generated one drawn again from
     * its stream.
     */
    Household household(int index) {
        if (index < listed.size()) {
            return listed.get(index);
        }
        int g = index - listed.size();
        SplittableRandom r = stream(g);
        r.nextDouble(); // commune
        r.nextDouble(); // tenure
        CompositionShare c = compositions.get(pick(compositionCumulative, r.nextDouble()));
        int year = startOn.getYear();
        List<Member> members = new ArrayList<>();
        int referenceAge = c.children() > 0 ? 22 + r.nextInt(30) : 20 + r.nextInt(66);
        members.add(Member.of(MemberRole.REFERENCE_PERSON, year - referenceAge));
        for (int a = 1; a < c.adults(); a++) {
            MemberRole role = a == 1 ? MemberRole.PARTNER : MemberRole.OTHER_RELATIVE;
            int age = a == 1 ? Math.max(18, referenceAge - 5 + r.nextInt(11)) : 18 + r.nextInt(70);
            members.add(Member.of(role, year - age));
        }
        for (int k = 0; k < c.children(); k++) {
            int age = r.nextInt(Math.min(18, Math.max(1, referenceAge - 17)));
            members.add(Member.builder()
                    .role(MemberRole.CHILD)
                    .birthYear(year - age)
                    .schooling(schoolingAt(age))
                    .build());
        }
        double scale = 1 + 0.5 * (c.adults() - 1) + 0.3 * c.children();
        double gaussian = gaussian(r);
        long cents = Math.max(0, Math.round(income.medianCents() * scale * StrictMath.exp(income.spread() * gaussian)));
        IncomeSource source = referenceAge >= 67
                ? IncomeSource.PENSION
                : cents < 130_000 * scale ? IncomeSource.REVENU_D_INTEGRATION : IncomeSource.EMPLOYMENT;
        return Household.builder()
                .id(generatedId(g))
                .commune(communes[commune[index]])
                .tenure(tenure(index))
                .members(members)
                .addIncomes(Income.of(source, cents))
                .build();
    }

    private static Schooling schoolingAt(int age) {
        if (age < 3) {
            return Schooling.NONE;
        }
        if (age < 6) {
            return Schooling.PRE_PRIMARY;
        }
        return age < 12 ? Schooling.PRIMARY : Schooling.SECONDARY;
    }

    /** A standard normal draw (Box–Muller), with strict maths so that every platform draws the same. */
    private static double gaussian(SplittableRandom r) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }
}
