package org.kinerja.shared;

import java.util.Set;

/**
 * What the page layout and the audit trail need to know about whoever is signed in.
 */
public interface SignedInUser {

    long id();

    String email();

    String displayName();

    Set<String> roleNames();

    /** The language the user chose for Kinerja's pages: {@code en} or {@code id}. */
    String preferredLanguage();
}
