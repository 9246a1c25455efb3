package org.kinerja.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.DirectoryService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo profile's member requests: thirty, at every status, some overdue, Thailand's among them. */
@SpringBootTest
class RequestDemoDataTests {

    @Autowired
    MemberRequestService requests;
    @Autowired
    DirectoryService directory;
    @Autowired
    ContactService contacts;
    @Autowired
    UserService users;

    @Test
    void thirtyRequestsFromMembersBodiesAndTheCoChairsAtEveryStatus() {
        UserAccount officer = users.list("officer@kinerja.demo", null, null, PageQuery.of(0, 1)).items().stream()
                .findFirst().orElseGet(() -> Users.aUser(users).withEmail("officer@kinerja.demo")
                        .withRole(Role.PROGRAMME_OFFICER).create());
        List<MemberRequest> added = new RequestDemoData(requests, directory, contacts, users).add();
        assertThat(added).hasSize(30);
        assertThat(added.stream().map(MemberRequest::status).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(MemberRequestStatus.class));
        assertThat(added.stream().map(r -> r.requester().kind()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(RequesterKind.class));
        assertThat(added).filteredOn(r -> "THA".equals(r.requester().memberCode())).hasSize(5);
        assertThat(added).filteredOn(r -> r.requester().kind() == RequesterKind.BODY)
                .extracting(r -> r.requester().name())
                .contains("Working Group on Trafficking in Persons", "Task Force on Planning and Preparedness");
        assertThat(added).filteredOn(MemberRequest::deliveryOverdue).hasSizeGreaterThanOrEqualTo(5);
        assertThat(added).filteredOn(r -> r.status().open() && !r.overdue()).hasSize(2);
        assertThat(added).allSatisfy(r -> assertThat(r.assignedOfficerId()).isEqualTo(officer.id()));
        assertThat(added).filteredOn(r -> r.status() == MemberRequestStatus.DELIVERED && !r.deliveredOnTime())
                .isNotEmpty();
    }
}
