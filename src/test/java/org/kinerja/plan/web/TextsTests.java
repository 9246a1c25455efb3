package org.kinerja.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void splitsParagraphsAtBlankLinesAndKeepsSingleLineBreaks() {
        assertThat(Texts.paragraphs("First line\nsecond line\n\n  \nNext paragraph"))
                .containsExactly(List.of("First line", "second line"), List.of("Next paragraph"));
    }

    @Test
    void hasNoParagraphsForBlankText() {
        assertThat(Texts.paragraphs("  \n ")).isEmpty();
        assertThat(Texts.paragraphs(null)).isEmpty();
    }

    @Test
    void dropsBlankLinesFromLists() {
        assertThat(Texts.lines(" One \r\n\r\nTwo\n")).containsExactly("One", "Two");
    }

    @Test
    void makesHtmlIdsFromIndexedFieldNames() {
        assertThat(Texts.id("signatories[0].countryCode")).isEqualTo("signatories-0-countryCode");
        assertThat(Texts.id("title")).isEqualTo("title");
    }

    @Test
    void dialsAnInternationalNumberWithoutTheTrunkZero() {
        assertThat(Texts.telephoneHref("+66 (0) 2343 9477")).isEqualTo("tel:+6623439477");
    }

    @Test
    void linksAWebsitePrintedWithoutScheme() {
        assertThat(Texts.websiteHref("www.baliprocess.net")).isEqualTo("https://www.baliprocess.net");
        assertThat(Texts.websiteHref("http://example.org")).isEqualTo("http://example.org");
    }
}
