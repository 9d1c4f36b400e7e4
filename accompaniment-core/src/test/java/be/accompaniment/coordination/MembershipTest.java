package be.accompaniment.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.accompaniment.InvalidInputException;
import be.accompaniment.actor.ActorId;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {
    static final ActorId CPAS = ActorId.of("cpas-ath");
    static final LocalDate JOINED = LocalDate.of(2014, 6, 5);
    static final LocalDate LEFT = LocalDate.of(2016, 12, 31);

    @Test
    void ofMakesACurrentMember() {
        Membership m = Membership.of(CPAS, JOINED);
        assertThat(m.actor()).isEqualTo(CPAS);
        assertThat(m.role()).isEqualTo(MemberRole.MEMBER);
        assertThat(m.leftOn()).isEmpty();
    }

    @Test
    void isMemberFromJoiningUntilLeavingInclusive() {
        Membership m =
                Membership.builder().actor(CPAS).joinedOn(JOINED).leftOn(LEFT).build();
        assertThat(m.isMemberOn(JOINED.minusDays(1))).isFalse();
        assertThat(m.isMemberOn(JOINED)).isTrue();
        assertThat(m.isMemberOn(LEFT)).isTrue();
        assertThat(m.isMemberOn(LEFT.plusDays(1))).isFalse();
        assertThat(Membership.of(CPAS, JOINED).isMemberOn(LocalDate.of(2100, 1, 1)))
                .isTrue();
    }

    @Test
    void mayLeaveOnTheDayItJoined() {
        assertThat(Membership.builder()
                        .actor(CPAS)
                        .joinedOn(JOINED)
                        .leftOn(JOINED)
                        .build()
                        .isMemberOn(JOINED))
                .isTrue();
    }

    @Test
    void rejectsLeavingBeforeJoining() {
        assertThatThrownBy(() -> Membership.builder()
                        .actor(CPAS)
                        .joinedOn(JOINED)
                        .leftOn(JOINED.minusDays(1))
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.where()).isEqualTo("membership cpas-ath: leftOn"))
                .hasMessageContaining("joinedOn 2014-06-05")
                .hasMessageContaining("was 2014-06-04");
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(Membership.of(CPAS, JOINED), Membership.of(CPAS, JOINED))
                .addEqualityGroup(Membership.of(ActorId.of("pcs-ath"), JOINED))
                .addEqualityGroup(Membership.of(CPAS, LEFT))
                .addEqualityGroup(Membership.builder()
                        .actor(CPAS)
                        .joinedOn(JOINED)
                        .role(MemberRole.RESOURCE_PERSON)
                        .build())
                .addEqualityGroup(Membership.builder()
                        .actor(CPAS)
                        .joinedOn(JOINED)
                        .leftOn(LEFT)
                        .build())
                .testEquals();
    }

    @Test
    void rejectsNullArguments() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(ActorId.class, CPAS)
                .setDefault(LocalDate.class, JOINED)
                .setDefault(Membership.class, Membership.of(CPAS, JOINED));
        tester.testAllPublicStaticMethods(Membership.class);
        tester.testAllPublicInstanceMethods(Membership.builder());
        tester.testAllPublicInstanceMethods(Membership.of(CPAS, JOINED));
    }
}
