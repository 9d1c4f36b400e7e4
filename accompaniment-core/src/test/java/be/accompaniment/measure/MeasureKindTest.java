package be.accompaniment.measure;

import static org.assertj.core.api.Assertions.assertThat;

import be.accompaniment.actor.ServiceKind;
import org.junit.jupiter.api.Test;

class MeasureKindTest {
    @Test
    void onlyCollectiveAccompanimentsAreCollective() {
        assertThat(MeasureKind.values())
                .filteredOn(MeasureKind::isCollective)
                .containsExactly(MeasureKind.COLLECTIVE_ACCOMPANIMENT, MeasureKind.COLLECTIVE_ENERGY_RENOVATION);
    }

    @Test
    void namesTheServiceThatDeliversIt() {
        assertThat(MeasureKind.AIS_RENTAL.service()).isEqualTo(ServiceKind.SOCIAL_RENTAL_MANAGEMENT);
        assertThat(MeasureKind.REHOUSING_ALLOWANCE.service()).isEqualTo(ServiceKind.HOUSING_ALLOWANCE);
        assertThat(MeasureKind.INSPECTION_COMPLAINT.service()).isEqualTo(ServiceKind.SALUBRITY_SURVEY);
        assertThat(MeasureKind.REHOUSING.service()).isEqualTo(ServiceKind.HOUSING_POLICE);
        assertThat(MeasureKind.DEBT_MEDIATION.service()).isEqualTo(ServiceKind.BUDGET_GUIDANCE);
        for (MeasureKind k : MeasureKind.values()) {
            assertThat(k.service()).as(k.name()).isNotNull();
        }
    }

    @Test
    void collectiveKindsAreDeliveredByACollectiveService() {
        for (MeasureKind k : MeasureKind.values()) {
            if (k.isCollective()) {
                assertThat(k.service()).isEqualTo(ServiceKind.COLLECTIVE_ACCOMPANIMENT);
            }
        }
    }

    @Test
    void coversTheMeasuresTheRulesPropose() {
        assertThat(MeasureKind.values())
                .extracting(Enum::name)
                .contains(
                        "CPAS_CONTACT",
                        "BUDGET_GUIDANCE",
                        "DEBT_MEDIATION",
                        "FINANCIAL_AID",
                        "RENT_GUARANTEE",
                        "LEGAL_AID",
                        "TENANT_DEFENCE",
                        "CONCILIATION",
                        "PAYMENT_PLAN",
                        "HOUSING_SEARCH",
                        "SOCIAL_HOUSING_APPLICATION",
                        "AIS_RENTAL",
                        "TRANSIT_HOUSING",
                        "EMERGENCY_ACCOMMODATION",
                        "HOUSING_ACCOMPANIMENT",
                        "COLLECTIVE_ACCOMPANIMENT",
                        "TECHNICAL_ASSISTANCE",
                        "RENOVATION_WORKS",
                        "ENERGY_RENOVATION",
                        "SALUBRITY_SURVEY",
                        "INSPECTION_COMPLAINT",
                        "REHOUSING",
                        "REHOUSING_ALLOWANCE",
                        "JUSTICE_FOLLOW_UP",
                        "DETAINEE_SUPPORT",
                        "MENTAL_HEALTH_MOBILE_TEAM",
                        "PROTECTED_HOUSING",
                        "HOUSING_FIRST",
                        "YOUTH_AUTONOMY_SUPPORT",
                        "SCHOOL_SOCIAL_SUPPORT",
                        "PERMANENT_HABITAT_RELOCATION",
                        "CPAS_COMPETENCE_CHECK");
    }
}
