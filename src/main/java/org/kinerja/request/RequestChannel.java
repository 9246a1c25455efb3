package org.kinerja.request;

/** How a request reached the RSO; KINERJA is a focal point's request typed into Kinerja. */
public enum RequestChannel {
    EMAIL, LETTER, MEETING, PHONE, KINERJA, OTHER
}
