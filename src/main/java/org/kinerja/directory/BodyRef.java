package org.kinerja.directory;

/** A body named from another record. */
public record BodyRef(long id, String name, String shortName) {
}
