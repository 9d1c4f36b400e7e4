package be.accompaniment.rules.coordination;

import static be.accompaniment.rules.coordination.HealthValuesTest.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.territory.Commune;
import be.accompaniment.territory.Gazetteer;
import be.accompaniment.territory.NisCode;
import be.accompaniment.territory.Region;
import be.accompaniment.territory.Territory;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasinsTest {
    private static final Gazetteer BELGIUM = Gazetteer.belgium();
    private static final LocalDate FORUM = LocalDate.of(2014, 6, 26);

    @Nested
    class Bundled {
        @Test
        void holdsTheFourBasinsOfTheFlwForum() {
            assertThat(Basins.bundled().all())
                    .extracting(Basin::name)
                    .containsExactly("Hainaut oriental", "Hainaut occidental", "Liège", "Bra-Na-Lux");
            assertThat(Basins.bundled().all())
                    .allSatisfy(b -> assertThat(b.note()).isPresent());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2014-06-26", "2020-06-30", "2025-06-30"})
        void partitionWallonia(String day) {
            LocalDate on = LocalDate.parse(day);
            Set<NisCode> union = new HashSet<>();
            int total = 0;
            for (Basin b : Basins.bundled().all()) {
                Territory t = b.territory(BELGIUM, on);
                union.addAll(t.communes());
                total += t.communes().size();
            }
            Set<NisCode> wallonia = new HashSet<>();
            BELGIUM.communesOf(Region.WALLONIA, on).stream().map(Commune::code).forEach(wallonia::add);
            assertThat(total).as("no commune in two basins").isEqualTo(union.size());
            assertThat(union).isEqualTo(wallonia);
        }

        @Test
        void placeThePlatformsOfTheSourceDocuments() {
            Basins basins = Basins.bundled();
            assertThat(basins.require("Liège").territory(BELGIUM, FORUM).communes())
                    .contains(NisCode.of(62009), NisCode.of(62026), NisCode.of(62032), NisCode.of(62100))
                    .contains(NisCode.of(61031), NisCode.of(64074));
            assertThat(basins.require("Hainaut occidental")
                            .territory(BELGIUM, FORUM)
                            .communes())
                    .contains(NisCode.of(51004), NisCode.of(54007), NisCode.of(57081));
            assertThat(basins.require("Hainaut occidental")
                            .territory(BELGIUM, LocalDate.of(2025, 1, 1))
                            .communes())
                    .contains(NisCode.of(57096))
                    .doesNotContain(NisCode.of(54007));
            assertThat(basins.require("bra-na-lux").territory(BELGIUM, FORUM).communes())
                    .contains(NisCode.of(92142), NisCode.of(92048), NisCode.of(25072), NisCode.of(81001));
            assertThat(basins.require("HAINAUT ORIENTAL")
                            .territory(BELGIUM, FORUM)
                            .communes())
                    .contains(NisCode.of(52011));
        }

        @Test
        void territoryIsNamedAsTheBasin() {
            assertThat(Basins.bundled()
                            .require("Liège")
                            .territory(BELGIUM, FORUM)
                            .name())
                    .isEqualTo("Liège");
        }
    }

    @Nested
    class UserDefined {
        @Test
        void addsOrReplacesBasinsByName() {
            Basin ourthe = Basin.of("Ourthe-Amblève", NisCode.of(62009), NisCode.of(62026));
            Basin liege = Basin.of("liège", NisCode.of(62000));
            Basins basins = Basins.bundled().with(List.of(ourthe, liege));
            assertThat(basins.all())
                    .extracting(Basin::name)
                    .containsExactly("Hainaut oriental", "Hainaut occidental", "liège", "Bra-Na-Lux", "Ourthe-Amblève");
            assertThat(basins.require("Liège")).isEqualTo(liege);
            assertThat(basins.named("ourthe-amblève")).hasValue(ourthe);
            assertThat(Basins.bundled().require("Liège").units()).containsExactly(NisCode.of(60000));
        }

        @Test
        void requireListsTheKnownNames() {
            assertThatThrownBy(() -> Basins.bundled().require("Hainaut"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("basin"))
                    .hasMessageContaining("Bra-Na-Lux")
                    .hasMessageContaining("was \"Hainaut\"");
            assertThat(Basins.of(List.of()).named("Liège")).isEmpty();
        }

        @Test
        void mixesCommunesAndUnits() {
            Basin b = Basin.of("Mixte", NisCode.of(61000), NisCode.of(62009));
            Territory t = b.territory(BELGIUM, FORUM);
            assertThat(t.communes())
                    .contains(NisCode.of(62009), NisCode.of(61031))
                    .doesNotContain(NisCode.of(62063));
        }

        @Test
        void skipsUnitsThatDoNotExistThatDay() {
            Basin b = Basin.of("Mouscron", NisCode.of(54000), NisCode.of(54007));
            assertThat(b.territory(BELGIUM, FORUM).communes()).contains(NisCode.of(54007));
            assertThatThrownBy(() -> b.territory(BELGIUM, LocalDate.of(2025, 1, 1)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("basin Mouscron: units"))
                    .hasMessageContaining("was [54000, 54007]");
        }
    }

    @Nested
    class Values {
        @Test
        void rejectsABlankNameOrNoUnit() {
            rejects(() -> Basin.of(" ", NisCode.of(60000)), "basin: name", "\" \"");
            assertThatThrownBy(() -> Basin.of("Vide", List.of()))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.where()).isEqualTo("basin Vide: units"))
                    .hasMessageContaining("must not be empty");
            rejects(
                    () -> Basin.builder()
                            .name("B")
                            .addUnits(NisCode.of(60000))
                            .note("")
                            .build(),
                    "basin B: note",
                    "\"\"");
        }

        @Test
        void equalsAndHashCode() {
            new EqualsTester()
                    .addEqualityGroup(
                            Basin.of("Liège", NisCode.of(60000)), Basin.of("Liège", List.of(NisCode.of(60000))))
                    .addEqualityGroup(Basin.of("Luik", NisCode.of(60000)))
                    .addEqualityGroup(Basin.of("Liège", NisCode.of(62000)))
                    .addEqualityGroup(Basin.builder()
                            .name("Liège")
                            .addUnits(NisCode.of(60000))
                            .note("Province")
                            .build())
                    .testEquals();
        }

        @Test
        void rejectsNullArguments() {
            NullPointerTester tester = new NullPointerTester()
                    .setDefault(NisCode.class, NisCode.of(60000))
                    .setDefault(Gazetteer.class, BELGIUM)
                    .setDefault(LocalDate.class, FORUM)
                    .setDefault(String.class, "Liège");
            tester.testAllPublicStaticMethods(Basin.class);
            tester.testAllPublicInstanceMethods(Basin.builder());
            tester.testAllPublicInstanceMethods(Basin.of("Liège", NisCode.of(60000)));
            tester.testAllPublicStaticMethods(Basins.class);
            tester.testAllPublicInstanceMethods(Basins.bundled());
        }
    }
}
