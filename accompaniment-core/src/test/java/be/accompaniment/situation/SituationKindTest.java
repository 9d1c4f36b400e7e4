package be.accompaniment.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.json.AccompanimentJson;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SituationKindTest {
    @Nested
    class Parse {
        @Test
        void readsTheCodeOrTheConstantName() {
            assertThat(SituationKind.parse("eviction-threat")).isEqualTo(SituationKind.EVICTION_THREAT);
            assertThat(SituationKind.parse("EVICTION_THREAT")).isEqualTo(SituationKind.EVICTION_THREAT);
        }

        @Test
        void rejectsAnUnknownKindListingTheCodes() {
            assertThatThrownBy(() -> SituationKind.parse("eviction"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("situation kind: unknown value \"eviction\"; expected one of [eviction-threat, "
                            + "insalubrity, institution-exit, homelessness, permanent-habitat, rent-arrears, "
                            + "family-rupture]");
        }

        @ParameterizedTest
        @EnumSource(SituationKind.class)
        void readsItsOwnCode(SituationKind kind) {
            assertThat(SituationKind.parse(kind.code())).isEqualTo(kind);
            assertThat(kind.code()).isEqualTo(kind.name().toLowerCase().replace('_', '-'));
        }
    }

    @Nested
    class Json {
        @Test
        void isWrittenByNameAndReadByNameOrCode() {
            assertThat(AccompanimentJson.write(SituationKind.PERMANENT_HABITAT)).isEqualTo("\"PERMANENT_HABITAT\"");
            assertThat(AccompanimentJson.read("\"permanent-habitat\"", SituationKind.class))
                    .isEqualTo(SituationKind.PERMANENT_HABITAT);
            assertThat(AccompanimentJson.read("\"PERMANENT_HABITAT\"", SituationKind.class))
                    .isEqualTo(SituationKind.PERMANENT_HABITAT);
        }

        @Test
        void worksAsAMapKey() {
            Map<SituationKind, Integer> map = Map.of(SituationKind.RENT_ARREARS, 3);
            String json = AccompanimentJson.write(map);
            assertThat(json).isEqualTo("{\"RENT_ARREARS\":3}");
            assertThat(AccompanimentJson.read(json, new TypeReference<Map<SituationKind, Integer>>() {}))
                    .isEqualTo(map);
        }

        @Test
        void rejectsAnUnknownKindWithThePath() {
            assertThatThrownBy(() -> AccompanimentJson.read(
                            "[\"evicted\"]", new TypeReference<java.util.List<SituationKind>>() {}))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("$[0]: situation kind: unknown value \"evicted\"");
        }
    }

    @ParameterizedTest
    @EnumSource(SituationKind.class)
    void listsStagesOfItsOwnKindAndResolvesThemByName(SituationKind kind) {
        assertThat(kind.stages())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.kind()).isEqualTo(kind));
        for (SituationStage s : kind.stages()) {
            assertThat(kind.stage(s.name())).contains(s);
        }
        assertThat(kind.stage("NO_SUCH_STAGE")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SituationKind.class)
    void listsMilestonesStartingWithOpened(SituationKind kind) {
        assertThat(kind.milestones()).first().isEqualTo(Milestone.OPENED);
    }

    @Test
    void hasOutcomesOnlyForInsalubrity() {
        for (SituationKind kind : SituationKind.values()) {
            assertThat(kind.outcomes().isEmpty()).isEqualTo(kind != SituationKind.INSALUBRITY);
        }
        assertThat(SituationKind.INSALUBRITY.outcome("INTERDICTION_IMMEDIATE"))
                .contains(BrusselsInspectionOutcome.INTERDICTION_IMMEDIATE);
        assertThat(SituationKind.INSALUBRITY.outcome("OVERCROWDED")).contains(InsalubrityFinding.OVERCROWDED);
        assertThat(SituationKind.EVICTION_THREAT.outcome("OVERCROWDED")).isEmpty();
    }

    @Test
    void namesOutcomesUniquelySoThatRulebooksNeedNoEnumName() {
        var names = SituationKind.INSALUBRITY.outcomes().stream()
                .map(SituationOutcome::name)
                .collect(Collectors.toList());
        assertThat(names).doesNotHaveDuplicates();
        assertThat(SituationKind.INSALUBRITY.outcomes())
                .allSatisfy(o -> assertThat(o.kind()).isEqualTo(SituationKind.INSALUBRITY));
    }

    @Test
    void onlyInstitutionExitsAndFamilyRupturesConcernOneMember() {
        assertThat(Arrays.stream(SituationKind.values()).filter(SituationKind::isPerMember))
                .containsExactly(SituationKind.INSTITUTION_EXIT, SituationKind.FAMILY_RUPTURE);
    }

    @Test
    void namesTheTypeOfEachKind() {
        assertThat(Arrays.stream(SituationKind.values()).map(SituationKind::type))
                .containsExactly(
                        EvictionThreat.class,
                        Insalubrity.class,
                        InstitutionExit.class,
                        Homelessness.class,
                        PermanentHabitat.class,
                        RentArrears.class,
                        FamilyRupture.class);
    }
}
