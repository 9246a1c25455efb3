package org.kinerja.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class UserLocaleResolverTest {

    private final UserLocaleResolver resolver = new UserLocaleResolver();

    @Test
    void beforeSignInTheBrowsersSupportedChoiceWins() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "fr-FR, id;q=0.8, en;q=0.5");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("id"));
    }

    @Test
    void anUnsupportedOrMalformedHeaderMeansEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "th-TH");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
        MockHttpServletRequest malformed = new MockHttpServletRequest();
        malformed.addHeader("Accept-Language", ";;;q=x");
        assertThat(resolver.resolveLocale(malformed)).isEqualTo(Locale.ENGLISH);
    }
}
