package org.kinerja.request;

/**
 * Who made a request.
 *
 * @param kind       a member, a body or the Co-Chairs
 * @param memberCode the member's code when a member asked
 * @param bodyId     the body's id when a body asked
 * @param name       the member's or body's name, or the Co-Chairs' as messages show it
 */
public record Requester(RequesterKind kind, String memberCode, Long bodyId, String name) {
}
