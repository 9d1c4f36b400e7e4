package be.accompaniment.testing;

import static be.accompaniment.testing.Draw.between;
import static be.accompaniment.testing.Draw.bool;
import static be.accompaniment.testing.Draw.pick;

import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.DataCategory;
import be.accompaniment.household.Dwelling;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Income;
import be.accompaniment.household.IncomeSource;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Niss;
import be.accompaniment.household.Purpose;
import be.accompaniment.household.Schooling;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.NisCode;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid, realistic households — members with consistent ages and schooling, incomes,
 * tenure, dwelling, consents and situations suited to the tenure at various stages around a day — and of national
 * register numbers. Synthetic data only: names are made of random syllables and numbers are computed, never real.
 * Reusable by other packages and by the rules module's properties.
 */
public final class HouseholdGenerators {
    /** Communes of residence: Wallonia, Brussels-Capital and a few in Flanders. */
    public static final ImmutableList<NisCode> COMMUNES = ImmutableList.of(
            NisCode.parse("62009"), // Aywaille
            NisCode.parse("62026"), // Comblain-au-Pont
            NisCode.parse("62032"), // Esneux
            NisCode.parse("62100"), // Sprimont
            NisCode.parse("62063"), // Liège
            NisCode.parse("51004"), // Ath
            NisCode.parse("92142"), // Gembloux
            NisCode.parse("92048"), // Fosses-la-Ville
            NisCode.parse("52011"), // Charleroi
            NisCode.parse("83012"), // Durbuy
            NisCode.parse("63023"), // Eupen
            NisCode.parse("21001"), // Anderlecht
            NisCode.parse("21004"), // Bruxelles
            NisCode.parse("21015"), // Schaerbeek
            NisCode.parse("44021"), // Gent
            NisCode.parse("11002")); // Antwerpen

    private static final String[] SYLLABLES = {
        "ka", "zu", "vo", "rix", "quen", "mil", "tor", "bex", "ul", "dra", "phi", "nok", "zel", "wa", "yor", "ish"
    };

    private HouseholdGenerators() {}

    /** A national register or BIS number with the facts it was built from. */
    public static final class NissSample {
        /** The eleven digits. */
        public final String digits;
        /** The birth date encoded, or empty when a part is unknown. */
        public final Optional<LocalDate> birthDate;
        /** The year encoded, with its century. */
        public final int year;
        /** Whether it is a BIS number. */
        public final boolean bis;

        NissSample(String digits, Optional<LocalDate> birthDate, int year, boolean bis) {
            this.digits = digits;
            this.birthDate = birthDate;
            this.year = year;
            this.bis = bis;
        }

        @Override
        public String toString() {
            // test output only: synthetic numbers
            return digits + (bis ? " (BIS)" : "");
        }
    }

    /**
     * The eleven digits of a number for a birth date and serial, with the check number of its century (a 2 prefixed
     * to the nine digits for births from 2000).
     *
     * @param year the birth year, 1900 to 2099
     * @param month the month part as encoded: 0 to 12, plus 20 or 40 for a BIS number
     * @param day the day part, 0 to 31
     * @param serial 1 to 998
     */
    public static String nissDigits(int year, int month, int day, int serial) {
        long firstNine = (year % 100) * 10_000_000L + month * 100_000L + day * 1000L + serial;
        long check = 97 - ((year >= 2000 ? 2_000_000_000L : 0) + firstNine) % 97;
        return String.format("%09d%02d", firstNine, check);
    }

    /** National register numbers born 1920–2025 (so both centuries), a fifth of them BIS numbers, some with unknown parts. */
    public static Gen<NissSample> nissSamples() {
        return rs -> {
            LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(between(rs, 0, 38_350));
            return nissSample(rs, birth, bool(rs, 20));
        };
    }

    /** Register numbers only, born before 2000. */
    public static Gen<NissSample> nissSamplesBefore2000() {
        return rs -> nissSample(rs, LocalDate.of(1920, 1, 1).plusDays(between(rs, 0, 29_219)), false);
    }

    /** Register numbers only, born from 2000. */
    public static Gen<NissSample> nissSamplesFrom2000() {
        return rs -> nissSample(rs, LocalDate.of(2000, 1, 1).plusDays(between(rs, 0, 9_400)), false);
    }

    /** BIS numbers, with the month plus 20 or 40 and sometimes unknown month or day. */
    public static Gen<NissSample> bisSamples() {
        return rs -> nissSample(rs, LocalDate.of(1930, 1, 1).plusDays(between(rs, 0, 34_000)), true);
    }

    private static NissSample nissSample(RandomnessSource rs, LocalDate birth, boolean bis) {
        int serial = between(rs, 1, 998);
        int month = birth.getMonthValue();
        int day = birth.getDayOfMonth();
        Optional<LocalDate> date = Optional.of(birth);
        if (bis) {
            if (bool(rs, 20)) {
                month = 0;
                date = Optional.empty();
            }
            if (bool(rs, 20)) {
                day = 0;
                date = Optional.empty();
            }
            month += bool(rs, 50) ? 20 : 40;
        }
        return new NissSample(nissDigits(birth.getYear(), month, day, serial), date, birth.getYear(), bis);
    }

