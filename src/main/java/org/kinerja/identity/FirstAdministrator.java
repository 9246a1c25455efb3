package org.kinerja.identity;

import java.security.SecureRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start, creates the administrator from KINERJA_ADMIN_EMAIL / KINERJA_ADMIN_PASSWORD, or
 * with a random password printed once, which must be changed at first sign-in.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Log log = LogFactory.getLog(FirstAdministrator.class);
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final UserService users;
    private final String email;
    private final String password;

    FirstAdministrator(UserService users, @Value("${kinerja.admin.email}") String email,
                       @Value("${kinerja.admin.password:}") String password) {
        this.users = users;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = password == null || password.isBlank();
        String secret = generated ? randomPassword() : password;
        if (users.createFirstAdministrator(email, "Administrator", secret, generated)) {
            if (generated) {
                log.warn("First administrator created: sign in as " + email + " with the password " + secret
                        + " — it is shown only this once and must be changed at first sign-in.");
            } else {
                log.info("First administrator created: " + email + " (password from KINERJA_ADMIN_PASSWORD).");
            }
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
