package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.exchange.PeopleImport.PeopleTable;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The reusable import page and fragments, as a module's controller built on {@link ImportPages} serves
 * them (here the test-only people import at {@value PeopleImport#PATH}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PeopleImport.class)
class ImportPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleTable table;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;

    private UserDetails officer;

    @BeforeEach
    void anOfficer() {
        table.clear();
        officer = details.loadUserByUsername(Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().email());
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(officer)).with(csrf())).andReturn().getResponse();
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("action=\"" + PeopleImport.PATH + "/([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("commit form in " + html).isTrue();
        return m.group(1);
    }

    @Test
    void theFormNamesTheColumnsAndTheSizeLimit() throws Exception {
        MockHttpServletResponse response = send(get(PeopleImport.PATH));

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("<html").contains("enctype=\"multipart/form-data\"")
                .contains("Columns: email, name.").contains("Optional columns: born.").contains("at most 20 MB.");
    }

    @Test
    void anUploadShowsThePreviewAsAPageOrAsAFragmentForHtmx() throws Exception {
        MockHttpServletResponse page = send(multipart(PeopleImport.PATH).file(file("email,name\na@rso.example,Ann\n")));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("<html").contains("id=\"import-preview\"")
                .contains("Preview of people.csv").contains("Import 1 row<").contains("a@rso.example");

        MockHttpServletResponse fragment = send(multipart(PeopleImport.PATH).file(file("email,name\nb@rso.example,Budi\n"))
                .header("HX-Request", "true"));
        assertThat(fragment.getStatus()).isEqualTo(200);
        assertThat(fragment.getContentAsString()).doesNotContain("<html").contains("id=\"import-preview\"")
                .contains("b@rso.example");
        assertThat(fragment.getHeader("Vary")).contains("HX-Request");
        assertThat(table.count()).isZero();
    }

    @Test
    void aFileWithWrongColumnsAnswers422AndNamesThem() throws Exception {
        MockHttpServletResponse response = send(multipart(PeopleImport.PATH).file(file("mail,name\nx,y\n")));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("id=\"import-file-errors\"")
                .contains("Required columns are missing from the first row: email.")
                .contains("Unknown columns in the first row: mail. The columns are: email, name, born.");
    }

    @Test
    void invalidRowsAnswer422WithTheirErrorsAndNoCommitButton() throws Exception {
        MockHttpServletResponse response = send(multipart(PeopleImport.PATH)
                .file(file("email,name\nok@rso.example,Ok\nbroken,Broken\n")));

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString();
        assertThat(html).contains("id=\"import-blocked\"").contains("Enter an e-mail address such as name@example.org.")
                .doesNotContain("id=\"import-commit\"");
        assertThat(html).containsPattern("<td>3</td>\\s*<td>email</td>");
    }

    @Test
    void committingFromThePageWritesTheRowsOnce() throws Exception {
        String preview = send(multipart(PeopleImport.PATH).file(file("email,name\nc@rso.example,Citra\nd@rso.example,Dewi\n")))
                .getContentAsString();
        String token = token(preview);

        MockHttpServletResponse done = send(post(PeopleImport.PATH + "/" + token).header("HX-Request", "true"));
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("Imported 2 rows: 2 new, 0 updated.").doesNotContain("<html");
        assertThat(table.names()).containsExactly("Citra", "Dewi");

        MockHttpServletResponse again = send(post(PeopleImport.PATH + "/" + token));
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(again.getContentAsString()).contains("This upload has expired");
        assertThat(table.count()).isEqualTo(2);
    }

    @Test
    void discardingDeletesTheUploadAndShowsTheForm() throws Exception {
        String token = token(send(multipart(PeopleImport.PATH).file(file("email,name\ne@rso.example,Eko\n")))
                .getContentAsString());

        MockHttpServletResponse discarded = send(post(PeopleImport.PATH + "/" + token + "/discard"));
        assertThat(discarded.getContentAsString()).contains("id=\"import-form\"");
        assertThat(send(get(PeopleImport.PATH + "/" + token)).getStatus()).isEqualTo(404);
        assertThat(table.count()).isZero();
    }

    @Test
    void aPostWithoutAFileAsksForOne() throws Exception {
        MockHttpServletResponse response = send(multipart(PeopleImport.PATH));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Choose a CSV file; the file sent was empty or missing.");
    }
}
