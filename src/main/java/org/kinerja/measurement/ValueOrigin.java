package org.kinerja.measurement;

/** Where a value's number comes from: the records (a computed indicator's source) or a person's entry. */
public enum ValueOrigin {
    COMPUTED,
    MANUAL
}
