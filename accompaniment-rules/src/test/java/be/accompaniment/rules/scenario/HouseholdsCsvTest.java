package be.accompaniment.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.household.Household;
import be.accompaniment.household.HouseholdId;
import be.accompaniment.household.Member;
import be.accompaniment.household.MemberRole;
import be.accompaniment.household.Tenure;
import be.accompaniment.situation.EthosCategory;
import be.accompaniment.situation.SituationKind;
import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdsCsvTest {
    private static List<Household> read(String... lines) {
        return HouseholdsCsv.read(new StringReader(HouseholdsCsv.HEADER + "\n" + String.join("\n", lines)));
    }

    @Test
    void readsHouseholdsWithAndWithoutASituation() {
        List<Household> hs = read(
                "case-1,62032,PRIVATE_TENANT,1,2,1988,145000,eviction-threat,2025-12-01",
                "",
                "case-2,62009,OWNER_OCCUPIER,2,0,1961,380000,,",
                "case-3,62009,HOSTED,1,0,2001,0,HOMELESSNESS,2026-01-02");
        assertThat(hs).hasSize(3);
        Household first = hs.get(0);
        assertThat(first.id()).isEqualTo(HouseholdId.of("case-1"));
        assertThat(first.members()).hasSize(3);
        assertThat(first.children()).isEqualTo(2);
        assertThat(first.monthlyIncomeCents()).isEqualTo(145_000);
        assertThat(first.situation(SituationKind.EVICTION_THREAT).orElseThrow().openedOn())
                .isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(hs.get(1).situations()).isEmpty();
        assertThat(hs.get(1).hasPartner()).isTrue();
        assertThat(hs.get(2).situations().get(0).ethos()).isEqualTo(EthosCategory.E8_1);
        assertThat(hs.get(2).tenure()).isEqualTo(Tenure.HOSTED);
    }

    @Test
    void everyKindOpensInItsFirstStage() {
        int n = 0;
        for (SituationKind k : SituationKind.values()) {
            Household h = read("c-" + n++ + ",62032,PRIVATE_TENANT,1,0,1980,100000," + k.code() + ",2026-01-01")
                    .get(0);
            assertThat(h.situations().get(0).stage().name())
                    .isEqualTo(SituationIncidence.openStages(k).get(0));
        }
    }

    @Test
    void listedHouseholdsRunInAScenario() {
        List<Household> hs = read(
                "case-1,62032,PRIVATE_TENANT,1,2,1988,145000,eviction-threat,2025-12-01",
                "case-2,62009,SOCIAL_TENANT,2,1,1975,210000,rent-arrears,2025-11-15");
        Scenario s = ScenarioFixtures.ourthe(100, 6, StepUnit.MONTH)
                .addAllHouseholds(hs)
                .build();
        SimulationResult r = Simulation.builder(s).threads(1).build().run();
        assertThat(r.households()).isEqualTo(102);
        assertThat(r.householdId(0)).isEqualTo(HouseholdId.of("case-1"));
        assertThat(r.pathway(0).events()).isNotEmpty();
        assertThat(r.pathway(1).events()).isNotEmpty();
    }

    @Test
    void readsHouseholdsOfUpToTwelveAdultsAndTwentyChildrenBornThirtyYearsAfterTheReferencePerson() {
        Household large =
                read("case-1,62032,PRIVATE_TENANT,12,20,1970,145000,,").get(0);
        assertThat(large.members()).hasSize(32);
        assertThat(large.children()).isEqualTo(20);
        assertThat(large.members())
                .filteredOn(m -> m.role() == MemberRole.CHILD)
                .extracting(Member::birthYear)
                .containsOnly(2000);
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,13,0,1970,145000,,"))
                .hasMessageContaining(
                        "households csv line 2 adults: must be 1 to 12 adults and 0 to 20 children, was" + " 13 and 0");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,1,21,1970,145000,,"))
                .hasMessageContaining("was 1 and 21");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,1,-1,1970,145000,,"))
                .hasMessageContaining("was 1 and -1");
    }

    @Test
    void namesTheLineAndColumnOfAnError() {
        assertThatThrownBy(() -> HouseholdsCsv.read(new StringReader("id,commune\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("households csv line 1: must be the header");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,1,2,1988,145000"))
                .hasMessageContaining("households csv line 2: must have 9 values, had 7");
        assertThatThrownBy(() -> read("case-1,62032,RENTER,1,2,1988,145000,,"))
                .hasMessageContaining("households csv line 2 tenure: must be one of [PRIVATE_TENANT")
                .hasMessageContaining("was \"RENTER\"");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,one,2,1988,145000,,"))
                .hasMessageContaining("households csv line 2 adults: must be a whole number, was \"one\"");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,0,2,1988,145000,,"))
                .hasMessageContaining("households csv line 2 adults: must be 1 to 12 adults");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,1,2,1988,145000,eviction-threat,soon"))
                .hasMessageContaining("households csv line 2 opened_on: must be a date like 2026-01-31, was \"soon\"");
        assertThatThrownBy(() -> read("case-1,62032,PRIVATE_TENANT,1,2,1988,145000,flood,2026-01-01"))
                .hasMessageContaining("households csv line 2")
                .hasMessageContaining("unknown value \"flood\"");
        assertThatThrownBy(() -> read(",62032,PRIVATE_TENANT,1,2,1988,145000,,"))
                .hasMessageContaining("households csv line 2 id: must not be empty");
        assertThatThrownBy(() -> read("85073100347,62032,PRIVATE_TENANT,1,2,1988,145000,,"))
                .hasMessageContaining("households csv line 2")
                .hasMessageContaining("not a national register number")
                .hasMessageNotContaining("85073100347");
    }

    @Test
    void nulls() {
        new NullPointerTester().testAllPublicStaticMethods(HouseholdsCsv.class);
    }
}
