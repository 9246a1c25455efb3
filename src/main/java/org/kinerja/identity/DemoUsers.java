package org.kinerja.identity;

import java.util.EnumSet;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users, one per role (two Co-Managers, one for each co-managing member), and the
 * sign-in table printed once Kinerja is ready.
 */
@Component
@Profile("demo")
@Order(50)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "kinerja-demo-2021";
    private static final Log log = LogFactory.getLog(DemoUsers.class);

    record DemoUser(String email, String name, Role role, String member) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin@kinerja.demo", "Ayu Administrator", Role.ADMIN, null),
            new DemoUser("comanager.aus@kinerja.demo", "Co-Manager (Australia)", Role.CO_MANAGER, "AUS"),
            new DemoUser("comanager.idn@kinerja.demo", "Co-Manager (Indonesia)", Role.CO_MANAGER, "IDN"),
            new DemoUser("officer@kinerja.demo", "Budi Programme Officer", Role.PROGRAMME_OFFICER, null),
            new DemoUser("mel@kinerja.demo", "Citra MEL Officer", Role.MEL_OFFICER, null),
            new DemoUser("focalpoint@kinerja.demo", "Dara Focal Point (Thailand)", Role.MEMBER_FOCAL_POINT, "THA"),
            new DemoUser("viewer@kinerja.demo", "Eka Viewer", Role.VIEWER, null));

    private final UserService users;
    private final UserRepository repository;
    private final String port;

    DemoUsers(UserService users, UserRepository repository,
              @org.springframework.beans.factory.annotation.Value("${server.port:8080}") String port) {
        this.users = users;
        this.repository = repository;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser u : USERS) {
            if (repository.findByEmail(u.email()).isEmpty()) {
                users.create(new UserChange(u.email(), u.name(), EnumSet.of(u.role()), u.member(), "en", true,
                        PASSWORD, null), false);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printSignIn() {
        StringBuilder out = new StringBuilder("\n\n  Kinerja DEMO is ready at http://localhost:" + port
                + "\n  Sign in with one of these users; every demo password is " + PASSWORD + "\n\n");
        for (DemoUser u : USERS) {
            out.append(String.format("    %-20s %s%n", u.role(), u.email()));
        }
        log.info(out);
    }
}
