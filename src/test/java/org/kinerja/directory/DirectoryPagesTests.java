package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MemberService members;
    @Autowired
    ContactService contacts;
    @Autowired
    DirectoryService directory;

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(DirectoryTestUsers.user(users, role)))).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, status().isOk());
    }

    private String page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return mvc.perform(request).andExpect(expected).andReturn().getResponse().getContentAsString();
    }

    private static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private Member observerOrganisation() {
        return members.create(new MemberInput(DirectoryTestUsers.uniqueCode(), DirectoryTestUsers.unique("Observer"),
                MemberKind.OBSERVER_ORGANISATION, List.of(), "", "", null));
    }

    @Test
    void listsMembersFilteredByKindAndRoleKeepingTheFiltersInTheLinks() throws Exception {
        String html = page(as(Role.VIEWER, get("/directory/members?kind=STATE&role=STEERING_GROUP")));

        assertThat(count(html, "class=\"member-row\"")).isEqualTo(4);
        assertThat(html).contains("<!DOCTYPE html>").contains("<h1>Members</h1>")
                .contains("4 in total")
                .contains("href=\"/directory/members/NZL\">New Zealand</a>")
                .contains("href=\"/directory/members?kind=STATE&amp;role=STEERING_GROUP&amp;sort=code\"")
                .contains("<option value=\"STEERING_GROUP\" selected>");
    }

    @Test
    void answersOnlyTheTableToAnHtmxRequest() throws Exception {
        String fragment = mvc.perform(as(Role.VIEWER, get("/directory/members?kind=INTERNATIONAL_ORGANISATION&sort=-code"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", "HX-Request"))
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").doesNotContain("<h1>").contains("id=\"members-table\"");
        assertThat(count(fragment, "class=\"member-row\"")).isEqualTo(4);
        assertThat(fragment.indexOf("data-code=\"UNODC\"")).isLessThan(fragment.indexOf("data-code=\"ILO\""));
        assertThat(fragment).contains("aria-sort=\"descending\"");

        String restored = mvc.perform(as(Role.VIEWER, get("/directory/members")).header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(restored).contains("<h1>Members</h1>");
    }

    @Test
    void pagesTheListOfMembers() throws Exception {
        String first = page(as(Role.VIEWER, get("/directory/members")));
        assertThat(count(first, "class=\"member-row\"")).isEqualTo(25);
        assertThat(first).contains("Page 1 of").contains("href=\"/directory/members?page=1\"");
        String second = page(as(Role.VIEWER, get("/directory/members?page=1")));
        assertThat(second).contains("Page 2 of").contains("rel=\"prev\"");
    }

    @Test
    void answersBadRequestForAnUnknownFilterAndNotFoundForAnUnknownMember() throws Exception {
        page(as(Role.VIEWER, get("/directory/members?kind=PLANET")), status().isBadRequest());
        page(as(Role.VIEWER, get("/directory/members?page=-1")), status().isBadRequest());
        page(as(Role.VIEWER, get("/directory/bodies?sort=colour")), status().isBadRequest());
        assertThat(page(as(Role.VIEWER, get("/directory/members/ZZZ")), status().isNotFound())).contains("Page not found");
        page(as(Role.VIEWER, get("/directory/bodies/999999")), status().isNotFound());
    }

    @Test
    void showsAMembersBodiesPartnersAndContacts() throws Exception {
        String html = page(as(Role.VIEWER, get("/directory/members/IOM")));

        assertThat(html).contains("<h1>International Organization for Migration (IOM)</h1>")
                .contains("International organisation")
                .contains(">Ad Hoc Group</a>").contains(">Steering Group</a>")
                .contains(">Technical Experts Group on Returns and Reintegration</a>")
                .contains("href=\"/directory/partners/").contains(">International Organization for Migration</a>")
                .contains("DAC CRS channel code 47066")
                .doesNotContain("/directory/members/IOM/edit");
        assertThat(page(as(Role.CO_MANAGER, get("/directory/members/IOM")))).contains("href=\"/directory/members/IOM/edit\"");
    }

    @Test
    void showsContactsEmailsOnlyToRolesThatMaySeePersonalData() throws Exception {
        Member m = observerOrganisation();
        contacts.create(new ContactInput("Kim Example", "Liaison (test)", m.code(), null, null, null,
                "kim.example@example.org", "+66 2 555 9999", true, null));

        for (Role role : List.of(Role.VIEWER, Role.MEMBER_FOCAL_POINT)) {
            assertThat(page(as(role, get("/directory/members/" + m.code()))))
                    .contains("Kim Example").contains("Liaison (test)")
                    .contains("your role does not show them")
                    .doesNotContain("kim.example@example.org").doesNotContain("555 9999");
            assertThat(page(as(role, get("/directory/contacts?q=Kim Example"))))
                    .contains("Kim Example").doesNotContain("kim.example@example.org").doesNotContain("555 9999");
        }
        assertThat(page(as(Role.PROGRAMME_OFFICER, get("/directory/members/" + m.code()))))
                .contains("href=\"mailto:kim.example@example.org\"").contains("+66 2 555 9999");
        assertThat(page(as(Role.MEL_OFFICER, get("/directory/contacts?q=Kim Example"))))
                .contains("kim.example@example.org");
    }

    @Test
    void showsValidationMessagesNextToTheFields() throws Exception {
        String html = page(as(Role.ADMIN, post("/directory/members")
                        .param("code", "IDN").param("name", "").param("kind", "STATE")),
                status().isUnprocessableContent());

        assertThat(html).contains("Please correct the fields marked below.")
                .contains("<span class=\"error\" id=\"code-error\">There is already a member IDN.</span>")
                .contains("<span class=\"error\" id=\"name-error\">This field is required.</span>")
                .contains("aria-invalid=\"true\"");

        String contact = page(as(Role.PROGRAMME_OFFICER, post("/directory/contacts")
                        .param("name", "Nobody Example").param("organisation", "").param("email", "nope")),
                status().isUnprocessableContent());
        assertThat(contact).contains("id=\"organisation-error\">Choose the member, partner, body or forum the contact belongs to.</span>")
                .contains("id=\"email-error\">Enter an e-mail address such as name@example.org.</span>");
    }

    @Test
    void createsAMemberFromTheFormAndShowsIt() throws Exception {
        String code = DirectoryTestUsers.uniqueCode();
        mvc.perform(as(Role.CO_MANAGER, post("/directory/members").param("code", code.toLowerCase())
                        .param("name", "Form Observer " + code).param("kind", "OBSERVER_ORGANISATION")
                        .param("roles", "AD_HOC_GROUP")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/members/" + code + "?saved"));
        assertThat(members.get(code).roles()).containsExactly(MemberRole.AD_HOC_GROUP);
        assertThat(page(as(Role.CO_MANAGER, get("/directory/members/" + code).param("saved", ""))))
                .contains("Saved.").contains("<h1>Form Observer " + code + "</h1>");
    }

    @Test
    void refusesAnEditMadeFromAStaleVersion() throws Exception {
        Member m = observerOrganisation();
        mvc.perform(as(Role.ADMIN, post("/directory/members/" + m.code() + "/edit").param("name", m.name() + " one")
                        .param("kind", "OBSERVER_ORGANISATION").param("version", String.valueOf(m.version()))))
                .andExpect(status().is3xxRedirection());

        String html = page(as(Role.ADMIN, post("/directory/members/" + m.code() + "/edit").param("name", m.name() + " two")
                        .param("kind", "OBSERVER_ORGANISATION").param("version", String.valueOf(m.version()))),
                status().isConflict());

        assertThat(html).contains("Someone else saved this record since you opened it")
                .contains("href=\"/directory/members/" + m.code() + "/edit\"");
        assertThat(members.get(m.code()).name()).isEqualTo(m.name() + " one");
    }

    @Test
    void refusesToDeleteAReferencedMemberOnItsPageNamingWhatRefersToIt() throws Exception {
        String html = page(as(Role.ADMIN, post("/directory/members/THA/delete")), status().isConflict());

        assertThat(html).contains("<h1>Thailand</h1>").contains("id=\"conflict\"")
                .contains("refer to Thailand: remove those references first.");
        assertThat(members.find("THA")).isPresent();

        Member m = observerOrganisation();
        mvc.perform(as(Role.ADMIN, post("/directory/members/" + m.code() + "/delete")
                        .param("version", String.valueOf(m.version()))))
                .andExpect(redirectedUrl("/directory/members?deleted"));
        assertThat(members.find(m.code())).isEmpty();
    }

    @Test
    void showsABodyWithItsSeatsAndTheBodiesUnderIt() throws Exception {
        Body ahg = directory.findBodyByShortName("AHG").orElseThrow();
        String html = page(as(Role.VIEWER, get("/directory/bodies/" + ahg.id())));

        assertThat(count(html, "class=\"seat-row\"")).isEqualTo(19);
        assertThat(html).contains("<h1>Ad Hoc Group</h1>").contains(">Steering Group</a>")
                .contains(">Working Group on Trafficking in Persons</a>")
                .contains(">Task Force on Planning and Preparedness</a>");
        String list = page(as(Role.VIEWER, get("/directory/bodies?kind=WORKING_GROUP")));
        assertThat(count(list, "class=\"body-row\"")).isEqualTo(2);
    }

    @Test
    void editsABodysSeatsNamingTheRowThatIsWrong() throws Exception {
        Body tip = directory.findBodyByShortName("WG-TIP").orElseThrow();
        String html = page(as(Role.PROGRAMME_OFFICER, post("/directory/bodies/" + tip.id() + "/edit")
                        .param("name", tip.name()).param("shortName", tip.shortName()).param("kind", "WORKING_GROUP")
                        .param("parentId", String.valueOf(tip.parent().id())).param("version", String.valueOf(tip.version()))
                        .param("members[0].memberCode", "AUS").param("members[0].role", "CO_CHAIR")
                        .param("members[1].memberCode", "").param("members[1].role", "MEMBER")
                        .param("members[2].memberCode", "AUS").param("members[2].role", "MEMBER")),
                status().isUnprocessableContent());

        assertThat(html).contains("id=\"members-2-memberCode-error\">AUS is in the list twice.</span>");
    }

    @Test
    void listsPartnersForumsAndCommitments() throws Exception {
        assertThat(count(page(as(Role.VIEWER, get("/directory/partners?type=TRAINING_INSTITUTION"))), "class=\"partner-row\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(page(as(Role.VIEWER, get("/directory/forums?q=budapest")))).contains(">Budapest Process</a>");
        String commitments = page(as(Role.VIEWER, get("/directory/commitments?year=2023")));
        assertThat(count(commitments, "class=\"commitment-row\"")).isEqualTo(11);
        assertThat(commitments).contains("Purpose 4: Outreach, Engagement and Advocacy");
    }

    @Test
    void linksACommitmentToPlanPurposesFromTheForm() throws Exception {
        Commitment c = directory.findCommitment(1).orElseThrow();
        mvc.perform(as(Role.CO_MANAGER, post("/directory/commitments/" + c.id() + "/edit")
                        .param("sourceDocument", c.sourceDocument()).param("year", String.valueOf(c.year()))
                        .param("reference", c.reference()).param("text", c.text()).param("sourceUrl", c.sourceUrl())
                        .param("purposes", "SP-2021-22:1", "SP-2021-22:3").param("version", String.valueOf(c.version()))))
                .andExpect(redirectedUrl("/directory/commitments/" + c.id() + "?saved"));

        String html = page(as(Role.VIEWER, get("/directory/commitments/" + c.id())));
        assertThat(count(html, "class=\"purpose-link\"")).isEqualTo(2);
        assertThat(html).contains("href=\"/plans/SP-2021-22/purposes/3\"")
                .contains("Policy Development and Promotion of Best Practice");
    }
}
