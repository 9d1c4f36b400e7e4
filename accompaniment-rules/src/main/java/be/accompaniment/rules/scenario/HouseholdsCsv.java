package be.accompaniment.rules.scenario;

import be.accompaniment.AccompanimentException;
import be.accompaniment.InvalidInputException;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Income;
import be.accompaniment.household.IncomeSource;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Schooling;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.FamilyRupture;
import be.accompaniment.situation.FamilyRuptureCause;
import be.accompaniment.situation.HabitatStructure;
import be.accompaniment.situation.Homelessness;
import be.accompaniment.situation.Insalubrity;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.PermanentHabitat;
import be.accompaniment.situation.RentArrears;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Reads a population listed as CSV, one household a line, for {@link Scenario.Builder#addAllHouseholds}: the
 * households a researcher draws from a survey or a case register, already pseudonymised.
 *
 * <pre>
 * id,commune,tenure,adults,children,reference_birth_year,monthly_income_cents,situation,opened_on
 * case-1,62063,PRIVATE_TENANT,1,2,1988,145000,eviction-threat,2025-12-01
 * case-2,62032,OWNER_OCCUPIER,2,0,1961,380000,,
 * </pre>
 *
 * <p>The header is required, with these columns in this order; values hold no comma. The reference person is born in
 * {@code reference_birth_year}, a partner (the second adult) the same year, further adults are other relatives of the
 * same age, and children are born thirty years after the reference person and go to primary school.
 * The income is one monthly amount from employment. A situation, when {@code situation} names a kind (its code or
 * constant), opens on {@code opened_on} in the kind's first stage, with these details where the kind needs them: an
 * eviction threat starts with the formal demand; an institution exit is a prison term that began a year earlier, in
 * the household's commune; homelessness is emergency accommodation (ETHOS 2.1), or with family or friends (8.1) for
 * hosted households; permanent habitat is a mobile home; rent arrears are one month of €550; a family rupture is a
 * separation. No name and no national register number can be given.
 *
 * <p>Reading is strict: a wrong column, a missing value or a value that breaks a household's rules throws an
 * {@link InvalidInputException} whose place names the line and the column.
 */
public final class HouseholdsCsv {
    /** The header line. */
    public static final String HEADER =
            "id,commune,tenure,adults,children,reference_birth_year,monthly_income_cents,situation,opened_on";

    /** The most lines read, to bound memory. */
    public static final int MAX_LINES = 10_000_000;

    private HouseholdsCsv() {}

    /**
     * Reads the households of a CSV text.
     *
     * @param csv the text, left open, not null
     * @return the households, in the order of the lines
     * @throws InvalidInputException naming the line and column of the first error
     * @throws UncheckedIOException if reading fails
     */
    public static ImmutableList<Household> read(Reader csv) {
        Objects.requireNonNull(csv, "csv");
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        ImmutableList.Builder<Household> out = ImmutableList.builder();
        try {
            String header = in.readLine();
            if (header == null || !header.strip().equals(HEADER)) {
                throw new InvalidInputException("households csv line 1", "must be the header \"" + HEADER + "\"");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (number > MAX_LINES) {
                    throw new InvalidInputException("households csv", "must have at most " + MAX_LINES + " lines");
                }
                if (!line.isBlank()) {
                    out.add(household(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.build();
    }

    private static Household household(String line, int number) {
        String[] v = line.split(",", -1);
        String where = "households csv line " + number;
        if (v.length != 9) {
            throw new InvalidInputException(where, "must have 9 values, had " + v.length);
        }
        Column c = new Column(where, v);
        try {
            NisCode commune = NisCode.parse(c.text(1, "commune"));
            Tenure tenure = c.constant(2, "tenure", Tenure.class);
            int adults = c.number(3, "adults");
            int children = c.number(4, "children");
            int born = c.number(5, "reference_birth_year");
            long income = c.number(6, "monthly_income_cents");
            Household.Builder h = Household.builder()
                    .id(HouseholdId.of(c.text(0, "id")))
                    .commune(commune)
                    .tenure(tenure)
                    .addIncomes(Income.of(IncomeSource.EMPLOYMENT, income));
            if (adults < 1 || adults > 12 || children < 0 || children > 20) {
                throw new InvalidInputException(
                        where + " adults",
                        "must be 1 to 12 adults and 0 to 20 children, was " + adults + " and " + children);
            }
            for (int a = 0; a < adults; a++) {
                MemberRole role =
                        a == 0 ? MemberRole.REFERENCE_PERSON : a == 1 ? MemberRole.PARTNER : MemberRole.OTHER_RELATIVE;
                h.addMembers(Member.of(role, born));
            }
            String kind = v[7].strip();
            LocalDate opened = null;
            if (!kind.isEmpty()) {
                opened = c.date(8, "opened_on");
            }
            for (int k = 0; k < children; k++) {
                h.addMembers(Member.builder()
                        .role(MemberRole.CHILD)
                        .birthYear(born + 30)
                        .schooling(Schooling.PRIMARY)
                        .build());
            }
            if (opened != null) {
                h.addSituations(situation(SituationKind.parse(kind), opened, commune, tenure));
            }
            return h.build();
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith(where) ? e : new InvalidInputException(where, e.getMessage());
        } catch (AccompanimentException e) {
            throw new InvalidInputException(where, e.getMessage());
        }
    }

    private static Situation situation(SituationKind kind, LocalDate on, NisCode commune, Tenure tenure) {
        return switch (kind) {
            case EVICTION_THREAT ->
                EvictionThreat.builder().openedOn(on).demandOn(on).build();
            case INSALUBRITY ->
                Insalubrity.builder().openedOn(on).region(commune.region()).build();
            case INSTITUTION_EXIT ->
                InstitutionExit.builder()
                        .openedOn(on)
                        .institution(InstitutionType.PRISON)
                        .admittedOn(on.minusYears(1))
                        .institutionCommune(commune)
                        .registrationAtAdmission(commune)
                        .build();
            case HOMELESSNESS -> Homelessness.of(tenure == Tenure.HOSTED ? EthosCategory.E8_1 : EthosCategory.E2_1, on);
            case PERMANENT_HABITAT ->
                PermanentHabitat.builder()
                        .openedOn(on)
                        .structure(HabitatStructure.MOBILE_HOME)
                        .build();
            case RENT_ARREARS -> RentArrears.of(on, 55_000, 1);
            case FAMILY_RUPTURE -> FamilyRupture.of(FamilyRuptureCause.SEPARATION, on);
        };
    }

    /** The values of one line, read with the place of an error. */
    private record Column(String where, String[] values) {
        String text(int i, String name) {
            String t = values[i].strip();
            if (t.isEmpty()) {
                throw new InvalidInputException(where + " " + name, "must not be empty");
            }
            return t;
        }

        int number(int i, String name) {
            String t = text(i, name);
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where + " " + name, "must be a whole number, was \"" + t + "\"");
            }
        }

        LocalDate date(int i, String name) {
            String t = text(i, name);
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(
                        where + " " + name, "must be a date like 2026-01-31, was \"" + t + "\"");
            }
        }

        <E extends Enum<E>> E constant(int i, String name, Class<E> type) {
            String t = text(i, name);
            try {
                return Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        where + " " + name,
                        "must be one of " + List.of(type.getEnumConstants()) + ", was \"" + t + "\"");
            }
        }
    }
}
