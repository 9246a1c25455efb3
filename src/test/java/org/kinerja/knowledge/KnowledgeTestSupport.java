package org.kinerja.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jooq.DSLContext;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserChange;
import org.kinerja.identity.UserService;
import org.kinerja.shared.InvalidInputException;

/** Users with one role each, unique titles, test files and a work plan activity for the knowledge tests. */
final class KnowledgeTestSupport {

    static final String PASSWORD = "knowledge-test-password";

    private KnowledgeTestSupport() {
    }

    static synchronized String user(UserService users, Role role) {
        String email = "knowledge-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@kinerja.test";
        try {
            users.create(new UserChange(email, "Knowledge test " + role.name(), EnumSet.of(role),
                    role.needsMember() ? "THA" : null, "en", true, PASSWORD, null), false);
        } catch (InvalidInputException alreadyThere) {
            // created by an earlier test of this run
        }
        return email;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] pdf(String title, String... paragraphs) {
        return DemoPdf.of(title, List.of(paragraphs));
    }

    /** A minimal DOCX: a ZIP holding word/document.xml (and, unless {@code withDocument} is false, nothing else). */
    static byte[] zip(boolean withDocument) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(withDocument ? "word/document.xml" : "xl/workbook.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An activity of a test work plan (the work plan module offers no writing service yet), by title. */
    static synchronized long activity(DSLContext db, String code, String title) {
        db.execute("insert into workplan.work_plan (plan_code, year) values ('TEST-KN', 2030) on conflict do nothing");
        Long planId = db.resultQuery("select id from workplan.work_plan where plan_code = 'TEST-KN' and year = 2030")
                .fetchOne(0, Long.class);
        db.execute("insert into workplan.activity (work_plan_id, code, purpose_number, sequence, title, type)"
                + " values (?, ?, 3, ?, ?, 'PRACTITIONER_GUIDE') on conflict do nothing", planId, code,
                Integer.parseInt(code.substring(code.length() - 2)), title);
        return db.resultQuery("select id from workplan.activity where work_plan_id = ? and code = ?", planId, code)
                .fetchOne(0, Long.class);
    }
}
