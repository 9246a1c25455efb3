package org.kinerja.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a plan page shows comes from the message bundles: no text is written into the templates, and
 * every key the templates and the module's code ask for exists.
 */
class PlanTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/jte/plan");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path CODE = Path.of("src/main/java/org/kinerja/plan");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("ui\\.t\\(\"([^\"]+)\"");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"\\{?((?:plan|validation|common|conflict|nav)\\.[A-Za-z0-9.]+)}?\"");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    @Test
    void templatesAskOnlyForKeysThatExist() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void moduleCodeAsksOnlyForKeysThatExist() throws IOException {
        Properties bundle = bundle();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesWriteNoTextOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            String html = markupOnly(Files.readString(template));
            Matcher attributes = TEXT_ATTRIBUTE.matcher(html);
            while (attributes.find()) {
                if (!attributes.group(2).isBlank()) {
                    found.add(template.getFileName() + ": " + attributes.group(1) + "=\"" + attributes.group(2) + "\"");
                }
            }
            for (String text : html.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", "\n").split("\n")) {
                if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    found.add(template.getFileName() + ": " + text.strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScannerFindsTextWrittenIntoMarkup() {
        String template = """
                @param String name
                @if(name != null)
                    <p title="Hello">Written here ${name}</p>
                @endif
                @template.shared.layout(ui = ui, title = ui.t("x"), content = @`<h1>Also here</h1>`)
                """;

        String html = markupOnly(template);

        assertThat(html).contains("title=\"Hello\"").contains("Written here").contains("Also here")
                .doesNotContain("name != null").doesNotContain("ui.t").doesNotContain("@param");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static Properties bundle() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(reader);
                }
            }
        }
        return all;
    }

    /**
     * The template with its JTE code removed: expressions, directives, parameters and template calls, but
     * keeping the markup of content blocks passed to calls.
     */
    static String markupOnly(String template) {
        StringBuilder out = new StringBuilder();
        markup(template, 0, template.length(), out);
        return out.toString();
    }

    private static void markup(String s, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            if (s.startsWith("${", i) || s.startsWith("$unsafe{", i) || s.startsWith("!{", i)) {
                i = skipBalanced(s, s.indexOf('{', i), '{', '}');
            } else if (s.startsWith("@import", i) || s.startsWith("@param", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? to : end;
            } else if (s.startsWith("@template.", i)) {
                int open = s.indexOf('(', i);
                int close = skipBalanced(s, open, '(', ')');
                // content blocks inside the call's arguments are markup
                int j = open;
                while (j < close) {
                    int block = s.indexOf("@`", j);
                    if (block < 0 || block >= close) {
                        break;
                    }
                    int end = s.indexOf('`', block + 2);
                    markup(s, block + 2, end, out);
                    j = end + 1;
                }
                i = close;
            } else if (s.startsWith("@if", i) || s.startsWith("@elseif", i) || s.startsWith("@for", i)) {
                i = skipBalanced(s, s.indexOf('(', i), '(', ')');
            } else if (s.startsWith("@else", i) || s.startsWith("@endif", i) || s.startsWith("@endfor", i)) {
                i += s.startsWith("@endfor", i) ? 7 : s.startsWith("@endif", i) ? 6 : 5;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
    }

    /** The index after the bracket that closes the one at {@code open}, skipping Java string literals. */
    private static int skipBalanced(String s, int open, char opening, char closing) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '@' && i + 1 < s.length() && s.charAt(i + 1) == '`') {
                i = s.indexOf('`', i + 2);
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalStateException("unbalanced " + opening + " at " + open);
    }
}
