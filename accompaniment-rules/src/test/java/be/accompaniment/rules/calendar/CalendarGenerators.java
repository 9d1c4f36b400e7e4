package be.accompaniment.rules.calendar;

import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.law.Period;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generated values of the calendar package, for property tests. Synthetic data only. */
final class CalendarGenerators {
    private CalendarGenerators() {}

    /** Days from {@code from} to {@code to}, both inclusive. */
    static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        return SourceDSL.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Days of the years 1990 to 2040. */
    static Gen<LocalDate> dates() {
        return dates(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));
    }

    /** Month-days other than the 29th of February. */
    static Gen<MonthDay> monthDays() {
        return SourceDSL.integers()
                .between(1, 365)
                .map(dayOfYear -> MonthDay.from(LocalDate.ofYearDay(2023, dayOfYear)));
    }

    /** Valid season windows, crossing the new year or not. */
    static Gen<SeasonWindow> seasonWindows() {
        return monthDays()
                .zip(monthDays(), (start, end) -> new MonthDay[] {start, end})
                .assuming(
                        pair -> !MonthDay.from(pair[1].atYear(2023).plusDays(1)).equals(pair[0]))
                .map(pair -> SeasonWindow.of(pair[0], pair[1]));
    }

    static Gen<Delay> delays() {
        return SourceDSL.integers().between(1, 60).zip(Generate.enumValues(DelayUnit.class), Delay::of);
    }

    static Gen<ImmutableSet<MoratoriumExemption>> exemptions() {
        return SourceDSL.lists()
                .of(Generate.enumValues(MoratoriumExemption.class))
                .ofSizeBetween(0, 4)
                .map(ImmutableSet::copyOf);
    }

    static Gen<LegalReference> references() {
        Gen<String> titles = Generate.pick(List.of(
                "Code judiciaire", "Code bruxellois du Logement", "Code wallon de l'habitation durable", "Décret"));
        Gen<Optional<String>> articles = Generate.pick(List.of("art. 1344quater", "art. 233duodecies", "art. 94"))
                .toOptionals(30);
        return titles.zip(
                articles,
                SourceDSL.booleans().all(),
                (title, article, verified) -> LegalReference.builder()
                        .title(title)
                        .article(article)
                        .verified(verified)
                        .build());
    }

    static Gen<WinterMoratorium> winterMoratoria() {
        return seasonWindows()
                .zip(
                        Generate.enumValues(MoratoriumScope.class),
                        SourceDSL.booleans().all(),
                        exemptions(),
                        (window, scope, lost, exemptions) -> WinterMoratorium.builder()
                                .window(window)
                                .scope(scope)
                                .lostIfBudgetGuidanceRefused(lost)
                                .exemptions(exemptions)
                                .build());
    }

    /** Dated values with one to three steps from 1995 on, the last possibly a repeal. */
    static <T> Gen<DatedValue<T>> datedValues(String name, Gen<T> values) {
        Gen<Integer> gaps = SourceDSL.integers().between(1, 3000);
        return SourceDSL.lists()
                .of(values)
                .ofSizeBetween(1, 3)
                .zip(
                        SourceDSL.lists().of(gaps).ofSize(3),
                        SourceDSL.lists().of(references()).ofSize(3),
                        (vs, gs, refs) -> {
                            List<DatedValue.Step<T>> steps = new ArrayList<>();
                            LocalDate from = LocalDate.of(1995, 1, 1);
                            for (int i = 0; i < vs.size(); i++) {
                                from = from.plusDays(gs.get(i));
                                steps.add(DatedValue.Step.of(from, vs.get(i), refs.get(i)));
                            }
                            return DatedValue.of(name, steps);
                        });
    }

    /** Zero to three suspensions, in date order, not overlapping, from 2000 on. */
    static Gen<List<TemporarySuspension>> suspensions() {
        Gen<Integer> small = SourceDSL.integers().between(1, 400);
        return SourceDSL.lists()
                .of(small)
                .ofSizeBetween(0, 6)
                .zip(
                        SourceDSL.lists()
                                .of(Generate.enumValues(MoratoriumScope.class))
                                .ofSize(3),
                        SourceDSL.lists().of(references()).ofSize(3),
                        exemptions(),
                        (numbers, scopes, refs, exemptions) -> {
                            List<TemporarySuspension> result = new ArrayList<>();
                            LocalDate from = LocalDate.of(2000, 1, 1);
                            for (int i = 0; i + 1 < numbers.size() && result.size() < 3; i += 2) {
                                from = from.plusDays(numbers.get(i));
                                LocalDate until = from.plusDays(numbers.get(i + 1) - 1);
                                int k = result.size();
                                result.add(TemporarySuspension.builder()
                                        .name("test/suspension-" + k)
                                        .period(Period.of(from, until))
                                        .scope(scopes.get(k))
                                        .lostIfBudgetGuidanceRefused(k % 2 == 0)
                                        .exemptions(exemptions)
                                        .reference(refs.get(k))
                                        .build());
                                from = until.plusDays(1);
                            }
                            return result;
                        });
    }

    static Gen<CalendarParameters> calendarParameters() {
        Gen<Optional<DatedValue<Delay>>> optionalDelays =
                datedValues("test/optional-delay", delays()).toOptionals(50);
        Gen<CalendarParameters> required = Generate.enumValues(Region.class)
                .zip(
                        datedValues("test/winter-moratorium", winterMoratoria()),
                        suspensions(),
                        datedValues("test/minimum-delay", delays()),
                        (region, moratorium, suspensions, minimum) -> CalendarParameters.builder()
                                .region(region)
                                .lastReviewedOn(LocalDate.of(2026, 1, 1))
                                .winterMoratorium(moratorium)
                                .temporarySuspensions(suspensions)
                                .minimumDelayAfterService(minimum)
                                .executionNotice(DatedValue.since(
                                        "test/notice",
                                        LocalDate.of(1999, 1, 1),
                                        Delay.workingDays(5),
                                        LegalReference.of("Code judiciaire", "art. 1344quater")))
                                .cpasForwardingDelay(DatedValue.since(
                                        "test/forwarding",
                                        LocalDate.of(2002, 10, 1),
                                        Delay.days(5),
                                        LegalReference.of("Loi organique des CPAS", "art. 58")))
                                .build());
        return required.zip(
                optionalDelays,
                optionalDelays,
                optionalDelays,
                (p, appearance, formalNotice, swl) -> CalendarParameters.builder()
                        .from(p)
                        .appearanceDelay(appearance)
                        .formalNoticeDelay(formalNotice)
                        .swlRehousingDelay(swl)
                        .build());
    }

    /** Commune codes (never an aggregate {@code XY000}). */
    static Gen<NisCode> communes() {
        return SourceDSL.integers()
                .between(11, 93)
                .zip(SourceDSL.integers().between(1, 999), (prefix, suffix) -> NisCode.of(prefix * 1000 + suffix));
    }

    static Gen<CompetenceFacts> competenceFacts() {
        return communes()
                .toOptionals(20)
                .zip(
                        Generate.enumValues(ListedEstablishment.class).toOptionals(50),
                        communes().toOptionals(30),
                        SourceDSL.booleans().all(),
                        (residence, establishment, registered, flag) -> CompetenceFacts.builder()
                                .residenceIn(residence)
                                .establishment(establishment)
                                .registeredAtAdmissionIn(registered)
                                .struckOffBeforeAdmission(flag && registered.isEmpty())
                                .homeless(flag)
                                .build());
    }
}
