package org.kinerja.workplan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kinerja.workplan.internal.ActivityRow;

/** How the work plan views write money, months and partners in the reader's language. */
public final class ViewFormat {

    private ViewFormat() {
    }

    /** {@code 12,500.00}: an amount with two decimals and the locale's grouping; empty for none. */
    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    /** {@code AUD 12,500.00}, or empty text without an amount. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) {
            return "";
        }
        return currency == null ? amount(amount, locale) : currency + " " + amount(amount, locale);
    }

    /** {@code Mar}: the month's short name, for the timeline's columns. */
    public static String monthName(LocalDate month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("MMM", locale));
    }

    /** {@code Mar 2021}. */
    public static String month(LocalDate month, Locale locale) {
        return month == null ? "" : month.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }

    /** {@code Mar 2021 – Jun 2021}, {@code Mar 2021} for one month, empty text when unknown. */
    public static String months(LocalDate start, LocalDate end, Locale locale) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null || start.equals(end)) {
            return month(start != null ? start : end, locale);
        }
        return month(start, locale) + " – " + month(end, locale);
    }

    /** {@code 2021-03-04 – 2021-03-06}, {@code 2021-03-04 –} while running, empty text before it starts. */
    public static String dates(LocalDate start, LocalDate end) {
        if (start == null) {
            return "";
        }
        return end == null ? start + " –" : start.equals(end) ? start.toString() : start + " – " + end;
    }

    /** {@code IOM (co-delivery, 50 %)} style text is made in templates; this is the plain list for exports. */
    public static String partners(List<ActivityRow.PartnerCredit> partners) {
        return partners.stream().map(p -> p.name() + " (" + p.role().name() + " " + p.sharePercent().stripTrailingZeros()
                .toPlainString() + "%)").collect(Collectors.joining(", "));
    }
}
