package be.accompaniment.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import be.accompaniment.testing.SituationGenerators;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SituationProperties {
    @Test
    void everySituationSurvivesAJsonRoundTripThroughItsKindTag() {
        qt().forAll(SituationGenerators.situations()).checkAssert(s -> {
            String json = AccompanimentJson.write(s);
            assertThat(json).startsWith("{\"kind\":\"" + s.kind().code() + "\"");
            assertThat(AccompanimentJson.read(json, Situation.class)).isEqualTo(s);
            assertThat(AccompanimentJson.read(json, s.kind().type())).isEqualTo(s);
        });
    }

    @Test
    void aSituationIsOfTheTypeOfItsKind() {
        qt().forAll(SituationGenerators.situations())
                .checkAssert(s -> assertThat(s.kind().type().isInstance(s)).isTrue());
    }

    @Test
    void theStageIsOneOfTheStagesOfTheKind() {
        qt().forAll(SituationGenerators.situations()).checkAssert(s -> {
            assertThat(s.stage().kind()).isEqualTo(s.kind());
            assertThat(s.kind().stages()).contains(s.stage());
        });
    }

    @Test
    void milestonesAreOfTheKindInOrderAndStartWithOpened() {
        qt().forAll(SituationGenerators.situations()).checkAssert(s -> {
            assertThat(s.kind().milestones()).containsAll(s.milestones().keySet());
            assertThat(new ArrayList<>(s.milestones().keySet()))
                    .isSortedAccordingTo(Enum::compareTo)
                    .first()
                    .isEqualTo(Milestone.OPENED);
            assertThat(s.milestone(Milestone.OPENED)).contains(s.openedOn());
        });
    }

    @Test
    void daysUntilAMilestoneCountFromTheGivenDay() {
        qt().forAll(SituationGenerators.situations(), SituationGenerators.days())
                .checkAssert((s, on) -> {
                    for (Map.Entry<Milestone, LocalDate> e : s.milestones().entrySet()) {
                        assertThat(s.daysUntil(e.getKey(), on)).hasValue(ChronoUnit.DAYS.between(on, e.getValue()));
                    }
                });
    }

    @Test
    void outcomesAreOutcomesOfTheKind() {
        qt().forAll(SituationGenerators.situations())
                .checkAssert(s -> assertThat(s.kind().outcomes()).containsAll(s.outcomes()));
    }

    @Test
    void ethosLightIsThatOfTheEthosCategoryOrNone() {
        qt().forAll(SituationGenerators.situations()).checkAssert(s -> {
            if (s.ethosLight().isPresent()) {
                assertThat(s.ethosLight()).isEqualTo(s.ethos().light());
            }
        });
    }

    @Test
    void evictionMilestonesOutOfLegalOrderAreRejectedNamingTheField() {
        qt().forAll(SituationGenerators.evictionThreatsWithMilestonesOutOfOrder())
                .checkAssert(o -> assertThatThrownBy(o.broken::build)
                        .isInstanceOf(InvalidInputException.class)
                        .satisfies(e -> assertThat(((InvalidInputException) e).where())
                                .isEqualTo("eviction threat opened " + o.valid.openedOn() + ": " + o.field))
                        .hasMessageContaining("must not be before"));
    }

    @Test
    void generatorsReachEveryStageOfEveryKind() {
        Map<SituationKind, Set<SituationStage>> seen = new EnumMap<>(SituationKind.class);
        qt().withExamples(3000)
                .forAll(SituationGenerators.situations())
                .checkAssert(s -> seen.computeIfAbsent(s.kind(), k -> new java.util.HashSet<>())
                        .add(s.stage()));
        assertThat(seen.keySet()).isEqualTo(EnumSet.allOf(SituationKind.class));
        seen.forEach((kind, stages) -> assertThat(stages).as(kind.code()).containsAll(kind.stages()));
    }
}