    /** National register and BIS numbers. */
    public static Gen<Niss> nisses() {
        return nissSamples().map(s -> Niss.parse(s.digits));
    }

    /** Synthetic display names of two words of random syllables, e.g. "Kazurix Tormil". */
    public static Gen<String> displayNames() {
        return rs -> word(rs) + " " + word(rs);
    }

    private static String word(RandomnessSource rs) {
        StringBuilder sb = new StringBuilder();
        int n = between(rs, 2, 4);
        for (int i = 0; i < n; i++) {
            sb.append(pick(rs, SYLLABLES));
        }
        return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
    }

    /** Household ids such as {@code h-4711}. */
    public static Gen<HouseholdId> householdIds() {
        return rs -> HouseholdId.of("h-" + between(rs, 1, 999_999));
    }

    /** Incomes of any source, from 0 to €4,000 a month. */
    public static Gen<Income> incomes() {
        return rs -> Income.of(pick(rs, IncomeSource.values()), between(rs, 0, 400_000));
    }

    /** Dwellings from studios to five bedrooms, with or without surface and rent. */
    public static Gen<Dwelling> dwellings() {
        return rs -> dwelling(rs, bool(rs, 70));
    }

    private static Dwelling dwelling(RandomnessSource rs, boolean rented) {
        int bedrooms = between(rs, 0, 5);
        Dwelling.Builder b = Dwelling.builder().bedrooms(bedrooms).leaseRegistered(rented && bool(rs, 70));
        if (bool(rs, 70)) {
            b.surfaceSquareMetres(between(rs, 18 + bedrooms * 10, 40 + bedrooms * 40));
        }
        if (rented) {
            b.monthlyRentCents(between(rs, 35_000, 150_000));
        }
        return b.build();
    }

    /** Consents given up to two years before a day, some withdrawn. */
    public static Gen<Consent> consentsAround(LocalDate on) {
        return rs -> {
            LocalDate given = on.minusDays(between(rs, -30, 730));
            Consent.Builder b = Consent.builder().givenOn(given);
            int kinds = between(rs, 0, 3);
            for (int i = 0; i < kinds; i++) {
                b.addRecipientKinds(pick(rs, ActorKind.values()));
            }
            if (kinds == 0 || bool(rs, 30)) {
                b.addRecipients(ActorId.of("actor-" + between(rs, 1, 50)));
            }
            int data = between(rs, 1, 4);
            for (int i = 0; i < data; i++) {
                b.addDataCategories(pick(rs, DataCategory.values()));
            }
            int purposes = between(rs, 1, 2);
            for (int i = 0; i < purposes; i++) {
                b.addPurposes(pick(rs, Purpose.values()));
            }
            if (bool(rs, 20)) {
                b.withdrawnOn(given.plusDays(between(rs, 0, 365)));
            }
            return b.build();
        };
    }

    /** Households around any day. */
    public static Gen<Household> households() {
        return SituationGenerators.days().flatMap(HouseholdGenerators::householdsAround);
    }

    /**
     * Realistic households around a day: a reference person aged 18 to 85, a partner in half of them, up to five
     * children whose schooling fits their age, sometimes another relative; display names and national register
     * numbers on most members; incomes; a tenure; a dwelling unless homeless or in an institution; consents; and up
     * to three situations that suit the tenure, at various stages around the day.
     */
    public static Gen<Household> householdsAround(LocalDate on) {
        return rs -> {
            int year = on.getYear();
            Household.Builder b = Household.builder()
                    .id(householdIds().generate(rs))
                    .commune(pick(rs, COMMUNES.toArray(new NisCode[0])));
            Set<String> numbers = new HashSet<>();
            int reference = year - between(rs, 18, 85);
            b.addMembers(member(rs, MemberRole.REFERENCE_PERSON, reference, year, numbers));
            if (bool(rs, 50)) {
                b.addMembers(member(
                        rs, MemberRole.PARTNER, clampYear(reference + between(rs, -10, 10), year), year, numbers));
            }
            int children = between(rs, 0, 5);
            for (int i = 0; i < children; i++) {
                int born = Math.max(reference + 16, year - between(rs, 0, 25));
                b.addMembers(member(rs, MemberRole.CHILD, Math.min(born, year), year, numbers));
            }
            if (bool(rs, 10)) {
                b.addMembers(member(rs, MemberRole.OTHER_RELATIVE, year - between(rs, 0, 90), year, numbers));
            }
            if (bool(rs, 5)) {
                b.addMembers(member(rs, MemberRole.OTHER, year - between(rs, 18, 70), year, numbers));
            }
            int incomes = between(rs, 0, 3);
            for (int i = 0; i < incomes; i++) {
                b.addIncomes(incomes().generate(rs));
            }
            Tenure tenure = pick(rs, Tenure.values());
            b.tenure(tenure);
            if (tenure != Tenure.NO_HOUSING && tenure != Tenure.INSTITUTION && bool(rs, 80)) {
                b.dwelling(dwelling(rs, tenure.isTenant()));
            }
            int consents = between(rs, 0, 3);
            for (int i = 0; i < consents; i++) {
                b.addConsents(consentsAround(on).generate(rs));
            }
            b.addAllSituations(situationsFor(rs, tenure, on));
            return b.build();
        };
    }

