package org.kinerja.measurement.values;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the values pages write numbers and moments. Public because the precompiled templates call it. */
public final class ValueFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private ValueFormat() {
    }

    /** A number without trailing zeros, or "–" when there is none. */
    public static String number(BigDecimal n) {
        return n == null ? "–" : n.stripTrailingZeros().toPlainString();
    }

    /** A moment in UTC to the minute, or "" when there is none. */
    public static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
