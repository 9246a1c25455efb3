package org.kinerja.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.exchange.PeopleImport.PeopleTable;
import org.kinerja.exchange.PeopleImport.Person;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.NotFoundException;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The import framework with the test-only people import: reading, preview, the bounded report, the
 * all-or-nothing commit, the size limit and who may use an upload.
 */
@SpringBootTest
@Import(PeopleImport.class)
class ImportServiceTests {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    ImportService imports;
    @Autowired
    ImportDefinition<Person> people;
    @Autowired
    PeopleTable table;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService details;

    @BeforeEach
    void signInAsAnOfficer() {
        table.clear();
        PeopleImport.FAIL_ON_DATA_ROW.set(0);
        signIn(Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().email());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        PeopleImport.FAIL_ON_DATA_ROW.set(0);
    }

    private void signIn(String email) {
        UserDetails user = details.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private ImportPreview upload(String csv) {
        return upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ImportPreview upload(byte[] bytes) {
        return imports.upload(people, new MockMultipartFile("file", "people.csv", "text/csv", bytes));
    }

    private long uploads() {
        return jdbc.queryForObject("select count(*) from exchange.upload", Long.class);
    }

    private static String fileErrors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            assertThat(e.violations()).allSatisfy(v -> assertThat(v.field()).isEqualTo("file"));
            return String.join(" | ", e.violations().stream().map(v -> v.messageKey() + List.of(v.args())).toList());
        }
        throw new AssertionError("no file-level error");
    }

