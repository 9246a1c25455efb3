package org.kinerja.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.Forum;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.kinerja.workplan.ActivityLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo profile's engagements: thirty, with each of the eight shipped forums, in 2021–2022. */
@SpringBootTest
class OutreachDemoDataTests {

    @Autowired
    EngagementService engagements;
    @Autowired
    DirectoryService directory;
    @Autowired
    UserService users;
    @Autowired
    ActivityLookup activities;

    @Test
    void thirtyEngagementsCoverTheEightForumsIn2021And2022() {
        for (String[] u : new String[][] {{"officer@kinerja.demo", "PROGRAMME_OFFICER"},
                {"comanager.aus@kinerja.demo", "CO_MANAGER"}, {"comanager.idn@kinerja.demo", "CO_MANAGER"}}) {
            if (users.list(u[0], null, null, PageQuery.of(0, 1)).items().isEmpty()) {
                Users.aUser(users).withEmail(u[0]).withRole(Role.valueOf(u[1])).withMember(u[1].equals("CO_MANAGER")
                        ? (u[0].contains("aus") ? "AUS" : "IDN") : null).create();
            }
        }
        List<Engagement> added = new OutreachDemoData(engagements, directory, users, activities).add();
        assertThat(added).hasSize(30);
        Set<Long> shipped = directory.forums().stream().filter(Forum::shipped).map(Forum::id).collect(Collectors.toSet());
        assertThat(shipped).hasSize(8);
        assertThat(added.stream().map(Engagement::forumId).collect(Collectors.toSet())).isEqualTo(shipped);
        assertThat(added).allSatisfy(e -> assertThat(e.date().getYear()).isBetween(2021, 2022));
        assertThat(added.stream().map(Engagement::type).distinct().count()).isEqualTo(EngagementType.values().length);
        assertThat(added).allSatisfy(e -> assertThat(e.representatives()).isNotEmpty());
    }
}
