package org.kinerja.directory.web;

import java.util.List;

/** The purposes of one plan a commitment can be linked to, as the form's checkboxes show them. */
public record PurposeChoice(String planCode, String planTitle, List<Option> purposes) {
}