    @Test
    void previewsACommaSeparatedFileAsNewAndMatchedRowsWithoutWritingAnything() {
        table.add("ann@rso.example", "Ann");
        ImportPreview preview = upload("email,name,born\nann@rso.example,Ann Smith,1980-01-02\nbob@rso.example,Bob,\n");

        assertThat(preview.columns()).containsExactly("email", "name", "born");
        assertThat(preview.totalRows()).isEqualTo(2);
        assertThat(preview.matchedRows()).isEqualTo(1);
        assertThat(preview.newRows()).isEqualTo(1);
        assertThat(preview.invalidRows()).isZero();
        assertThat(preview.committable()).isTrue();
        assertThat(preview.rows()).extracting(ImportPreview.Row::row, ImportPreview.Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ImportStatus.MATCHED),
                        org.assertj.core.groups.Tuple.tuple(3, ImportStatus.NEW));
        assertThat(preview.fileName()).isEqualTo("people.csv");
        assertThat(preview.expiresAt()).isAfter(java.time.Instant.now().plusSeconds(3500));
        assertThat(table.names()).containsExactly("Ann");
    }

    @Test
    void readsASemicolonSeparatedFileWithAByteOrderMark() {
        byte[] body = "email;name\r\ncarla@rso.example;\"Carla; Jr\"\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(BOM);
        file.writeBytes(body);

        ImportPreview preview = upload(file.toByteArray());

        assertThat(preview.columns()).containsExactly("email", "name");
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(ImportStatus.NEW);
            assertThat(row.values()).containsExactly("carla@rso.example", "Carla; Jr");
        });
    }

    @Test
    void keepsLineBreaksAndQuotesInsideQuotedFieldsAndCommitsThem() {
        ImportPreview preview = upload("email,name\r\ndewi@rso.example,\"Dewi\nsays \"\"hi\"\", twice\"\r\neko@rso.example,Eko\r\n");

        assertThat(preview.totalRows()).isEqualTo(2);
        assertThat(preview.rows()).extracting(ImportPreview.Row::row).containsExactly(2, 3);
        assertThat(preview.rows().get(0).values()).containsExactly("dewi@rso.example", "Dewi\nsays \"hi\", twice");

        ImportResult result = imports.commit(people, preview.token());

        assertThat(result.committed()).isTrue();
        assertThat(result.newRows()).isEqualTo(2);
        assertThat(table.names()).containsExactly("Dewi\nsays \"hi\", twice", "Eko");
    }

    @Test
    void refusesMissingAndUnknownColumnsNamingThemAndKeepsNothing() {
        long before = uploads();
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> upload("mail,name,age\nx@rso.example,X,3\n"));

        assertThat(imports.messages(e)).containsExactly(
                "Required columns are missing from the first row: email.",
                "Unknown columns in the first row: mail, age. The columns are: email, name, born.");
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertThat(fileErrors(() -> upload("email,name,Email\na@rso.example,A,b@rso.example\n")))
                .isEqualTo("exchange.import.header.repeated[Email]");
    }

    @Test
    void refusesAFileThatIsNotUtf8NamingTheRow() {
        byte[] latin1 = "email,name\nfrancois@rso.example,Fran\u00e7ois\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> upload(latin1));

        assertThat(imports.messages(e)).containsExactly(
                "The file is not UTF-8 text (the first invalid character is near row 2). Save it again as CSV UTF-8.");
    }

    @Test
    void refusesAnExcelWorkbookAndOtherTypes() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        assertThat(fileErrors(() -> upload(zip))).isEqualTo("exchange.import.file.workbook[]");
        assertThat(fileErrors(() -> imports.upload(people,
                new MockMultipartFile("file", "people.xlsx", null, "email,name\n".getBytes()))))
                .isEqualTo("exchange.import.file.workbook[]");
        assertThat(fileErrors(() -> imports.upload(people,
                new MockMultipartFile("file", "people.pdf", null, "email,name\n".getBytes()))))
                .isEqualTo("exchange.import.file.type[]");
        assertThat(fileErrors(() -> upload(new byte[0]))).isEqualTo("exchange.import.file.required[]");
        assertThat(fileErrors(() -> upload("email,name\n"))).isEqualTo("exchange.import.file.noRows[]");
        assertThat(fileErrors(() -> upload("email,name\na@rso.example,\"A\n"))).isEqualTo("exchange.import.file.unclosedQuote[2]");
    }

    @Test
    void tenThousandInvalidRowsAreCountedButOnlyTheFirstHundredListed() {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("not-an-email-").append(i).append(",Person ").append(i).append('\n');
        }
        ImportPreview preview = upload(csv.toString());

        assertThat(preview.totalRows()).isEqualTo(10_000);
        assertThat(preview.invalidRows()).isEqualTo(10_000);
        assertThat(preview.errorCount()).isEqualTo(10_000);
        assertThat(preview.errors()).hasSize(100);
        assertThat(preview.rows()).hasSize(100);
        assertThat(preview.moreErrors()).isTrue();
        assertThat(preview.committable()).isFalse();
        assertThat(preview.errors().get(0)).isEqualTo(
                new ImportError(2, "email", "Enter an e-mail address such as name@example.org."));
        assertThat(preview.errors().get(99).row()).isEqualTo(101);

        ImportResult result = imports.commit(people, preview.token());

        assertThat(result.committed()).isFalse();
        assertThat(result.errorCount()).isEqualTo(10_000);
        assertThat(result.errors()).hasSize(100);
        assertThat(table.count()).isZero();
    }

    @Test
    void oneInvalidRowAfterAWrittenBatchLeavesNothingWritten() {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 1; i <= 600; i++) {
            csv.append("p").append(i).append("@rso.example,Person ").append(i).append('\n');
        }
        csv.append("p601@rso.example,\n");
        ImportPreview preview = upload(csv.toString());
        assertThat(preview.invalidRows()).isEqualTo(1);
        assertThat(preview.errors()).containsExactly(new ImportError(602, "name", "This field is required."));

        ImportResult result = imports.commit(people, preview.token());

        assertThat(result.committed()).isFalse();
        assertThat(result.totalRows()).isEqualTo(601);
        assertThat(table.count()).as("the first batch of 500 was written, then rolled back").isZero();
    }

    @Test
    void aWriterFailingOnRowSevenLeavesNothingWrittenAndTheUploadForAnotherTry() {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("w").append(i).append("@rso.example,Writer ").append(i).append('\n');
        }
        ImportPreview preview = upload(csv.toString());
        PeopleImport.FAIL_ON_DATA_ROW.set(7);

        assertThatThrownBy(() -> imports.commit(people, preview.token()))
                .isInstanceOf(IllegalStateException.class).hasMessage("the writer fails on data row 7");
        assertThat(table.count()).isZero();

        PeopleImport.FAIL_ON_DATA_ROW.set(0);
        ImportResult retry = imports.commit(people, preview.token());
        assertThat(retry.committed()).isTrue();
        assertThat(table.count()).isEqualTo(10);
    }

    /** The people import with the commit reading ahead; it records where its matcher and writer ran. */
    private ImportDefinition<Person> readingAhead(long maxRows, Set<String> matcherRuns, Set<String> writerRuns) {
        return new ImportDefinition<>(people.kind(), people.columns(), people.mapper(), batch -> {
            matcherRuns.add(Thread.currentThread().getName() + " " + TransactionSynchronizationManager.isActualTransactionActive());
            return people.matcher().matches(batch);
        }, batch -> {
            writerRuns.add(Thread.currentThread().getName() + " " + TransactionSynchronizationManager.isActualTransactionActive());
            people.writer().write(batch);
        }, people.workbooks(), maxRows, people.maxFileSize(), people.batchSize(), true);
    }

    private static String rows(String prefix, int count) {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 1; i <= count; i++) {
            csv.append(prefix).append(i).append("@rso.example,Person ").append(i).append('\n');
        }
        return csv.toString();
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("import-reader") && t.isAlive());
    }

    @Test
    void aCommitReadingAheadMatchesOnTheReadingThreadAndWritesEveryRowInTheCommitsTransaction() {
        ImportPreview preview = upload(rows("a", 1_300));
        Set<String> matcherRuns = ConcurrentHashMap.newKeySet();
        Set<String> writerRuns = ConcurrentHashMap.newKeySet();

        ImportResult result = imports.commit(readingAhead(0, matcherRuns, writerRuns), preview.token());

        assertThat(result.committed()).isTrue();
        assertThat(result.newRows()).isEqualTo(1_300);
        assertThat(table.count()).isEqualTo(1_300);
        assertThat(matcherRuns).containsExactly("import-reader false");
        assertThat(writerRuns).containsExactly(Thread.currentThread().getName() + " true");
        assertThat(readerAlive()).isFalse();
    }

    @Test
    void aCommitReadingAheadWithAnInvalidRowAfterWrittenBatchesLeavesNothingWritten() {
        String csv = rows("b", 1_200) + "b1201@rso.example,\n";
        ImportPreview preview = upload(csv);
        Set<String> writerRuns = ConcurrentHashMap.newKeySet();

        ImportResult result = imports.commit(readingAhead(0, ConcurrentHashMap.newKeySet(), writerRuns), preview.token());

        assertThat(result.committed()).isFalse();
        assertThat(result.totalRows()).isEqualTo(1_201);
        assertThat(result.errors()).containsExactly(new ImportError(1_202, "name", "This field is required."));
        assertThat(writerRuns).as("the batches before the invalid row were written, then rolled back").isNotEmpty();
        assertThat(table.count()).isZero();
    }

    @Test
    void aWriterFailingWhileTheCommitReadsAheadStopsTheReaderAndLeavesNothingWritten() {
        ImportPreview preview = upload(rows("c", 3_000));
        PeopleImport.FAIL_ON_DATA_ROW.set(700);

        assertThatThrownBy(() -> imports.commit(readingAhead(0, ConcurrentHashMap.newKeySet(),
                ConcurrentHashMap.newKeySet()), preview.token()))
                .isInstanceOf(IllegalStateException.class).hasMessage("the writer fails on data row 700");

        assertThat(readerAlive()).as("the reading thread has ended").isFalse();
        assertThat(table.count()).isZero();
        PeopleImport.FAIL_ON_DATA_ROW.set(0);
        assertThat(imports.commit(people, preview.token()).committed()).isTrue();
        assertThat(table.count()).isEqualTo(3_000);
    }

    @Test
    void aFileErrorFoundByTheReadingThreadIsThrownByTheCommitAfterItsBatchesAndNothingIsWritten() {
        ImportPreview preview = upload(rows("d", 1_200));
        Set<String> writerRuns = ConcurrentHashMap.newKeySet();

        assertThatThrownBy(() -> imports.commit(readingAhead(1_100, ConcurrentHashMap.newKeySet(), writerRuns),
                preview.token()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey).containsExactly("exchange.import.file.tooManyRows"));

        assertThat(writerRuns).as("two batches of 500 were written before row 1,101, then rolled back").isNotEmpty();
        assertThat(table.count()).isZero();
        assertThat(readerAlive()).isFalse();
    }

    @Test
    void aCommittedUploadIsGoneAndCannotBeCommittedTwice() {
        ImportPreview preview = upload("email,name\nonce@rso.example,Once\n");
        assertThat(imports.commit(people, preview.token()).committed()).isTrue();

        assertThatThrownBy(() -> imports.commit(people, preview.token()))
                .isInstanceOf(NotFoundException.class).hasMessage("exchange.import.notFound");
        assertThat(jdbc.queryForObject("select count(*) from exchange.upload_chunk where upload_token = ?",
                Long.class, preview.token())).isZero();
        assertThat(table.count()).isEqualTo(1);
    }

    @Test
    void rowsWithMoreValuesThanColumnsOrValuesUnderAnUnnamedColumnAreErrors() {
        ImportPreview preview = upload("email,name,\na@rso.example,A,,\nb@rso.example,B,x\nc@rso.example,C,,surplus\n");

        assertThat(preview.newRows()).isEqualTo(1);
        assertThat(preview.errors()).containsExactly(
                new ImportError(3, null, "This row has a value in column 3, which has no name in the first row."),
                new ImportError(4, null, "This row has 4 values but the first row names only 3 columns."));
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeStoringIt() {
        long before = uploads();
        byte[] tooLarge = new byte[(int) imports.maxFileSize().toBytes() + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        assertThat(fileErrors(() -> upload(tooLarge))).isEqualTo("exchange.import.file.tooLarge[20 MB]");
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void refusesAStreamLargerThanTheLimitWhileStoringItAndKeepsNothing() {
        long before = uploads();
        long limit = imports.maxFileSize().toBytes();
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ <= limit ? 'a' : -1;
            }
        };

        assertThat(fileErrors(() -> imports.upload(people, "big.csv", endless)))
                .isEqualTo("exchange.import.file.tooLarge[20 MB]");
        assertThat(uploads()).isEqualTo(before);
    }

    @Test
    void anotherUserCannotPreviewCommitOrDiscardTheUpload() {
        ImportPreview preview = upload("email,name\nmine@rso.example,Mine\n");
        signIn(Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create().email());

        assertThatThrownBy(() -> imports.preview(people, preview.token())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.commit(people, preview.token())).isInstanceOf(NotFoundException.class);
        imports.discard(people, preview.token());
        assertThat(jdbc.queryForObject("select count(*) from exchange.upload where token = ?", Long.class,
                preview.token())).isEqualTo(1);
        assertThat(table.count()).isZero();
    }

    @Test
    void anExpiredUploadCannotBeCommittedAndTheNextUploadDeletesIt() {
        ImportPreview preview = upload("email,name\nlate@rso.example,Late\n");
        jdbc.update("update exchange.upload set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' where token = ?",
                preview.token());

        assertThatThrownBy(() -> imports.commit(people, preview.token())).isInstanceOf(NotFoundException.class);
        upload("email,name\nnext@rso.example,Next\n");

        assertThat(jdbc.queryForObject("select count(*) from exchange.upload where token = ?", Long.class,
                preview.token())).isZero();
        assertThat(table.count()).isZero();
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> imports.preview(people, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }
}
