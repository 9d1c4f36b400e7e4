package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.coordination.PartnerNetwork;
import be.accompaniment.household.Household;
import be.accompaniment.household.Tenure;
import be.accompaniment.rules.calendar.CalendarParameters;
import be.accompaniment.rules.calendar.LegalCalendar;
import be.accompaniment.situation.InstitutionType;
import be.accompaniment.situation.Situation;
import be.accompaniment.situation.SituationKind;
import be.accompaniment.territory.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A rule's guard only ever skips rules that cannot fire: whenever a rule's condition holds, its guard admits the facts
 * and the rule is indexed under the situation's stage. And it does skip: without that, it would be dead weight.
 */
class GuardProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final ActorDirectory DIRECTORY = RulesGenerators.walloniaAndBrussels(DAY, 7);
    private static final Candidates.Index INDEX = new Candidates.Index(DIRECTORY, PartnerNetwork.empty());

    private static CompiledBook compile(Rulebook book) {
        LegalCalendar calendar = LegalCalendar.of(List.of(CalendarParameters.bundled(book.region())));
        return new CompiledBook(book, new CalendarView(calendar, book.region()), INDEX);
    }

    /** Counts of (situation, rule) pairs: the guard skipped, the condition held, the stage index left out. */
    private static int[] check(CompiledBook book, Household h, Actor referrer, LocalDate on) {
        int[] counts = new int[3];
        Facts f = new Facts();
        f.reset(h, h.region(), referrer, on, book.calendar);
        for (Situation s : h.situations()) {
            f.situation(s, s.kind());
            List<CompiledBook.CompiledRule> atStage =
                    List.of(book.byStage[s.kind().ordinal()][f.stage]);
            for (CompiledBook.CompiledRule rule : book.byKind[s.kind().ordinal()]) {
                f.trace.clear();
                boolean holds = rule.when == null || rule.when.test(f);
                boolean admitted = rule.guard.admits(f);
                boolean indexed = atStage.contains(rule);
                assertThat(admitted || !holds)
                        .as("rule %s holds for %s on %s but its guard skips it", rule.rule.id(), h.id(), on)
                        .isTrue();
                assertThat(indexed || !holds)
                        .as("rule %s holds for %s on %s but is not indexed at its stage", rule.rule.id(), h.id(), on)
                        .isTrue();
                // the index and the guard agree: at an indexed stage, the rest of the guard decides alone
                assertThat(admitted).isEqualTo(indexed && rule.guard.admitsAtStage(f));
                counts[0] += admitted ? 0 : 1;
                counts[1] += holds ? 1 : 0;
                counts[2] += indexed ? 0 : 1;
            }
        }
        return counts;
    }

    @Test
    void theBundledRulebooksGuardsNeverSkipARuleThatHolds() {
        List<CompiledBook> books =
                List.of(compile(Rulebook.bundled(Region.WALLONIA)), compile(Rulebook.bundled(Region.BRUSSELS_CAPITAL)));
        int[] total = new int[3];
        qt().withExamples(2000)
                .forAll(Generate.range(0, 3650).flatMap(n -> {
                    LocalDate on = LocalDate.of(2018, 1, 1).plusDays(n);
                    return RulesGenerators.casesIn(DIRECTORY, on).map(c -> new Object[] {on, c});
                }))
                .checkAssert(x -> {
                    LocalDate on = (LocalDate) x[0];
                    Case c = (Case) x[1];
                    for (CompiledBook book : books) {
                        if (book.book.region() == c.household().region()) {
                            int[] counts = check(book, c.household(), c.referrerOrNull(), on);
                            total[0] += counts[0];
                            total[1] += counts[1];
                            total[2] += counts[2];
                        }
                    }
                });
        assertThat(total[0]).as("rules skipped by their guard").isPositive();
        assertThat(total[1]).as("rules that held").isPositive();
        assertThat(total[2]).as("rules the stage index left out").isPositive();
    }

    @Test
    void generatedRulebooksGuardsNeverSkipARuleThatHolds() {
        qt().withExamples(40)
                .forAll(RulesGenerators.rulebooks(), Generate.range(0, 1_000_000))
                .checkAssert((rulebook, seed) -> {
                    CompiledBook book = compile(rulebook);
                    LocalDate on = LocalDate.of(2018, 1, 1).plusDays(seed % 3650);
                    for (Case c : RulesGenerators.batch(DIRECTORY, on, 40, seed)) {
                        check(book, c.household(), c.referrerOrNull(), on);
                    }
                });
    }

    @Test
    void aStageOfAnotherKindOrAReferrerConditionWithoutReferrerNeverAdmits() {
        Guard otherKind = new Guard(SituationKind.INSALUBRITY);
        otherKind.stages(SituationKind.EVICTION_THREAT, -1L);
        Guard referred = new Guard(SituationKind.EVICTION_THREAT);
        referred.referrers(1L << ActorKind.CPAS.ordinal());
        Guard tenants = new Guard(SituationKind.EVICTION_THREAT);
        tenants.tenures(1L << Tenure.PRIVATE_TENANT.ordinal());
        Guard walloon = new Guard(SituationKind.EVICTION_THREAT);
        walloon.regions(1L << Region.WALLONIA.ordinal());

        Facts f = new Facts();
        f.stage = 0;
        f.tenure = Tenure.PRIVATE_TENANT.ordinal();
        f.region = Region.WALLONIA.ordinal();
        f.referrerKind = -1;
        assertThat(otherKind.admits(f)).isFalse();
        assertThat(referred.admits(f)).isFalse();
        assertThat(tenants.admits(f)).isTrue();
        assertThat(walloon.admits(f)).isTrue();
        assertThat(new Guard(SituationKind.EVICTION_THREAT).admits(f)).isTrue();

        f.referrerKind = ActorKind.CPAS.ordinal();
        assertThat(referred.admits(f)).isTrue();
        f.referrerKind = ActorKind.AIS.ordinal();
        assertThat(referred.admits(f)).isFalse();
        f.tenure = Tenure.SOCIAL_TENANT.ordinal();
        assertThat(tenants.admits(f)).isFalse();
        f.region = Region.BRUSSELS_CAPITAL.ordinal();
        assertThat(walloon.admits(f)).isFalse();
    }

    @Test
    void anInstitutionConditionNarrowsOnlyTheRulesOfInstitutionExits() {
        long prison = 1L << InstitutionType.PRISON.ordinal();
        Guard exits = new Guard(SituationKind.INSTITUTION_EXIT);
        exits.institutions(prison);
        Guard evictions = new Guard(SituationKind.EVICTION_THREAT);
        evictions.institutions(prison);

        Facts f = new Facts();
        f.tenure = Tenure.PRIVATE_TENANT.ordinal();
        f.region = Region.WALLONIA.ordinal();
        f.referrerKind = -1;
        f.institution = InstitutionType.PRISON.ordinal();
        assertThat(exits.admits(f)).isTrue();
        f.institution = InstitutionType.PSYCHIATRIC_HOSPITAL.ordinal();
        assertThat(exits.admits(f)).isFalse();
        assertThat(exits.admitsAtStage(f)).isFalse();
        // an eviction rule reads the household's first exit, unknown to the guard: it stays admitted
        assertThat(evictions.admits(f)).isTrue();
        f.institution = -1;
        assertThat(evictions.admits(f)).isTrue();
    }

    @Test
    void aStageIsAdmittedOnlyInTheMaskOfTheRulesOwnKind() {
        Guard evictions = new Guard(SituationKind.EVICTION_THREAT);
        evictions.stages(SituationKind.EVICTION_THREAT, 1L << 3);
        assertThat(evictions.admitsStage(3)).isTrue();
        assertThat(evictions.admitsStage(2)).isFalse();
        assertThat(new Guard(SituationKind.EVICTION_THREAT).admitsStage(5)).isTrue();
    }
}
