package be.accompaniment.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TenureTest {
    @Test
    void theTenantsAreThoseWhoPayRentUnderALease() {
        assertThat(Arrays.stream(Tenure.values()).filter(Tenure::isTenant))
                .containsExactlyInAnyOrder(
                        Tenure.PRIVATE_TENANT, Tenure.SOCIAL_TENANT, Tenure.AIS_TENANT, Tenure.PUBLIC_TENANT);
    }
}
