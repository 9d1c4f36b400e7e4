package be.accompaniment.rules.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.i18n.Language;
import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;

/** Platform health over generated platforms. */
class PlatformHealthProperties {
    @Test
    void eachFindingCrossesItsThreshold() {
        qt().withExamples(500)
                .forAll(CoordinationAnalysisGenerators.assessedPlatforms(), CoordinationAnalysisGenerators.thresholds())
                .checkAssert((a, thresholds) -> {
                    PlatformHealth h = PlatformHealthAssessor.of(thresholds).assess(a.platform(), a.on());
                    assertThat(h.thresholds()).isEqualTo(thresholds);
                    for (HealthFinding f : h.findings()) {
                        switch (f.kind()) {
                            case TOO_FEW_MEMBERS, LOW_ATTENDANCE, FEW_TASKS, NO_RESOURCE_PERSON ->
                                assertThat(f.figure()).isLessThan(f.threshold());
                            case ABSENT_MEMBERS,
                                    MEETINGS_TOO_FAR_APART,
                                    NO_RECENT_MEETING,
                                    MEETINGS_WITHOUT_OBJECTIVES,
                                    TASKS_CONCENTRATED,
                                    TASKS_CARRIED_BY_TWO ->
                                assertThat(f.figure()).isGreaterThan(f.threshold());
                            default -> assertThat(f.figure()).isZero();
                        }
                    }
                });
    }

    @Test
    void figuresAgreeWithFindings() {
        qt().withExamples(500)
                .forAll(CoordinationAnalysisGenerators.assessedPlatforms())
                .checkAssert(a -> {
                    HealthThresholds t = HealthThresholds.defaults();
                    PlatformHealth h = PlatformHealthAssessor.withDefaults().assess(a.platform(), a.on());
                    assertThat(h.finding(HealthFindingKind.TOO_FEW_MEMBERS).isPresent())
                            .isEqualTo(h.currentMembers() < t.minMembers());
                    assertThat(h.finding(HealthFindingKind.NO_PILOT).isPresent())
                            .isEqualTo(a.platform().pilot().isEmpty()
                                    || !a.platform()
                                            .isMemberOn(a.platform().pilot().get(), a.on()));
                    assertThat(h.finding(HealthFindingKind.NO_PRIORITY_THEMES).isPresent())
                            .isEqualTo(a.platform().themes().isEmpty());
                    assertThat(h.finding(HealthFindingKind.LOW_ATTENDANCE).isPresent())
                            .isEqualTo(h.attendanceRate()
                                    .map(r -> r < t.minAttendanceRate())
                                    .orElse(false));
                    assertThat(h.finding(HealthFindingKind.FEW_TASKS).isPresent())
                            .isEqualTo(h.tasksConsidered() < t.minTasks());
                    assertThat(h.meetingsConsidered()).isLessThanOrEqualTo(t.meetingsConsidered());
                    assertThat(h.isHealthy()).isEqualTo(h.findings().isEmpty());
                    h.topTwoShare()
                            .ifPresent(top -> assertThat(top)
                                    .isGreaterThanOrEqualTo(
                                            h.taskConcentration().orElseThrow()));
                });
    }

    @Test
    void theSamePlatformAndDayGiveTheSameHealth() {
        qt().withExamples(200)
                .forAll(CoordinationAnalysisGenerators.assessedPlatforms())
                .checkAssert(
                        a -> assertThat(PlatformHealthAssessor.withDefaults().assess(a.platform(), a.on()))
                                .isEqualTo(PlatformHealthAssessor.withDefaults().assess(a.platform(), a.on())));
    }

    @Test
    void reportsEveryFindingInEveryLanguage() {
        qt().withExamples(200).forAll(CoordinationAnalysisGenerators.healths()).checkAssert(h -> {
            for (Language language : Language.values()) {
                String report = h.report(language);
                assertThat(report).doesNotContain("{").endsWith("\n");
                assertThat(report.lines().count())
                        .isEqualTo(2 + (h.isHealthy() ? 1 : 2L * h.findings().size()));
            }
        });
    }

    @Test
    void roundTripsThroughJson() {
        qt().withExamples(300)
                .forAll(CoordinationAnalysisGenerators.healths())
                .checkAssert(h -> assertThat(AccompanimentJson.read(AccompanimentJson.write(h), PlatformHealth.class))
                        .isEqualTo(h));
    }
}
