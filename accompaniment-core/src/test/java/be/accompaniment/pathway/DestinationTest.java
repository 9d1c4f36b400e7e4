package be.accompaniment.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DestinationTest {
    @Test
    void theHmisCodeCenturyIsTheCategory() {
        for (Destination d : Destination.values()) {
            int century = d.hmisCode() / 100;
            DestinationCategory expected = switch (century) {
                case 1 -> DestinationCategory.HOMELESS;
                case 2 -> DestinationCategory.INSTITUTIONAL;
                case 3 -> DestinationCategory.TEMPORARY;
                case 4 -> DestinationCategory.PERMANENT;
                default -> DestinationCategory.OTHER;
            };
            assertThat(d.category()).as(d.name()).isEqualTo(expected);
        }
    }

    @Test
    void mapsBelgianHousingToHmisCodes() {
        assertThat(Destination.PRIVATE_RENTAL.hmisCode()).isEqualTo(410);
        assertThat(Destination.SOCIAL_HOUSING.hmisCode()).isEqualTo(435);
        assertThat(Destination.AIS_HOUSING.hmisCode()).isEqualTo(435);
        assertThat(Destination.TRANSIT_HOUSING.hmisCode()).isEqualTo(302);
        assertThat(Destination.EMERGENCY_ACCOMMODATION.hmisCode()).isEqualTo(101);
        assertThat(Destination.PRISON.hmisCode()).isEqualTo(207);
        assertThat(Destination.UNKNOWN.hmisCode()).isEqualTo(37);
    }

    @Test
    void permanentMeansAPermanentCategory() {
        assertThat(Destination.AIS_HOUSING.isPermanent()).isTrue();
        assertThat(Destination.TRANSIT_HOUSING.isPermanent()).isFalse();
        for (Destination d : Destination.values()) {
            assertThat(d.isPermanent()).isEqualTo(d.category() == DestinationCategory.PERMANENT);
        }
    }
}
