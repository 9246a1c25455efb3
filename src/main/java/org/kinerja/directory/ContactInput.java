package org.kinerja.directory;

/**
 * What a contact is created or changed with. Exactly one of {@code memberCode}, {@code partnerId},
 * {@code bodyId} and {@code forumId} names the organisation the contact belongs to.
 */
public record ContactInput(String name, String title, String memberCode, Long partnerId, Long bodyId, Long forumId,
                           String email, String phone, Boolean focalPoint, Integer version) {
}
