package be.accompaniment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.actor.Actor;
import be.accompaniment.actor.ActorDirectory;
import be.accompaniment.actor.ActorId;
import be.accompaniment.actor.ActorKind;
import be.accompaniment.household.Consent;
import be.accompaniment.household.Household;
import be.accompaniment.household.Purpose;
import be.accompaniment.situation.EvictionThreat;
import be.accompaniment.situation.InstitutionExit;
import be.accompaniment.situation.Milestone;
import be.accompaniment.situation.Situation;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The advisor's primitive readings of a household agree with the core model's own definitions: consent with
 * {@link Household#hasConsent}, milestone days with {@link Situation#daysUntil}, the flags a deadline's references are
 * rendered with (read after the advice, from the suggestion's household and situation) with those the rules read while
 * evaluating.
 */
class FactsProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final ActorDirectory DIRECTORY = RulesGenerators.walloniaAndBrussels(DAY, 7);
    private static final List<NisCode> COMMUNES = RulesGenerators.communes(DIRECTORY);
    private static final NisCode ESNEUX = NisCode.of(62032);
    private static final List<Actor> ACTORS = IntStream.rangeClosed(1, 50)
            .filter(n -> n % 3 == 1)
            .mapToObj(FactsProperties::actor)
            .toList();

    /** Households around a day, one in two with a situation of every kind, and a day around it. */
    private static Gen<Object[]> householdsAndDays() {
        Gen<Household> households = Generate.booleans()
                .flatMap(every -> every
                        ? RulesGenerators.householdsWithEveryKindIn(COMMUNES, DAY)
                        : RulesGenerators.householdsIn(COMMUNES, DAY));
        return households.zip(Generate.range(-400, 400), (h, d) -> new Object[] {h, DAY.plusDays(d)});
    }

    /**
     * An actor with an id the generated consents may name ({@code actor-1} to {@code actor-50}). The advisor passes
     * the kind beside the actor, so the actor's own kind is not read.
     */
    private static Actor actor(int n) {
        return Actor.builder()
                .id(ActorId.of("actor-" + n))
                .name("Actor " + n + " (test)")
                .kind(ActorKind.CPAS)
                .territory(Territory.of("t-" + n, List.of(ESNEUX)))
                .seat(ESNEUX)
                .build();
    }

    /** An evaluation context of a household on a day, without referrer or calendar. */
    private static Facts factsOf(Household h, LocalDate on) {
        Facts f = new Facts();
        f.reset(h, h.region(), null, on, null);
        return f;
    }

    @Test
    void consentCoversWhatTheHouseholdsConsentsCover() {
        int[] named = new int[1];
        qt().withExamples(400).forAll(householdsAndDays()).checkAssert(x -> {
            Household h = (Household) x[0];
            LocalDate on = (LocalDate) x[1];
            Facts f = factsOf(h, on);
            for (Consent c : h.consents()) {
                named[0] += c.recipients().isEmpty() ? 0 : 1;
            }
            for (ActorKind kind : ActorKind.values()) {
                for (Purpose purpose : Purpose.values()) {
                    for (Actor a : ACTORS) {
                        assertThat(f.consentCovers(kind.ordinal(), a, purpose))
                                .as("%s, %s for %s on %s", h.id(), a.id(), purpose, on)
                                .isEqualTo(h.hasConsent(kind, a.id(), purpose, on));
                    }
                    boolean everyActorOfKind = h.consents().stream()
                            .anyMatch(c -> c.isActiveOn(on)
                                    && c.purposes().contains(purpose)
                                    && c.recipientKinds().contains(kind));
                    assertThat(f.consentCovers(kind, purpose))
                            .as("%s, every %s for %s on %s", h.id(), kind, purpose, on)
                            .isEqualTo(everyActorOfKind);
                    assertThat(f.consentCovers(kind.ordinal(), purpose)).isEqualTo(everyActorOfKind);
                }
            }
        });
        assertThat(named[0]).as("consents naming their recipients").isPositive();
    }

    @Test
    void milestoneDaysAreEachSituationsOwnHoweverOftenAsked() {
        int[] recorded = new int[1];
        qt().withExamples(400).forAll(householdsAndDays()).checkAssert(x -> {
            Household h = (Household) x[0];
            LocalDate on = (LocalDate) x[1];
            Facts f = factsOf(h, on);
            // every situation twice, the second pass backwards: a day read for one situation is never another's
            List<Situation> situations = new ArrayList<>(h.situations());
            List<Situation> twice = new ArrayList<>(situations);
            Collections.reverse(situations);
            twice.addAll(situations);
            for (Situation s : twice) {
                f.situation(s, s.kind());
                assertThat(f.institution)
                        .isEqualTo(
                                s instanceof InstitutionExit x1
                                        ? x1.institution().ordinal()
                                        : -1);
                for (int round = 0; round < 2; round++) {
                    for (Milestone m : Milestone.values()) {
                        Optional<LocalDate> date = s.milestone(m);
                        assertThat(f.milestoneDay(m))
                                .as("%s, %s of %s", h.id(), m, s.kind())
                                .isEqualTo(date.map(d -> (int) d.toEpochDay()).orElse(Facts.NONE));
                        OptionalLong days = s.daysUntil(m, on);
                        assertThat(f.daysUntil(m)).isEqualTo(days.isPresent() ? (int) days.getAsLong() : Facts.NONE);
                        recorded[0] += date.isPresent() && m != Milestone.OPENED ? 1 : 0;
                    }
                }
            }
        });
        assertThat(recorded[0]).as("milestones recorded besides the opening").isPositive();
    }

    @Test
    void theFlagsOfADeadlinesReferencesAreThoseTheRulesRead() {
        int[] refused = new int[2];
        qt().withExamples(1000).forAll(householdsAndDays()).checkAssert(x -> {
            Household h = (Household) x[0];
            LocalDate on = (LocalDate) x[1];
            Facts f = factsOf(h, on);
            for (Situation s : h.situations()) {
                f.situation(s, s.kind());
                assertThat(Facts.budgetGuidanceRefused(h, s))
                        .as("%s, %s", h.id(), s.kind())
                        .isEqualTo(f.budgetGuidanceRefused());
                assertThat(Facts.socialHousing(h)).isEqualTo(f.socialHousing());
                if (f.budgetGuidanceRefused()) {
                    refused[s instanceof EvictionThreat ? 0 : 1]++;
                }
            }
        });
        assertThat(refused[0]).as("refusals read from the rule's own eviction").isPositive();
        assertThat(refused[1])
                .as("refusals read by a rule of another situation")
                .isPositive();
    }
}
