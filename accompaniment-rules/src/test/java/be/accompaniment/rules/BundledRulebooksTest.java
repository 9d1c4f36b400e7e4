package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Purpose;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.law.DatedValue;
import be.accompaniment.law.LegalReference;
import be.accompaniment.measure.MeasureKind;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.TemporarySuspension;
import be.accompaniment.territory.Region;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled rulebooks ({@code rulebooks/wallonia.json}, {@code rulebooks/brussels-capital.json}) as data: what the
 * strict reader cannot check — that they carry the region's bundled calendar, target actors that exist in the region,
 * state their unverified values, and that every rule version has a case file that makes it fire.
 */
class BundledRulebooksTest {
    private static Rulebook book(Region region) {
        return Rulebook.bundled(region);
    }

    private static String fileName(Region region) {
        return region.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void isTheBookOfItsRegionWithTheRegionsBundledCalendar(Region region) {
        Rulebook book = book(region);

        assertThat(book.id()).isEqualTo(fileName(region));
        assertThat(book.region()).isEqualTo(region);
        assertThat(book.calendar()).contains(CalendarParameters.bundled(region));
        assertThat(book.rules()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void targetsOnlyKindsOfActorsThatExistInTheRegion(Region region) {
        for (Rule rule : book(region).rules()) {
            for (SuggestionTemplate t : rule.suggest()) {
                t.actorKind()
                        .ifPresent(kind -> assertThat(kind.existsIn(region))
                                .as("%s targets %s in %s", rule.id(), kind, region)
                                .isTrue());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void sharesDataOnlyForReferralsAndCandidateFilesOnlyWithRentalAgencies(Region region) {
        Set<MeasureKind> informationOnly = EnumSet.of(
                MeasureKind.LEGAL_AID,
                MeasureKind.CONCILIATION,
                MeasureKind.SOCIAL_HOUSING_APPLICATION,
                MeasureKind.REHOUSING_ALLOWANCE);
        for (Rule rule : book(region).rules()) {
            for (SuggestionTemplate t : rule.suggest()) {
                if (informationOnly.contains(t.measure())) {
                    assertThat(t.sharesData())
                            .as("%s: %s is a step the household takes itself", rule.id(), t.measure())
                            .isFalse();
                }
                if (t.sharesData() && t.purpose() == Purpose.CANDIDATE_FILE_SHARING) {
                    assertThat(t.actorKind())
                            .as("%s: candidate files go to social rental agencies", rule.id())
                            .contains(ActorKind.AIS);
                }
                if (t.sharesData()) {
                    assertThat(t.purpose()).isIn(Purpose.REFERRAL, Purpose.CANDIDATE_FILE_SHARING);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void labelsAreShortAndEveryRuleHasItsOwn(Region region) {
        Map<String, String> frenchLabelToId = new HashMap<>();
        for (Rule rule : book(region).rules()) {
            for (String label : List.of(
                    rule.labels().fr(),
                    rule.labels().nl(),
                    rule.labels().de(),
                    rule.labels().en())) {
                assertThat(label).as("label of %s", rule.id()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            }
            String other = frenchLabelToId.putIfAbsent(rule.labels().fr(), rule.id());
            assertThat(other == null || other.equals(rule.id()))
                    .as("%s has the label of %s", rule.id(), other)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void everyUnverifiedReferenceSaysWhatIsUnverified(Region region) {
        for (LegalReference ref : references(book(region))) {
            if (!ref.verified()) {
                assertThat(ref.title())
                        .as("unverified reference %s", ref.citation())
                        .containsAnyOf("unverified", "check for");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void everyDatedValueHoldsFromItsFirstDayToItsLastAndNotTheDayBefore(Region region) {
        Rulebook book = book(region);
        for (DatedValue<?> values : datedValues(book)) {
            List<? extends DatedValue.Step<?>> steps = values.steps();
            for (int i = 0; i < steps.size(); i++) {
                DatedValue.Step<?> step = steps.get(i);
                LocalDate first = step.from();
                LocalDate last = i + 1 < steps.size() ? steps.get(i + 1).from().minusDays(1) : book.lastReviewedOn();
                Optional<?> before =
                        i == 0 ? Optional.empty() : steps.get(i - 1).value();
                assertThat(first)
                        .as("%s starts before the review date", values.name())
                        .isBefore(last.plusDays(1));
                assertThat(values.valueOn(first.minusDays(1)))
                        .as("%s on the day before %s", values.name(), first)
                        .isEqualTo(before);
                assertThat(values.valueOn(first))
                        .as("%s on %s", values.name(), first)
                        .isEqualTo(step.value());
                assertThat(values.valueOn(last))
                        .as("%s on %s", values.name(), last)
                        .isEqualTo(step.value());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Region.class,
            names = {"WALLONIA", "BRUSSELS_CAPITAL"})
    void everyRuleVersionFiresInACaseWithinItsValidity(Region region) {
        Rulebook book = book(region);
        List<JsonNode> cases = cases(book.id());
        for (Rule rule : book.rules()) {
            boolean covered = cases.stream()
                    .anyMatch(c ->
                            rule.validity().contains(LocalDate.parse(c.get("on").asText())) && fires(c, rule.id()));
            assertThat(covered)
                    .as("a case of cases/%s/ where %s %s fires", book.id(), rule.id(), rule.validity())
                    .isTrue();
        }
    }

    @Test
    void walloonParametersHoldTheValuesOfTheirSources() {
        Rulebook book = book(Region.WALLONIA);
        LocalDate on = LocalDate.of(2023, 1, 1);

        IncomeCeiling adel =
                book.parameters().get("adel-income-ceiling").asIncomeCeiling().inForceOn(on);

        assertThat(adel.basis()).isEqualTo(IncomeBasis.YEARLY);
        assertThat(adel.singleCents()).isEqualTo(1_550_000L);
        assertThat(adel.coupleCents()).isEqualTo(2_120_000L);
        assertThat(adel.perDependantCents()).isEqualTo(290_000L);
        assertThat(book.parameters()
                        .get("adel-moving-allowance")
                        .asAmountCents()
                        .inForceOn(on))
                .isEqualTo(40_000L);
        assertThat(book.parameters()
                        .get("adel-monthly-rent-allowance-cap")
                        .asAmountCents()
                        .inForceOn(on))
                .isEqualTo(10_000L);
        assertThat(book.parameters().values())
                .allSatisfy(p -> assertThat(p.values().steps())
                        .allSatisfy(s -> assertThat(s.reference().verified())
                                .as("%s: the 2023 ADeL values await a check for a later reform", p.name())
                                .isFalse()));
    }

    @Test
    void brusselsDelaysNeverEndAfterTheLegalMonths() {
        Rulebook book = book(Region.BRUSSELS_CAPITAL);

        // one month to pay after the formal demand: 28 days is the shortest month
        assertThat(book.parameters().get("formal-notice-payment-days").asDays().inForceOn(LocalDate.of(2023, 9, 1)))
                .isEqualTo(28);
        // three months to ask for the rehousing allowance: 89 days is the shortest three months
        assertThat(book.parameters()
                        .get("rehousing-allowance-request-days")
                        .asDays()
                        .inForceOn(LocalDate.of(2014, 1, 1)))
                .isEqualTo(89);
    }

    @Test
    void thePlanHpRuleEndsWithTheExtendedConvention() {
        Rule planHp = book(Region.WALLONIA).rules().stream()
                .filter(r -> r.id().equals("permanent-habitat-plan-hp"))
                .findFirst()
                .orElseThrow();

        assertThat(planHp.validity().until()).contains(LocalDate.of(2026, 12, 31));
    }

    private static boolean fires(JsonNode c, String ruleId) {
        for (String field : List.of("expect", "includes")) {
            if (c.has(field)) {
                for (JsonNode s : c.get(field)) {
                    if (s.get("rule").asText().equals(ruleId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<JsonNode> cases(String bookId) {
        try {
            Path dir = Path.of(
                    BundledRulebooksTest.class.getResource("cases/" + bookId).toURI());
            List<JsonNode> cases = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> !p.getFileName().toString().endsWith("directory.json"))
                        .sorted()
                        .collect(Collectors.toList())) {
                    JsonNode root = AccompanimentJson.mapper().readTree(Files.readString(file));
                    assertThat(root.get("rulebook").asText())
                            .as("rulebook of %s", file)
                            .isEqualTo(bookId);
                    root.get("cases").forEach(cases::add);
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DatedValue<?>> datedValues(Rulebook book) {
        List<DatedValue<?>> all = new ArrayList<>();
        book.parameters().values().forEach(p -> all.add(p.values()));
        CalendarParameters c = book.calendar().orElseThrow();
        all.add(c.winterMoratorium());
        all.add(c.minimumDelayAfterService());
        all.add(c.executionNotice());
        all.add(c.cpasForwardingDelay());
        c.appearanceDelay().ifPresent(all::add);
        c.formalNoticeDelay().ifPresent(all::add);
        c.swlRehousingDelay().ifPresent(all::add);
        return all;
    }

    private static List<LegalReference> references(Rulebook book) {
        List<LegalReference> refs = new ArrayList<>();
        book.rules().forEach(r -> refs.addAll(r.references()));
        for (DatedValue<?> values : datedValues(book)) {
            values.steps().forEach(s -> refs.add(s.reference()));
        }
        book.calendar().orElseThrow().temporarySuspensions().stream()
                .map(TemporarySuspension::reference)
                .forEach(refs::add);
        return refs;
    }
}
