package org.kinerja.shared;

import java.util.Set;

/**
 * One item of the main navigation, contributed by the module that owns the section. Sections that are
 * not built yet contribute nothing, so the navigation never shows a broken link.
 *
 * @param labelKey      message key of the label
 * @param href          where it leads
 * @param order         position from the left
 * @param requiredRoles roles of which the user needs one; empty for everyone signed in
 */
public record NavEntry(String labelKey, String href, int order, Set<String> requiredRoles) {
}
