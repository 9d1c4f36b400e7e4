package be.accompaniment.rules.calendar;

import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.MonthDay;

/** Fixed values shared by the calendar tests. Synthetic data only. */
final class CalendarFixtures {
    static final SeasonWindow WINTER = SeasonWindow.of(MonthDay.of(11, 1), MonthDay.of(3, 15));
    static final LegalReference CBL = LegalReference.of("Code bruxellois du Logement", "art. 233duodecies");
    static final LegalReference CJ = LegalReference.of("Code judiciaire", "art. 1344quater");
    static final WinterMoratorium ALL_LEASES_MORATORIUM = WinterMoratorium.of(WINTER, MoratoriumScope.ALL_LEASES);
    static final TemporarySuspension SUSPENSION = TemporarySuspension.builder()
            .name("test/suspension")
            .period(Period.of(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 3, 15)))
            .scope(MoratoriumScope.ALL_LEASES)
            .reference(LegalReference.of("Décret du 22 septembre 2022", "art. 1er"))
            .build();
    static final Deadline DEADLINE = Deadline.builder()
            .parameter("test/minimum-delay")
            .countedFrom(LocalDate.of(2023, 10, 10))
            .delay(Delay.months(1))
            .on(LocalDate.of(2023, 11, 10))
            .reference(CJ)
            .build();
    static final MoratoriumFinding FINDING = MoratoriumFinding.builder()
            .kind(ProtectionKind.WINTER_MORATORIUM)
            .outcome(MoratoriumOutcome.PROTECTS)
            .period(WINTER.startingIn(2023))
            .scope(MoratoriumScope.ALL_LEASES)
            .reference(CBL)
            .build();
    static final MoratoriumDecision DECISION = MoratoriumDecision.builder()
            .on(LocalDate.of(2023, 11, 10))
            .region(Region.BRUSSELS_CAPITAL)
            .addFindings(FINDING)
            .protectedUntil(LocalDate.of(2024, 3, 15))
            .build();
    static final CalendarParameters PARAMETERS = CalendarParameters.builder()
            .region(Region.BRUSSELS_CAPITAL)
            .lastReviewedOn(LocalDate.of(2026, 1, 1))
            .winterMoratorium(DatedValue.since("test/winter", LocalDate.of(2023, 9, 1), ALL_LEASES_MORATORIUM, CBL))
            .minimumDelayAfterService(DatedValue.since("test/minimum", LocalDate.of(1999, 1, 11), Delay.months(1), CJ))
            .executionNotice(DatedValue.since("test/notice", LocalDate.of(1999, 1, 11), Delay.workingDays(5), CJ))
            .cpasForwardingDelay(DatedValue.since(
                    "test/forwarding",
                    LocalDate.of(2002, 10, 1),
                    Delay.days(5),
                    LegalReference.of("Loi organique des CPAS", "art. 58")))
            .build();

    private CalendarFixtures() {}

    /** A tester that knows a non-null value of every parameter type of the package. */
    static NullPointerTester nullPointerTester() {
        return new NullPointerTester()
                .setDefault(LocalDate.class, LocalDate.of(2024, 1, 1))
                .setDefault(MonthDay.class, MonthDay.of(11, 1))
                .setDefault(Region.class, Region.WALLONIA)
                .setDefault(NisCode.class, NisCode.parse("62063"))
                .setDefault(LegalReference.class, CJ)
                .setDefault(Period.class, Period.of(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 3, 15)))
                .setDefault(SeasonWindow.class, WINTER)
                .setDefault(Delay.class, Delay.months(1))
                .setDefault(DatedValue.class, PARAMETERS.minimumDelayAfterService())
                .setDefault(WinterMoratorium.class, ALL_LEASES_MORATORIUM)
                .setDefault(TemporarySuspension.class, SUSPENSION)
                .setDefault(Deadline.class, DEADLINE)
                .setDefault(MoratoriumFinding.class, FINDING)
                .setDefault(MoratoriumDecision.class, DECISION)
                .setDefault(CalendarParameters.class, PARAMETERS)
                .setDefault(String.class, "test");
    }
}
