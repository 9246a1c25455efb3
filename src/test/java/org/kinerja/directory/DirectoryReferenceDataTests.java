package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.directory.db.Tables.BODY;
import static org.kinerja.directory.db.Tables.COMMITMENT;
import static org.kinerja.directory.db.Tables.FORUM;
import static org.kinerja.directory.db.Tables.MEMBER;
import static org.kinerja.directory.db.Tables.PARTNER;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DirectoryReferenceDataTests {

    @Autowired
    DirectoryReferenceData referenceData;
    @Autowired
    DirectoryService directory;
    @Autowired
    MemberService members;
    @Autowired
    BodyService bodies;
    @Autowired
    DSLContext dsl;

    private long shippedMembers(MemberKind kind) {
        return dsl.fetchCount(MEMBER, MEMBER.SHIPPED.isTrue().and(MEMBER.KIND.eq(kind.name())));
    }

    @Test
    void shipsFortyFiveStatesAndTerritoriesAndFourMemberOrganisations() {
        assertThat(shippedMembers(MemberKind.STATE)).isEqualTo(42);
        assertThat(shippedMembers(MemberKind.TERRITORY)).isEqualTo(3);
        assertThat(shippedMembers(MemberKind.INTERNATIONAL_ORGANISATION)).isEqualTo(4);
        assertThat(members.list(new MemberFilter(null, MemberKind.INTERNATIONAL_ORGANISATION, null, "code"),
                PageQuery.of(0, 50)).items()).extracting(Member::code).containsExactly("ILO", "IOM", "UNHCR", "UNODC");
    }

    @Test
    void shipsOnlyTheObserversWhoseStatusIsConfirmed() {
        assertThat(members.list(new MemberFilter(null, MemberKind.OBSERVER_STATE, null, "code"), PageQuery.of(0, 50))
                .items()).filteredOn(Member::shipped).extracting(Member::code)
                .containsExactly("CAN", "GBR", "NLD", "RUS", "ZAF");
        assertThat(shippedMembers(MemberKind.OBSERVER_ORGANISATION)).isZero();
        assertThat(directory.memberExists("DEU")).isFalse();
    }

    @Test
    void readsTheRolesFromTheNotes() {
        Member indonesia = members.get("IDN");
        assertThat(indonesia.roles()).containsExactly(MemberRole.CO_CHAIR, MemberRole.STEERING_GROUP,
                MemberRole.AD_HOC_GROUP);
        assertThat(indonesia.alpha2()).isEqualTo("ID");
        assertThat(indonesia.notes()).isEqualTo("Co-Chair of the Bali Process (with Australia); co-manages the RSO");
        assertThat(members.get("IOM").roles()).containsExactly(MemberRole.STEERING_GROUP, MemberRole.AD_HOC_GROUP);
        assertThat(members.get("ILO").roles()).isEmpty();
        assertThat(members.list(new MemberFilter(null, null, MemberRole.AD_HOC_GROUP, null), PageQuery.of(0, 50))
                .items()).filteredOn(Member::shipped).hasSize(19);
    }

    @Test
    void keepsNamibiasAlpha2CodeNa() {
        Country namibia = directory.country("NAM").orElseThrow();
        assertThat(namibia.alpha2()).isEqualTo("NA");
        assertThat(directory.countryByAlpha2("NA")).map(Country::name).contains("Namibia");
        assertThat(directory.countries(null, PageQuery.of(0, 500)).total()).isEqualTo(249);
    }

    @Test
    void shipsTheBodiesWithShortNamesParentsAndSeats() {
        Body ahg = directory.findBodyByShortName("AHG").orElseThrow();
        assertThat(ahg.name()).isEqualTo("Ad Hoc Group");
        assertThat(ahg.parent().shortName()).isEqualTo("SG");
        assertThat(ahg.establishedYear()).isEqualTo(2009);
        assertThat(ahg.members()).hasSize(19);
        Body tip = directory.findBodyByShortName("WG-TIP").orElseThrow();
        assertThat(tip.parent().name()).isEqualTo("Ad Hoc Group");
        assertThat(tip.coChairs()).extracting(BodyMember::memberCode).containsExactly("AUS", "IDN");
        Body disruption = directory.findBodyByShortName("WG-DISRUPTION").orElseThrow();
        assertThat(disruption.kind()).isEqualTo(BodyKind.WORKING_GROUP);
        assertThat(disruption.coChairs()).extracting(BodyMember::memberCode, BodyMember::term)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NZL", "2022-2024"),
                        org.assertj.core.groups.Tuple.tuple("VNM", "2022-2024"),
                        org.assertj.core.groups.Tuple.tuple("MYS", "2017, former"));
        assertThat(dsl.fetchCount(BODY, BODY.SHIPPED.isTrue())).isEqualTo(15);
    }

    @Test
    void shipsSevenPartnersEightForumsAndEveryCommitment() {
        assertThat(dsl.fetchCount(PARTNER, PARTNER.SHIPPED.isTrue())).isEqualTo(7);
        assertThat(dsl.fetchCount(FORUM, FORUM.SHIPPED.isTrue())).isEqualTo(8);
        List<Map<String, String>> rows = DirectoryReferenceData.rows(DirectoryReferenceData.COMMITMENTS);
        assertThat(rows).hasSize(43);
        assertThat(dsl.fetchCount(COMMITMENT, COMMITMENT.SHIPPED.isTrue())).isEqualTo(rows.size());
    }

    @Test
    void loadingAgainChangesNothing() {
        int members = dsl.fetchCount(MEMBER);
        assertThat(referenceData.load()).isZero();
        assertThat(dsl.fetchCount(MEMBER)).isEqualTo(members);
    }
}
