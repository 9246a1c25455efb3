package org.kinerja.knowledge.web;

/** A value and its label in a select of the product pages. */
public record Choice(String value, String label) {
}
