package org.kinerja.exchange;

import java.util.Objects;

/**
 * A column an import file may or must have. Names are matched ignoring case and surrounding blanks.
 *
 * @param name     the header, e.g. {@code email}
 * @param required whether a file without it is refused
 */
public record ImportColumn(String name, boolean required) {

    public ImportColumn {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.equals(name.trim())) {
            throw new IllegalArgumentException("column name '" + name + "'");
        }
    }
}
