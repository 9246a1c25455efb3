package org.kinerja.request;

/** Who made a request: a member, a Bali Process body, or the Co-Chairs. */
public enum RequesterKind {
    MEMBER, BODY, CO_CHAIRS
}
