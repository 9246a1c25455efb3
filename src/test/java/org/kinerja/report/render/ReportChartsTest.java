package org.kinerja.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report's SVG charts are well-formed XML, escape what users typed and say in words what they show. */
class ReportChartsTest {

    private static final ReportText TEXT = text();

    @Test
    void deliveryChartIsWellFormedWithATitleADescriptionAndOneBarPerNonZeroCount() throws Exception {
        String svg = charts(null).delivery(ReportFixture.internal());
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(text(doc, "title")).containsExactly("Activities of the work plan by purpose and status");
        assertThat(text(doc, "desc").get(0))
                .startsWith("Purpose 1: Support to Members & Working Groups: Planned 1, Completed 1, In progress 0")
                .contains("Purpose 3: Knowledge and research <script>alert('x')</script> & more: Planned 1");
        // 5 legend squares + bars for the 9 counts that are not zero
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(5 + 9);
    }

    @Test
    void userTextIsEscapedNotMarkup() {
        String svg = charts(null).delivery(ReportFixture.internal());
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    }

    @Test
    void suppressedCountsOfAPublicReportHaveNoBarAndReadLessThanFive() throws Exception {
        String svg = charts(5).trainedBySex(ReportFixture.publicReport());
        Document doc = parse(svg);
        // legend square + bars for Male (9) and Not recorded (6); Female and Other are suppressed
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2);
        assertThat(text(doc, "text")).contains("Female", "Male", "9", "6").filteredOn("<5"::equals).hasSize(2);
        assertThat(text(doc, "desc").get(0)).isEqualTo("Female: People trained <5; Male: People trained 9; "
                + "Other: People trained <5; Not recorded: People trained 6.");
    }

    @Test
    void budgetChartDrawsThePurposesInTheReportingCurrency() throws Exception {
        Document doc = parse(charts(null).budget(ReportFixture.internal()));
        assertThat(text(doc, "title")).containsExactly("Budget and expenditure by purpose (USD)");
        assertThat(text(doc, "text")).contains("Budget (USD)", "Expenditure (USD)", "33,000.00", "20,000.00");
        // 2 legend squares + 4 budgets + 3 expenditures (purpose 4 spent nothing)
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2 + 4 + 3);
    }

    @Test
    void chartsRasteriseToPngForTheWordDocument() throws Exception {
        byte[] png = DocxWriter.png(charts(null).delivery(ReportFixture.internal()), 1280f);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1280);
    }

    private static ReportCharts charts(Integer suppressedBelow) {
        return new ReportCharts(TEXT, new ReportFormat(suppressedBelow));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static ReportText text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/shared", "messages/workplan", "messages/delivery", "messages/knowledge",
                "messages/report");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return ReportText.of(messages, Locale.ENGLISH);
    }
}
