package org.kinerja.workplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.kinerja.plan.Principle;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.workplan.Activity;
import org.kinerja.workplan.ActivityInput;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.Modality;
import org.kinerja.workplan.PartnerRole;
import org.kinerja.workplan.PrincipleRating;

/**
 * The fields of the activity form, as typed. Partner rows with no partner chosen and principle rows with no
 * rating are left out. {@code requestedBy} is one choice: {@code member:IDN}, {@code body:7}, {@code coChairs}
 * or blank; countries are typed as codes separated by commas or spaces.
 */
public record ActivityForm(String workplanId, String title, String purposeNumber, String outcomeCode, String type,
                           String description, String objectives, String leadOfficerId, List<PartnerRow> partners,
                           String requestedBy, List<String> commitmentIds, String countryCodes, String modality,
                           String plannedStart, String plannedEnd, String actualStart, String actualEnd,
                           String budgetAmount, String budgetCurrency, String expenditure, String genderMarker,
                           String genderMarkerJustification, List<PrincipleRow> principles, String version) {

    /** How many empty partner rows the form offers. */
    static final int BLANK_PARTNER_ROWS = 3;

    /** One partner row: the partner, its role and its credit share. */
    public record PartnerRow(String partnerId, String role, String sharePercent) {
        boolean blank() {
            return (partnerId == null || partnerId.isBlank()) && (sharePercent == null || sharePercent.isBlank());
        }
    }

    /** One principle row: the principle's number, the rating (blank: not rated) and the evidence. */
    public record PrincipleRow(String number, String rating, String evidence) {
    }

    public ActivityForm {
        partners = partners == null ? List.of() : new ArrayList<>(partners);
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
        principles = principles == null ? List.of() : new ArrayList<>(principles);
    }

    static ActivityForm blank(long workplanId, String currency) {
        return new ActivityForm(String.valueOf(workplanId), "", "", "", "", "", "", "", List.of(), "", List.of(), "", "",
                "", "", "", "", "", currency, "", "", "", List.of(), "");
    }

    static ActivityForm of(Activity a) {
        Activity.RequestedBy r = a.requestedBy();
        return new ActivityForm(String.valueOf(a.workplanId()), a.title(), String.valueOf(a.purposeNumber()),
                text(a.outcomeCode()), a.type().name(), a.description(), a.objectives(), text(a.leadOfficerId()),
                a.partners().stream().map(p -> new PartnerRow(String.valueOf(p.partnerId()), p.role().name(),
                        p.sharePercent().stripTrailingZeros().toPlainString())).toList(),
                r.memberCode() != null ? "member:" + r.memberCode() : r.bodyId() != null ? "body:" + r.bodyId()
                        : r.coChairs() ? "coChairs" : "",
                a.commitmentIds().stream().map(String::valueOf).toList(), String.join(", ", a.countryCodes()),
                a.modality() == null ? "" : a.modality().name(), text(a.plannedStart()), text(a.plannedEnd()),
                text(a.actualStart()), text(a.actualEnd()),
                a.budget() == null ? "" : a.budget().amount().toPlainString(), a.budget() == null ? "" : a.budget().currency(),
                a.expenditure() == null ? "" : a.expenditure().toPlainString(), text(a.genderMarker()),
                text(a.genderMarkerJustification()),
                a.principles().stream().map(p -> new PrincipleRow(String.valueOf(p.number()), p.rating().name(), p.evidence()))
                        .toList(), String.valueOf(a.version()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The partner rows to show: those given, then blank rows to add partners. */
    public List<PartnerRow> partnerRows() {
        List<PartnerRow> rows = new ArrayList<>(partners);
        for (int i = 0; i < BLANK_PARTNER_ROWS; i++) {
            rows.add(new PartnerRow("", "", ""));
        }
        return rows;
    }

    /** The row of each principle of the plan, with what was typed for it. */
    public List<PrincipleRow> principleRows(List<Principle> planPrinciples) {
        List<PrincipleRow> rows = new ArrayList<>();
        for (Principle p : planPrinciples) {
            String n = String.valueOf(p.number());
            rows.add(principles.stream().filter(r -> r != null && n.equals(r.number())).findFirst()
                    .orElse(new PrincipleRow(n, "", "")));
        }
        return rows;
    }

    public boolean commitmentChosen(long id) {
        return commitmentIds.contains(String.valueOf(id));
    }

    /** The input and, for each partner row given to the service, the row of the form it came from. */
    record Parsed(ActivityInput input, List<Integer> partnerRows, List<Integer> principleRows) {

        /** The form's name of a field the service named ({@code partners[0].role} → {@code partners[2].role}). */
        String formField(String field) {
            if (field.startsWith("partners[")) {
                return renumber(field, "partners[", partnerRows);
            }
            if (field.startsWith("principles[")) {
                return renumber(field, "principles[", principleRows);
            }
            if (field.startsWith("countryCodes")) {
                return "countryCodes";
            }
            if (field.startsWith("commitmentIds")) {
                return "commitmentIds";
            }
            if (field.startsWith("requestedBy")) {
                return "requestedBy";
            }
            if (field.startsWith("budget.")) {
                return field.equals("budget.currency") ? "budgetCurrency" : "budgetAmount";
            }
            return field;
        }

        private static String renumber(String field, String prefix, List<Integer> rows) {
            int end = field.indexOf(']');
            int i = Integer.parseInt(field.substring(prefix.length(), end));
            return prefix + (i < rows.size() ? rows.get(i) : i) + field.substring(end);
        }
    }

    /** The input for the service; unreadable values (a word for a number, a 13th month) are refused naming their field. */
    Parsed parse() {
        Map<String, String> unreadable = new TreeMap<>();
        Reader r = new Reader(unreadable);
        List<ActivityInput.PartnerShare> shares = new ArrayList<>();
        List<Integer> partnerRows = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            PartnerRow row = partners.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String p = "partners[" + i + "].";
            shares.add(new ActivityInput.PartnerShare(r.id(p + "partnerId", row.partnerId()),
                    r.enumValue(PartnerRole.class, p + "role", row.role()), r.decimal(p + "sharePercent", row.sharePercent())));
            partnerRows.add(i);
        }
        List<ActivityInput.PrincipleMarker> markers = new ArrayList<>();
        List<Integer> principleRows = new ArrayList<>();
        for (int i = 0; i < principles.size(); i++) {
            PrincipleRow row = principles.get(i);
            if (row == null || ((row.rating() == null || row.rating().isBlank())
                    && (row.evidence() == null || row.evidence().isBlank()))) {
                continue;
            }
            String p = "principles[" + i + "].";
            markers.add(new ActivityInput.PrincipleMarker(r.integer(p + "number", row.number()),
                    r.enumValue(PrincipleRating.class, p + "rating", row.rating()), row.evidence()));
            principleRows.add(i);
        }
        ActivityInput.RequestedBy requested = null;
        String rb = requestedBy == null ? "" : requestedBy.strip();
        if (rb.startsWith("member:")) {
            requested = new ActivityInput.RequestedBy(rb.substring(7), null, null);
        } else if (rb.startsWith("body:")) {
            requested = new ActivityInput.RequestedBy(null, r.id("requestedBy", rb.substring(5)), null);
        } else if (rb.equals("coChairs")) {
            requested = new ActivityInput.RequestedBy(null, null, true);
        } else if (!rb.isEmpty()) {
            unreadable.put("requestedBy", "activity.form.unreadable");
        }
        List<Long> commitments = new ArrayList<>();
        for (String c : commitmentIds) {
            if (c != null && !c.isBlank()) {
                commitments.add(r.id("commitmentIds", c));
            }
        }
        List<String> countries = countryCodes == null || countryCodes.isBlank() ? List.of()
                : List.of(countryCodes.strip().split("[,;\\s]+"));
        BigDecimal amount = r.decimal("budgetAmount", budgetAmount);
        String currency = budgetCurrency == null || budgetCurrency.isBlank() ? null : budgetCurrency;
        ActivityInput input = new ActivityInput(r.id("workplanId", workplanId), title, r.integer("purposeNumber", purposeNumber),
                outcomeCode, r.enumValue(ActivityType.class, "type", type), null, null, description, objectives,
                r.id("leadOfficerId", leadOfficerId), shares, requested, commitments, countries,
                r.enumValue(Modality.class, "modality", modality), r.month("plannedStart", plannedStart),
                r.month("plannedEnd", plannedEnd), r.date("actualStart", actualStart), r.date("actualEnd", actualEnd),
                amount == null ? null : new ActivityInput.Budget(amount, currency), r.decimal("expenditure", expenditure),
                r.integer("genderMarker", genderMarker), genderMarkerJustification, markers, r.integer("version", version));
        if (!unreadable.isEmpty()) {
            List<InvalidInputException.Violation> v = new ArrayList<>();
            unreadable.forEach((field, key) -> v.add(new InvalidInputException.Violation(field, key)));
            throw new InvalidInputException(v);
        }
        return new Parsed(input, partnerRows, principleRows);
    }

    /** Reads typed text as values, noting each field it cannot read; blank is {@code null}. */
    static final class Reader {
        private final Map<String, String> unreadable;

        Reader(Map<String, String> unreadable) {
            this.unreadable = unreadable;
        }

        private static String blankless(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        Long id(String field, String value) {
            String v = blankless(value);
            try {
                return v == null ? null : Long.valueOf(v);
            } catch (NumberFormatException e) {
                unreadable.put(field, "activity.form.number");
                return null;
            }
        }

        Integer integer(String field, String value) {
            String v = blankless(value);
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                unreadable.put(field, "activity.form.number");
                return null;
            }
        }

        BigDecimal decimal(String field, String value) {
            String v = blankless(value);
            try {
                if (v == null) {
                    return null;
                }
                // thousands separated by commas (1,500.50) are read; any other comma (1,5) is refused, not guessed
                String plain = v.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? v.replace(",", "") : v;
                return new BigDecimal(plain);
            } catch (NumberFormatException e) {
                unreadable.put(field, "activity.form.number");
                return null;
            }
        }

        YearMonth month(String field, String value) {
            String v = blankless(value);
            try {
                return v == null ? null : YearMonth.parse(v);
            } catch (DateTimeParseException e) {
                unreadable.put(field, "activity.form.month");
                return null;
            }
        }

        LocalDate date(String field, String value) {
            String v = blankless(value);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                unreadable.put(field, "activity.form.date");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
            String v = blankless(value);
            try {
                return v == null ? null : Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                unreadable.put(field, "activity.form.unreadable");
                return null;
            }
        }
    }
}
