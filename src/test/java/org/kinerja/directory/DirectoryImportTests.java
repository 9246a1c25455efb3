package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * CSV imports of contacts and partners through their pages: real uploads, the preview with row errors,
 * all-or-nothing commits, templates and who may import.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DirectoryImportTests {

    private static final String CONTACTS = "/directory/contacts/import";
    private static final String PARTNERS = "/directory/partners/import";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;
    @Autowired
    MemberService members;
    @Autowired
    ContactService contacts;
    @Autowired
    PartnerService partners;
    @Autowired
    ApplicationEvents events;

    private MockHttpServletResponse send(Role role, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(details.loadUserByUsername(DirectoryTestUsers.user(users, role))))
                .with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse upload(String path, String csv) throws Exception {
        return upload(path, csv.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse upload(String path, byte[] bytes) throws Exception {
        return send(Role.PROGRAMME_OFFICER, multipart(path)
                .file(new MockMultipartFile("file", "directory.csv", "text/csv", bytes)));
    }

    private static String token(String path, String html) {
        Matcher m = Pattern.compile("action=\"" + path + "/([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("commit form in " + html).isTrue();
        return m.group(1);
    }

    private Member aMember() {
        return members.create(new MemberInput(DirectoryTestUsers.uniqueCode(), DirectoryTestUsers.unique("Import org"),
                MemberKind.OBSERVER_ORGANISATION, List.of(), "", "", null));
    }

    private List<Contact> contactsOf(Member m) {
        return contacts.list(ContactFilter.ofMember(m.code()), PageQuery.of(0, 500), true).items();
    }

    private long createdContacts() {
        return events.stream(EntityChanged.class)
                .filter(e -> e.entityType().equals("Contact") && e.action() == EntityChanged.Action.CREATE).count();
    }

    @Test
    void contactsPreviewThenCommitWritesEveryRowWithAnAuditEventEach() throws Exception {
        Member m = aMember();
        String csv = "name;title;organisation_type;organisation;email;phone;focal_point\n"
                + "Ani Import;Director;MEMBER;" + m.code().toLowerCase() + ";ani@example.org;+62 21 555 0001;yes\n"
                + "Budi Import;;;" + m.code() + ";budi@example.org;;\n"
                + "Citra Import;Adviser;;AHG;;;false\n"
                + "Dewi Import;;PARTNER;NEXUS Institute;;;1\n";

        MockHttpServletResponse preview = upload(CONTACTS, csv);
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("id=\"import-preview\"").contains("Import 4 rows<");
        assertThat(contactsOf(m)).isEmpty();

        long before = createdContacts();
        MockHttpServletResponse done = send(Role.PROGRAMME_OFFICER,
                post(CONTACTS + "/" + token(CONTACTS, preview.getContentAsString())));
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("Imported 4 rows: 4 new, 0 updated.");

        List<Contact> written = contactsOf(m);
        assertThat(written).extracting(Contact::name).containsExactly("Ani Import", "Budi Import");
        Contact ani = written.get(0);
        assertThat(ani.title()).isEqualTo("Director");
        assertThat(ani.email()).isEqualTo("ani@example.org");
        assertThat(ani.phone()).isEqualTo("+62 21 555 0001");
        assertThat(ani.focalPoint()).isTrue();
        assertThat(written.get(1).focalPoint()).isFalse();
        List<Contact> citra = contacts.list(new ContactFilter("Citra Import", null, null, null, null, null, null, null),
                PageQuery.of(0, 10), true).items();
        assertThat(citra).singleElement().satisfies(c -> {
            assertThat(c.organisation().type()).isEqualTo(OrganisationType.BODY);
            assertThat(c.organisation().name()).isEqualTo("Ad Hoc Group");
        });
        List<Contact> dewi = contacts.list(new ContactFilter("Dewi Import", null, null, null, null, null, null, null),
                PageQuery.of(0, 10), true).items();
        assertThat(dewi).singleElement().satisfies(c -> {
            assertThat(c.organisation().type()).isEqualTo(OrganisationType.PARTNER);
            assertThat(c.focalPoint()).isTrue();
        });
        assertThat(createdContacts() - before).isEqualTo(4);
    }

    @Test
    void anUnknownOrganisationIsARowErrorNamingTheColumnAndNothingIsWritten() throws Exception {
        Member m = aMember();
        String csv = "name,organisation,email\n"
                + "Eko Import," + m.code() + ",eko@example.org\n"
                + "Fajar Import,No Such Organisation,fajar@example.org\n"
                + "Gita Import," + m.code() + ",not-an-address\n";

        MockHttpServletResponse preview = upload(CONTACTS, csv);
        assertThat(preview.getStatus()).isEqualTo(422);
        String html = preview.getContentAsString();
        assertThat(html).contains("id=\"import-blocked\"").doesNotContain("id=\"import-commit\"")
                .contains("There is no member with the code, nor a partner, body or forum with the name or short name "
                        + "\"No Such Organisation\".")
                .contains("Enter an e-mail address such as name@example.org.");
        assertThat(html).containsPattern("<td>3</td>\\s*<td>organisation</td>");
        assertThat(html).containsPattern("<td>4</td>\\s*<td>email</td>");
        assertThat(contactsOf(m)).isEmpty();
    }

    @Test
    void aFileWithWrongColumnsIsRefusedNamingThem() throws Exception {
        MockHttpServletResponse response = upload(CONTACTS, "name,organization,mail\nX,IDN,x@example.org\n");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains("Required columns are missing from the first row: organisation.")
                .contains("Unknown columns in the first row: organization, mail. The columns are: name, organisation, "
                        + "title, organisation_type, email, phone, focal_point.");
    }

    @Test
    void aFileInAWindowsCodePageIsRefusedAsNotUtf8() throws Exception {
        byte[] latin1 = "name,organisation\nJosé Müller,IDN\n".getBytes(Charset.forName("windows-1252"));

        MockHttpServletResponse response = upload(CONTACTS, latin1);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("The file is not UTF-8 text (the first invalid character "
                + "is near row 2). Save it again as CSV UTF-8.");
        assertThat(contacts.list(new ContactFilter("Müller", null, null, null, null, null, null, null),
                PageQuery.of(0, 10), true).total()).isZero();
    }

    @Test
    void tenThousandInvalidRowsGiveABoundedReportAndWriteNothing() throws Exception {
        StringBuilder csv = new StringBuilder("name,organisation\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Bulk Import ").append(i).append(",ZZZ-NOWHERE\n");
        }

        MockHttpServletResponse response = upload(CONTACTS, csv.toString());

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(html).contains("The first 100 of 10,000 errors are listed.")
                .contains("10,000 rows have errors (10,000 errors in all).").doesNotContain("id=\"import-commit\"");
        // the first 100 rows with their values and errors, and the first 100 errors: never all 10,000
        assertThat(Pattern.compile("ZZZ-NOWHERE").matcher(html).results().count()).isEqualTo(300);
        assertThat(html.length()).isLessThan(1_000_000);
        assertThat(contacts.list(new ContactFilter("Bulk Import", null, null, null, null, null, null, null),
                PageQuery.of(0, 10), true).total()).isZero();
    }

    @Test
    void partnersImportCreatesNewOnesAndUpdatesTheOneWithTheSameName() throws Exception {
        String name = DirectoryTestUsers.unique("Import Partner");
        Partner existing = partners.create(new PartnerInput(name, "IP", PartnerType.CIVIL_SOCIETY, "IDN",
                "https://old.example.org", null, null, null, "kept notes", null));
        String fresh = DirectoryTestUsers.unique("New Partner");
        String csv = "name,short_name,type,country,website,iati_organisation_id,dac_channel_code\n"
                + name.toUpperCase() + ",IP2,research institute,tha,https://new.example.org,,\n"
                + fresh + ",NP,CIVIL_SOCIETY,VNM,,XM-DAC-12345,12345\n";

        MockHttpServletResponse preview = upload(PARTNERS, csv);
        assertThat(preview.getStatus()).isEqualTo(200);
        String html = preview.getContentAsString();
        assertThat(html).contains("Import 2 rows<").contains("class=\"import-row-matched\"");
        assertThat(partners.get(existing.id()).version()).isEqualTo(existing.version());

        long created = events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Partner")
                && e.action() == EntityChanged.Action.CREATE).count();
        MockHttpServletResponse done = send(Role.CO_MANAGER, post(PARTNERS + "/" + token(PARTNERS, html)));
        // the upload belongs to the programme officer who sent it: another user cannot commit it
        assertThat(done.getStatus()).isEqualTo(404);
        done = send(Role.PROGRAMME_OFFICER, post(PARTNERS + "/" + token(PARTNERS, html)));
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("Imported 2 rows: 1 new, 1 updated.");

        Partner updated = partners.get(existing.id());
        assertThat(updated.name()).isEqualTo(name);
        assertThat(updated.shortName()).isEqualTo("IP2");
        assertThat(updated.type()).isEqualTo(PartnerType.RESEARCH_INSTITUTE);
        assertThat(updated.countryCode()).isEqualTo("THA");
        assertThat(updated.website()).isEqualTo("https://new.example.org");
        assertThat(updated.notes()).as("no notes column: kept").isEqualTo("kept notes");
        Partner added = partners.findByName(fresh).orElseThrow();
        assertThat(added.iatiOrganisationId()).isEqualTo("XM-DAC-12345");
        assertThat(added.dacChannelCode()).isEqualTo("12345");
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Partner")
                && e.action() == EntityChanged.Action.CREATE).count() - created).isEqualTo(1);
        assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Partner")
                && e.action() == EntityChanged.Action.UPDATE && e.entityId().equals(String.valueOf(existing.id()))))
                .hasSize(1);
    }

    @Test
    void anUnknownPartnerTypeOrCountryIsARowError() throws Exception {
        String name = DirectoryTestUsers.unique("Bad Partner");
        String csv = "name,type,country,dac_channel_code\n"
                + name + " 1,THINK_TANK,IDN,\n"
                + name + " 2,CIVIL_SOCIETY,XXX,\n"
                + name + " 3,CIVIL_SOCIETY,IDN,12\n"
                + name + " 4,CIVIL_SOCIETY,IDN,\n";

        MockHttpServletResponse preview = upload(PARTNERS, csv);
        assertThat(preview.getStatus()).isEqualTo(422);
        String html = preview.getContentAsString();
        assertThat(html).containsPattern("<td>2</td>\\s*<td>type</td>")
                .contains("\"THINK_TANK\" is not one of: INTERNATIONAL_ORGANISATION, TRAINING_INSTITUTION")
                .containsPattern("<td>3</td>\\s*<td>country</td>")
                .contains("XXX is not an ISO 3166 alpha-3 country code.")
                .containsPattern("<td>4</td>\\s*<td>dac_channel_code</td>")
                .contains("3 rows have errors");
        assertThat(partners.list(new PartnerFilter(name, null, null, null, null), PageQuery.of(0, 10)).total()).isZero();
    }

    @Test
    void theTemplatesHaveTheExpectedHeader() throws Exception {
        MockHttpServletResponse contactTemplate = send(Role.PROGRAMME_OFFICER, get(CONTACTS + "/template.csv"));
        assertThat(contactTemplate.getStatus()).isEqualTo(200);
        assertThat(contactTemplate.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(contactTemplate.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"contacts-import-template.csv\"");
        assertThat(contactTemplate.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,title,organisation_type,organisation,email,phone,focal_point\r\n");

        MockHttpServletResponse partnerTemplate = send(Role.ADMIN, get(PARTNERS + "/template.csv"));
        assertThat(partnerTemplate.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFname,short_name,type,country,website,iati_organisation_id,dac_channel_code,notes\r\n");
    }

    @Test
    void theTemplateUploadedAsItIsHasNoRows() throws Exception {
        String template = send(Role.PROGRAMME_OFFICER, get(PARTNERS + "/template.csv")).getContentAsString(StandardCharsets.UTF_8);

        MockHttpServletResponse response = upload(PARTNERS, template);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("The file has a header but no rows.");
    }

    @Test
    void onlyEditorsMayImport() throws Exception {
        assertThat(send(Role.PROGRAMME_OFFICER, get(CONTACTS)).getStatus()).isEqualTo(200);
        assertThat(send(Role.CO_MANAGER, get(PARTNERS)).getStatus()).isEqualTo(200);
        assertThat(send(Role.MEL_OFFICER, get(CONTACTS)).getStatus()).isEqualTo(403);
        assertThat(send(Role.VIEWER, get(PARTNERS + "/template.csv")).getStatus()).isEqualTo(403);
        assertThat(send(Role.MEMBER_FOCAL_POINT, multipart(PARTNERS).file(new MockMultipartFile("file", "p.csv",
                "text/csv", "name,type\nX,CIVIL_SOCIETY\n".getBytes(StandardCharsets.UTF_8)))).getStatus())
                .isEqualTo(403);

        String list = send(Role.PROGRAMME_OFFICER, get("/directory/partners")).getContentAsString();
        assertThat(list).contains("href=\"/directory/partners/import\"")
                .contains("href=\"/directory/partners/import/template.csv\"");
        assertThat(send(Role.VIEWER, get("/directory/contacts")).getContentAsString())
                .doesNotContain("/directory/contacts/import");
    }

    @Test
    void theCommitChecksTheRowsAgainAndWritesNothingWhenOneBecameInvalid() throws Exception {
        Member m = aMember();
        Member gone = aMember();
        String csv = "name,organisation\nHadi Import," + m.code() + "\nIndah Import," + gone.code() + "\n";
        String token = token(CONTACTS, upload(CONTACTS, csv).getContentAsString());
        members.delete(gone.code(), gone.version());

        MockHttpServletResponse done = send(Role.PROGRAMME_OFFICER, post(CONTACTS + "/" + token));

        assertThat(done.getStatus()).isEqualTo(422);
        assertThat(done.getContentAsString()).contains("There is no member with the code, nor a partner, body or forum "
                + "with the name or short name \"" + gone.code() + "\".");
        assertThat(contactsOf(m)).isEmpty();
    }
}
