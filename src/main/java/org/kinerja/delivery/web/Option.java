package org.kinerja.delivery.web;

/** A choice of a select: its value and what people read. */
public record Option(String value, String label) {
}
