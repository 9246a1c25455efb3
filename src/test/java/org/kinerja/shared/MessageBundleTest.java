package org.kinerja.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All user-facing text comes from the message bundles: templates hold no words of their own, and every
 * key that templates and code name exists in the bundles.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");

    /** Attributes whose values people read or hear. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|aria-description|label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            String source = Files.readString(template);
            String text = stripExpressions(source);
            Matcher attributes = READ_ATTRIBUTE.matcher(text);
            while (attributes.find()) {
                String value = attributes.group(2);
                if (value.substring(1, value.length() - 1).matches(".*\\p{L}.*")) {
                    offences.add(template + ": attribute " + attributes.group(1) + "=" + value);
                }
            }
            String withoutTags = text.replaceAll("(?s)<!DOCTYPE[^>]*>", " ").replaceAll("(?s)<[^>]*>", " ");
            for (String line : withoutTags.split("\n")) {
                if (line.matches(".*\\p{L}.*")) {
                    offences.add(template + ": text \"" + line.trim() + "\"");
                }
            }
        }
        assertThat(offences).as("hard-coded text in templates").isEmpty();
    }

    @Test
    void everyMessageKeyNamedInTemplatesAndCodeExists() throws IOException {
        Properties english = bundle("");
        Set<String> missing = new TreeSet<>();
        Pattern templateKey = Pattern.compile("\\.t\\(\"([a-zA-Z0-9_.]+)\"");
        for (Path template : templates()) {
            Matcher m = templateKey.matcher(Files.readString(template));
            while (m.find()) {
                if (!english.containsKey(m.group(1)) && !m.group(1).endsWith(".")) {
                    missing.add(m.group(1) + " (" + template + ")");
                }
            }
        }
        // keys in code: validation annotations {key}, and the literal keys passed to exceptions and messages
        Pattern codeKey = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\\}?\"");
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = codeKey.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (looksLikeMessageKey(key) && !english.containsKey(key)) {
                        missing.add(key + " (" + file + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys missing from the English bundles").isEmpty();
    }

    @Test
    void theScannerKeepsWrittenTextAndDropsWhatJteEvaluates() {
        String template = """
                @import org.kinerja.shared.web.Ui
                @param Ui ui
                @template.shared.layout(ui = ui, title = ui.t("x.title"), content = @`
                    <h1>${ui.t("x.title")}</h1>
                    @if(ui.signedIn())<p>Hello there</p>@endif
                    @template.shared.field(ui = ui, name = "n", input = @`<input title="Type here">`)
                `)
                """;
        String markup = stripExpressions(template);
        assertThat(markup).contains("Hello there").contains("title=\"Type here\"")
                .doesNotContain("x.title").doesNotContain("@import").doesNotContain("signedIn");
    }

    @Test
    void everyRoleHasALabel() throws IOException {
        Properties english = bundle("");
        for (var role : org.kinerja.identity.Role.values()) {
            assertThat(english).containsKey("role." + role.name());
        }
    }

    /** Keys are dotted and start with one of the bundles' prefixes; class names, packages and URLs are not keys. */
    private static boolean looksLikeMessageKey(String candidate) throws IOException {
        Properties english = bundle("");
        String prefix = candidate.substring(0, candidate.indexOf('.') + 1);
        return english.keySet().stream().anyMatch(k -> k.toString().startsWith(prefix))
                && !candidate.startsWith("org.") && !candidate.startsWith("spring.") && !candidate.startsWith("kinerja.")
                && !candidate.startsWith("gg.") && !candidate.startsWith("java.") && !tables().contains(candidate);
    }

    /** The tables the migrations create ({@code delivery.event} …): code names them in SQL, not as message keys. */
    private static Set<String> tables() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+\\.[a-z_]+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties")).toList()) {
                try (InputStream in = Files.newInputStream(file);
                     Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    Properties p = new Properties();
                    p.load(reader);
                    all.putAll(p);
                }
            }
        }
        return all;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
    }

    /**
     * Removes what jte evaluates — {@code ${…}}, {@code !{…}}, {@code $unsafe{…}}, {@code @if(…)} and the other
     * directives, {@code @param}/{@code @import} lines and comments — leaving the literal markup and text.
     */
    static String stripExpressions(String source) {
        StringBuilder out = new StringBuilder();
        String s = source.replaceAll("(?s)<%--.*?--%>", "");
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '$' || c == '!') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                i = skipBalanced(s, i + 1, '{', '}');
            } else if (s.startsWith("$unsafe{", i)) {
                i = skipBalanced(s, i + 7, '{', '}');
            } else if (c == '@' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_' || s.charAt(j) == '-')) {
                    j++;
                }
                String directive = s.substring(i + 1, j);
                if (directive.equals("param") || directive.equals("import")) {
                    int end = s.indexOf('\n', j);
                    i = end < 0 ? s.length() : end;
                } else if (directive.startsWith("template.") && j < s.length() && s.charAt(j) == '(') {
                    i = contentBlocksOfCall(s, j, out);
                } else if (j < s.length() && s.charAt(j) == '(') {
                    i = skipBalanced(s, j, '(', ')');
                } else {
                    i = j;
                }
            } else if (c == '`' ) {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * In the arguments of a {@code @template.x(...)} call only the content blocks ({@code @`…`}) are markup:
     * strips each of them into {@code out} and returns the index after the closing parenthesis.
     */
    private static int contentBlocksOfCall(String s, int open, StringBuilder out) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '@' && i + 1 < s.length() && s.charAt(i + 1) == '`') {
                int nesting = 1;
                int j = i + 2;
                while (j < s.length() && nesting > 0) {
                    if (s.startsWith("@`", j)) {
                        nesting++;
                        j += 2;
                    } else if (s.charAt(j) == '`') {
                        nesting--;
                        j++;
                    } else {
                        j++;
                    }
                }
                out.append(stripExpressions(s.substring(i + 2, j - 1))).append('\n');
                i = j - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return s.length();
    }

    /** Returns the index after the bracket that closes the one at {@code open}, skipping Java strings. */
    private static int skipBalanced(String s, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == opening) {
                depth++;
            } else if (c == closing) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return s.length();
    }
}
