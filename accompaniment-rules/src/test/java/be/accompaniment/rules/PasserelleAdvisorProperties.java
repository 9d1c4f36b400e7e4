package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.NoRuleInForceException;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Tenure;
import be.accompaniment.passerelle.ConsentStatus;
import be.accompaniment.passerelle.Passerelle;
import be.accompaniment.passerelle.PasserelleId;
import be.accompaniment.passerelle.PasserelleStatus;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.Situation;
import be.accompaniment.territory.Region;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PasserelleAdvisorProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final ActorDirectory DIRECTORY = RulesGenerators.walloniaAndBrussels(DAY, 7);
    private static final PasserelleAdvisor TEST_BOOK =
            PasserelleAdvisor.compile(RulesFixtures.testRulebook(), DIRECTORY);

    /** Dates around which households are generated, and the as-of date, a few weeks apart at most. */
    private static Gen<LocalDate> asOfDays() {
        return Generate.range(0, 3650).map(n -> LocalDate.of(2018, 1, 1).plusDays(n));
    }

    private static Gen<Case> cases(LocalDate on) {
        return RulesGenerators.casesIn(DIRECTORY, on);
    }

    private static Gen<Object[]> dayAndCase() {
        return asOfDays().flatMap(d -> cases(d).map(c -> new Object[] {d, c}));
    }

    private static Advice advise(PasserelleAdvisor advisor, Case c, LocalDate on) {
        return c.referrer().isPresent()
                ? advisor.advise(c.household(), c.referrer().get(), on)
                : advisor.advise(c.household(), on);
    }

    @Test
    void theAdvisorIsDeterministic() {
        qt().withExamples(300).forAll(dayAndCase()).checkAssert(x -> {
            LocalDate on = (LocalDate) x[0];
            Case c = (Case) x[1];
            Advice first = advise(TEST_BOOK, c, on);
            Advice second = advise(TEST_BOOK, c, on);
            assertThat(second).isEqualTo(first);
            assertThat(second.toJson(be.accompaniment.i18n.Language.EN))
                    .isEqualTo(first.toJson(be.accompaniment.i18n.Language.EN));
        });
    }

    @Test
    void everySuggestionObeysTheInvariants() {
        qt().withExamples(500).forAll(dayAndCase()).checkAssert(x -> {
            LocalDate on = (LocalDate) x[0];
            Case c = (Case) x[1];
            checkInvariants(TEST_BOOK, c, on, advise(TEST_BOOK, c, on));
        });
    }

    @Test
    void generatedRulebooksObeyTheInvariants() {
        qt().withExamples(25)
                .forAll(RulesGenerators.rulebooks(), Generate.range(0, 1_000_000))
                .checkAssert((book, seed) -> {
                    PasserelleAdvisor advisor = PasserelleAdvisor.compile(book, DIRECTORY);
                    LocalDate on = LocalDate.of(2018, 1, 1).plusDays(seed % 3650);
                    for (Case c : RulesGenerators.batch(DIRECTORY, on, 40, seed)) {
                        Advice advice = advise(advisor, c, on);
                        checkInvariants(advisor, c, on, advice);
                        assertThat(advise(advisor, c, on)).isEqualTo(advice);
                        checkScreening(screen(advisor, c, on), advice);
                    }
                });
    }

    private static Screening screen(PasserelleAdvisor advisor, Case c, LocalDate on) {
        return c.referrer().isPresent()
                ? advisor.screen(c.household(), c.referrer().get(), on)
                : advisor.screen(c.household(), on);
    }

    @Test
    void screeningFiresTheRulesOfTheAdvice() {
        PasserelleAdvisor bundled = PasserelleAdvisor.compile(
                List.of(Rulebook.bundled(Region.WALLONIA), Rulebook.bundled(Region.BRUSSELS_CAPITAL)),
                DIRECTORY,
                PartnerNetwork.empty());
        qt().withExamples(300).forAll(dayAndCase()).checkAssert(x -> {
            LocalDate on = (LocalDate) x[0];
            Case c = (Case) x[1];
            for (PasserelleAdvisor advisor : List.of(TEST_BOOK, bundled)) {
                checkScreening(screen(advisor, c, on), advise(advisor, c, on));
            }
        });
    }

    /** A screening names each rule of the advice's suggestions once, in id order, and no other. */
    private static void checkScreening(Screening screening, Advice advice) {
        List<String> fired = advice.suggestions().stream()
                .map(Suggestion::ruleId)
                .distinct()
                .sorted()
                .toList();
        assertThat(screening.ruleIds()).isEqualTo(fired);
        assertThat(screening.household()).isEqualTo(advice.household());
        assertThat(screening.asOf()).isEqualTo(advice.asOf());
        assertThat(screening.rulebookId()).isEqualTo(advice.rulebookId());
        assertThat(screening.count()).isEqualTo(fired.size());
        assertThat(screening.isEmpty()).isEqualTo(advice.isEmpty());
        fired.forEach(id -> assertThat(screening.fires(id)).isTrue());
    }

    private static void checkInvariants(PasserelleAdvisor advisor, Case c, LocalDate on, Advice advice) {
        Household h = c.household();
        assertThat(advice.household()).isEqualTo(h.id());
        if (h.situations().isEmpty()) {
            assertThat(advice.isEmpty()).isTrue();
        }
        List<Suggestion> list = advice.suggestions();
        for (Suggestion s : list) {
            // never outside its validity
            assertThat(s.rule().isValidOn(on))
                    .as("rule %s valid on %s", s.ruleId(), on)
                    .isTrue();
            assertThat(s.rule().situation()).isEqualTo(s.situationKind());
            // never an actor that does not serve the commune searched, which is the household's unless the
            // template asks for the competent CPAS
            if (!s.template().competentCpas()) {
                assertThat(s.commune()).isEqualTo(h.commune());
            }
            for (TargetActor t : s.targets()) {
                assertThat(t.actor().serves(s.commune()))
                        .as("%s serves %s", t.actor().id(), s.commune())
                        .isTrue();
                s.template()
                        .actorKind()
                        .ifPresent(k -> assertThat(t.actor().kind()).isEqualTo(k));
                s.template()
                        .service()
                        .ifPresent(v -> assertThat(t.actor().offers(v)).isTrue());
                c.referrer().ifPresent(r -> assertThat(t.actor().id()).isNotEqualTo(r.id()));
            }
            assertThat(s.unresolved()).isEqualTo(s.targets().isEmpty());
            // never an eviction date inside a moratorium that applies
            s.deadline()
                    .filter(DueDate::isEvictionDate)
                    .ifPresent(d -> assertThat(protectedOn(advisor.calendar(), d.on(), h, s))
                            .as("eviction date %s of %s inside a moratorium", d.on(), s.ruleId())
                            .isFalse());
            s.deadline().ifPresent(d -> assertThat(d.isOverdue()).isEqualTo(d.on().isBefore(on)));
            // never data sharing without consent
            if (!s.sharesData()) {
                assertThat(s.consent()).isEqualTo(ConsentStatus.NOT_REQUIRED);
            } else if (s.consent() == ConsentStatus.GIVEN) {
                s.bestTarget()
                        .ifPresent(t -> assertThat(
                                        h.hasConsent(t.actor().kind(), t.actor().id(), s.purpose(), on))
                                .isTrue());
            } else {
                assertThat(s.consent()).isEqualTo(ConsentStatus.MISSING);
                s.bestTarget()
                        .ifPresent(t -> assertThat(
                                        h.hasConsent(t.actor().kind(), t.actor().id(), s.purpose(), on))
                                .isFalse());
            }
            if (c.referrer().isPresent() && !s.unresolved()) {
                Passerelle p = s.toPasserelle(PasserelleId.of("p-1"));
                assertThat(p.status())
                        .isEqualTo(
                                s.consent() == ConsentStatus.MISSING
                                        ? PasserelleStatus.DRAFT
                                        : PasserelleStatus.REQUESTED);
                assertThat(p.consent()).isEqualTo(s.consent());
            }
            assertThat(s.conditions())
                    .allSatisfy(held -> assertThat(held.text()).isNotBlank());
            assertThat(s.references()).isNotEmpty();
        }
        // the ranking is a total order, and the list is sorted by it
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < list.size(); j++) {
                int ab = PasserelleAdvisor.compare(list.get(i), list.get(j));
                int ba = PasserelleAdvisor.compare(list.get(j), list.get(i));
                assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(ba));
                assertThat(ab == 0).isEqualTo(i == j);
                if (i < j) {
                    assertThat(ab).isNegative();
                }
            }
        }
        // urgency first, then the deadline, earliest first and none last
        for (int i = 1; i < list.size(); i++) {
            Suggestion before = list.get(i - 1);
            Suggestion after = list.get(i);
            assertThat(before.urgency()).isLessThanOrEqualTo(after.urgency());
            if (before.urgency() == after.urgency() && after.deadlineOn().isPresent()) {
                assertThat(before.deadlineOn())
                        .hasValueSatisfying(d -> assertThat(d)
                                .isBeforeOrEqualTo(after.deadlineOn().get()));
            }
        }
    }

    private static boolean protectedOn(LegalCalendar calendar, LocalDate day, Household h, Suggestion s) {
        boolean refused = h.situations().stream()
                .filter(EvictionThreat.class::isInstance)
                .map(EvictionThreat.class::cast)
                .findFirst()
                .map(EvictionThreat::budgetGuidanceRefused)
                .orElse(false);
        if (s.situation() instanceof EvictionThreat e) {
            refused = e.budgetGuidanceRefused();
        }
        try {
            return calendar.isInsideApplicableMoratorium(day, h.region(), h.tenure() == Tenure.SOCIAL_TENANT, refused);
        } catch (NoRuleInForceException e) {
            return false;
        }
    }

    @Test
    void theRankingIsStableUnderPermutationOfSituationsAndRules() {
        Rulebook book = RulesFixtures.testRulebook();
        Rulebook reversed =
                Rulebook.builder().from(book).rules(Lists.reverse(book.rules())).build();
        PasserelleAdvisor other = PasserelleAdvisor.compile(reversed, DIRECTORY);
        qt().withExamples(300).forAll(dayAndCase()).checkAssert(x -> {
            LocalDate on = (LocalDate) x[0];
            Case c = (Case) x[1];
            List<Situation> situations = new ArrayList<>(c.household().situations());
            Collections.reverse(situations);
            Household permuted = Household.builder()
                    .from(c.household())
                    .situations(situations)
                    .build();
            Case p = c.referrer().isPresent() ? Case.of(permuted, c.referrer().get()) : Case.of(permuted);
            assertThat(projection(advise(other, p, on))).isEqualTo(projection(advise(TEST_BOOK, c, on)));
        });
    }

    /** What a suggestion says, without the position of its situation in the household. */
    private static List<String> projection(Advice advice) {
        return advice.suggestions().stream()
                .map(s -> s.ruleId() + "#" + s.templateIndex() + " " + s.situation() + " " + s.deadlineOn() + " "
                        + s.targets() + " " + s.consent() + " " + s.conditions())
                .toList();
    }

    @Test
    void aBatchOfAnySizeGivesTheAdviceOfEachHouseholdInIdOrder() {
        // sizes below, at and across the blocks the batch is read ahead in, sequentially and in parallel
        qt().withExamples(60)
                .forAll(Generate.range(0, 3 * ReadAhead.BLOCK + 1), Generate.range(0, 1_000_000), Generate.booleans())
                .checkAssert((size, seed, parallel) -> {
                    List<Case> batch = RulesGenerators.batch(DIRECTORY, DAY, size, seed);
                    List<Advice> expected = batch.stream()
                            .map(c -> advise(TEST_BOOK, c, DAY))
                            .sorted(Comparator.comparing(Advice::household))
                            .toList();
                    assertThat(TEST_BOOK.adviseAll(batch, DAY, parallel)).isEqualTo(expected);
                });
    }

    @Test
    void aBatchGivesTheSameAdvicesWhateverTheInputOrder() {
        // more cases than one slice of a parallel batch; ids distinct, as equal ids keep the input order
        Set<HouseholdId> seen = new HashSet<>();
        List<Case> batch = RulesGenerators.batch(DIRECTORY, DAY, 1500, 11).stream()
                .filter(c -> seen.add(c.household().id()))
                .toList();
        List<Case> shuffled = new ArrayList<>(batch);
        Collections.shuffle(shuffled, new Random(3));
        ImmutableList<Advice> sequential = TEST_BOOK.adviseAll(batch, DAY, false);
        assertThat(TEST_BOOK.adviseAll(shuffled, DAY, true)).isEqualTo(sequential);
        assertThat(sequential).hasSize(batch.size()).hasSizeGreaterThan(1000);
        // the batch is not vacuous: every rule in force fires somewhere, with every consent status
        assertThat(sequential.stream().flatMap(a -> a.suggestions().stream()).map(Suggestion::ruleId))
                .contains(
                        "eviction-cpas-contact",
                        "eviction-rehousing-search",
                        "eviction-school-support",
                        "insalubrity-adel",
                        "release-competent-cpas",
                        "arrears-budget-guidance");
        assertThat(sequential.stream().flatMap(a -> a.suggestions().stream()).map(Suggestion::consent))
                .contains(ConsentStatus.GIVEN, ConsentStatus.MISSING, ConsentStatus.NOT_REQUIRED);
        assertThat(sequential.stream()
                        .flatMap(a -> a.suggestions().stream())
                        .filter(s ->
                                s.deadline().filter(DueDate::isEvictionDate).isPresent()))
                .isNotEmpty();
        assertThat(sequential)
                .isSortedAccordingTo(
                        (a, b) -> a.household().value().compareTo(b.household().value()));
    }
}
