package org.kinerja.directory.web;

/** One choice of a select: its value and what it shows. */
public record Option(String value, String label) {
}
