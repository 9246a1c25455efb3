package org.kinerja.indicator.web;

/** A user the indicator form offers as responsible. */
public record UserOption(String id, String name) {
}
