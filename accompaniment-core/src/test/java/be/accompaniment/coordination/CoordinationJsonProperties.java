package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import be.accompaniment.json.AccompanimentJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** JSON round trips of the parts of a platform. */
class CoordinationJsonProperties {
    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(300)
                .forAll(values)
                .checkAssert(value -> assertThat(AccompanimentJson.read(AccompanimentJson.write(value), type))
                        .isEqualTo(value));
    }

    @Test
    void membershipRoundTrips() {
        roundTrips(CoordinationGenerators.memberships(), Membership.class);
    }

    @Test
    void meetingRoundTrips() {
        roundTrips(CoordinationGenerators.meetings(), Meeting.class);
    }

    @Test
    void taskRoundTrips() {
        roundTrips(CoordinationGenerators.tasks(), Task.class);
    }

    @Test
    void subCommissionRoundTrips() {
        roundTrips(CoordinationGenerators.subCommissions(), SubCommission.class);
    }

    @Test
    void resourcePersonRoundTrips() {
        roundTrips(CoordinationGenerators.resourcePersons(), ResourcePerson.class);
    }

    @Test
    void partnershipRoundTrips() {
        roundTrips(CoordinationGenerators.partnerships(), Partnership.class);
    }

    @Test
    void platformIdRoundTrips() {
        roundTrips(CoordinationGenerators.platformIds(), PlatformId.class);
    }
}
