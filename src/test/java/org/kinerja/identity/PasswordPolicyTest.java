package org.kinerja.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.InvalidInputException;

class PasswordPolicyTest {

    private static void check(String password, String email) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PasswordPolicy.check("password", password, email, errors);
        errors.throwIfAny();
    }

    @Test
    void acceptsTwelveCharactersWithoutCompositionRules() {
        check("aaaaaaaaaaaa", "someone@example.org");
    }

    @Test
    void rejectsElevenCharactersNamingTheMinimum() {
        assertThatThrownBy(() -> check("aaaaaaaaaaa", "someone@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("password");
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("validation.password.short");
                    assertThat(e.violations().get(0).args()).containsExactly(12);
                });
    }

    @Test
    void rejectsTheEmailAddressItselfWhateverItsCase() {
        assertThatThrownBy(() -> check("Someone@Example.org", "someone@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("validation.password.email"));
    }

    @Test
    void rejectsMoreThan128Characters() {
        assertThatThrownBy(() -> check("x".repeat(129), "someone@example.org"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("validation.password.long"));
    }

    @Test
    void countsCharactersNotBytes() {
        // twelve characters outside the Basic Multilingual Plane are twelve characters, not 24
        check("😀".repeat(12), "someone@example.org");
    }
}
