package org.kinerja.plan;

import java.util.List;

/**
 * The Regional Support Office itself: how to reach it and who manages it.
 *
 * @param name       e.g. {@code Regional Support Office of the Bali Process (RSO)}
 * @param address    postal address, one line per line of the envelope
 * @param telephone  as printed
 * @param email      the office's e-mail address
 * @param website    the website as printed, without scheme
 * @param coManagers the Co-Managers in the order printed
 */
public record OrganisationProfile(String name, String address, String telephone, String email, String website,
                                  List<CoManager> coManagers) {

    public OrganisationProfile {
        coManagers = coManagers == null ? List.of() : List.copyOf(coManagers);
    }
}