    /** Households around a day holding one situation of every kind, for round trips over the whole hierarchy. */
    public static Gen<Household> householdsWithEveryKindAround(LocalDate on) {
        return householdsAround(on)
                .zip(
                        SituationGenerators.oneOfEachKindAround(on),
                        (h, all) -> Household.builder().from(h).situations(all).build());
    }

    /** Households with one situation of every kind, around any day. */
    public static Gen<Household> householdsWithEveryKind() {
        return SituationGenerators.days().flatMap(HouseholdGenerators::householdsWithEveryKindAround);
    }

    private static List<Situation> situationsFor(RandomnessSource rs, Tenure tenure, LocalDate on) {
        List<SituationKind> suited = new ArrayList<>(suitedTo(tenure));
        List<Situation> situations = new ArrayList<>();
        int n = between(rs, 0, 3);
        for (int i = 0; i < n && !suited.isEmpty(); i++) {
            SituationKind kind = suited.get(between(rs, 0, suited.size() - 1));
            Situation s = SituationGenerators.around(kind, on).generate(rs);
            if (s instanceof EvictionThreat e && e.repossession() != (tenure == Tenure.OWNER_OCCUPIER)) {
                s = EvictionThreat.builder()
                        .from(e)
                        .repossession(tenure == Tenure.OWNER_OCCUPIER)
                        .build();
            }
            situations.add(s);
            if (!kind.isPerMember()) {
                suited.remove(kind);
            }
        }
        return situations;
    }

    private static Set<SituationKind> suitedTo(Tenure tenure) {
        return switch (tenure) {
            case PRIVATE_TENANT, SOCIAL_TENANT, AIS_TENANT, PUBLIC_TENANT ->
                EnumSet.of(
                        SituationKind.EVICTION_THREAT,
                        SituationKind.RENT_ARREARS,
                        SituationKind.INSALUBRITY,
                        SituationKind.FAMILY_RUPTURE,
                        SituationKind.INSTITUTION_EXIT);
            case OWNER_OCCUPIER ->
                EnumSet.of(
                        SituationKind.EVICTION_THREAT,
                        SituationKind.INSALUBRITY,
                        SituationKind.FAMILY_RUPTURE,
                        SituationKind.INSTITUTION_EXIT);
            case TOURIST_FACILITY ->
                EnumSet.of(
                        SituationKind.PERMANENT_HABITAT, SituationKind.FAMILY_RUPTURE, SituationKind.INSTITUTION_EXIT);
            case INSTITUTION -> EnumSet.of(SituationKind.INSTITUTION_EXIT);
            case TRANSIT_HOUSING, HOSTED, SQUAT, NO_HOUSING ->
                EnumSet.of(SituationKind.HOMELESSNESS, SituationKind.FAMILY_RUPTURE, SituationKind.INSTITUTION_EXIT);
        };
    }

    private static Member member(RandomnessSource rs, MemberRole role, int birthYear, int year, Set<String> numbers) {
        int age = year - birthYear;
        Member.Builder b = Member.builder()
                .role(role)
                .birthYear(birthYear)
                .schooling(schoolingAt(rs, age))
                .disabilityRecognised(bool(rs, 8));
        if (bool(rs, 70)) {
            b.displayName(displayNames().generate(rs));
        }
        if (bool(rs, 60)) {
            LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(between(rs, 0, 364));
            NissSample n = nissSample(rs, birth, bool(rs, 10));
            if (numbers.add(n.digits)) {
                b.niss(Niss.parse(n.digits));
            }
        }
        return b.build();
    }

    private static Schooling schoolingAt(RandomnessSource rs, int age) {
        if (age < 3) {
            return Schooling.NONE;
        }
        if (age < 6) {
            return bool(rs, 90) ? Schooling.PRE_PRIMARY : Schooling.NONE;
        }
        if (age < 12) {
            return bool(rs, 90) ? Schooling.PRIMARY : Schooling.SPECIAL_NEEDS;
        }
        if (age < 18) {
            return pick(rs, Schooling.SECONDARY, Schooling.SECONDARY, Schooling.SPECIAL_NEEDS, Schooling.WORK_BASED);
        }
        if (age < 26) {
            return pick(rs, Schooling.HIGHER, Schooling.NONE, Schooling.ADULT_TRAINING, Schooling.NONE);
        }
        return bool(rs, 5) ? Schooling.ADULT_TRAINING : Schooling.NONE;
    }

    private static int clampYear(int birthYear, int year) {
        return Math.max(Member.MIN_BIRTH_YEAR, Math.min(birthYear, year - 16));
    }
}
