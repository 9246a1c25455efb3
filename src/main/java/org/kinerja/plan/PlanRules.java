package org.kinerja.plan;

import static org.kinerja.plan.PlanLimits.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kinerja.shared.InvalidInputException;

/**
 * What makes a plan's input valid, and how typed text is tidied before it is checked and stored. Every
 * broken rule is reported against the field that breaks it, as the API and the forms name it.
 */
final class PlanRules {

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final Pattern COUNTRY_CODE = Pattern.compile(COUNTRY_CODE_PATTERN);

    private PlanRules() {
    }

    /** Line breaks as {@code \n}, no surrounding white space; {@code null} stays {@code null}. */
    static String tidy(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static NewPlan tidy(NewPlan p) {
        return new NewPlan(tidy(p.code()), tidy(p.title()), p.startYear(), p.endYear(),
                p.copyFrom() == null || p.copyFrom().isBlank() ? null : tidy(p.copyFrom()));
    }

    static PlanChange tidy(PlanChange c) {
        return new PlanChange(tidy(c.title()), c.startYear(), c.endYear(), tidy(c.foreword()), tidy(c.description()),
                tidy(c.mission()), tidy(c.reporting()), c.version(),
                c.signatories() == null ? null : c.signatories().stream().map(PlanRules::tidy).toList(),
                c.principles() == null ? null : c.principles().stream().map(PlanRules::tidy).toList(),
                c.purposes() == null ? null : c.purposes().stream().map(PlanRules::tidy).toList());
    }

    static Signatory tidy(Signatory s) {
        return s == null ? null : new Signatory(tidy(s.name()), tidy(s.roleTitle()), tidy(s.countryCode()),
                tidy(s.countryName()));
    }

    static Principle tidy(Principle p) {
        return p == null ? null : new Principle(p.number(), tidy(p.title()), orEmpty(tidy(p.description())));
    }

    static Purpose tidy(Purpose p) {
        if (p == null) {
            return null;
        }
        List<String> activities = new ArrayList<>();
        for (String a : p.exampleActivities()) {
            activities.add(tidy(a));
        }
        return new Purpose(p.number(), tidy(p.title()), orEmpty(tidy(p.summary())), orEmpty(tidy(p.description())),
                activities);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static void check(NewPlan p, InvalidInputException.Collector errors) {
        if (p.code() == null || p.code().isEmpty()) {
            errors.add("code", "validation.required");
        } else if (!CODE.matcher(p.code()).matches()) {
            errors.add("code", "plan.code.format");
        }
        title("title", p.title(), errors);
        years(p.startYear(), p.endYear(), errors);
    }

    static void check(PlanChange c, InvalidInputException.Collector errors) {
        title("title", c.title(), errors);
        years(c.startYear(), c.endYear(), errors);
        length("foreword", c.foreword(), FOREWORD_MAX, errors);
        length("description", c.description(), DESCRIPTION_MAX, errors);
        length("mission", c.mission(), MISSION_MAX, errors);
        length("reporting", c.reporting(), REPORTING_MAX, errors);
        errors.check(c.version() != null, "version", "validation.required");
        if (c.signatories() != null) {
            errors.check(c.signatories().size() <= SIGNATORIES_MAX, "signatories", "plan.list.tooMany", SIGNATORIES_MAX);
            for (int i = 0; i < c.signatories().size(); i++) {
                check("signatories[" + i + "].", c.signatories().get(i), errors);
            }
        }
        if (c.principles() != null) {
            errors.check(c.principles().size() <= NUMBER_MAX, "principles", "plan.list.tooMany", NUMBER_MAX);
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < c.principles().size(); i++) {
                Principle p = c.principles().get(i);
                String prefix = "principles[" + i + "].";
                check(prefix, p, errors);
                if (p != null && p.number() != null && !numbers.add(p.number())) {
                    errors.add(prefix + "number", "plan.number.taken", p.number());
                }
            }
        }
        if (c.purposes() != null) {
            errors.check(c.purposes().size() <= NUMBER_MAX, "purposes", "plan.list.tooMany", NUMBER_MAX);
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < c.purposes().size(); i++) {
                Purpose p = c.purposes().get(i);
                String prefix = "purposes[" + i + "].";
                check(prefix, p, errors);
                if (p != null && p.number() != null && !numbers.add(p.number())) {
                    errors.add(prefix + "number", "plan.number.taken", p.number());
                }
            }
        }
    }

    static void check(String prefix, Signatory s, InvalidInputException.Collector errors) {
        if (s == null) {
            errors.add(prefix.isEmpty() ? "signatory" : prefix.substring(0, prefix.length() - 1), "validation.required");
            return;
        }
        required(prefix + "name", s.name(), SIGNATORY_NAME_MAX, errors);
        required(prefix + "roleTitle", s.roleTitle(), SIGNATORY_ROLE_MAX, errors);
        if (s.countryCode() == null || s.countryCode().isEmpty()) {
            errors.add(prefix + "countryCode", "validation.required");
        } else if (!COUNTRY_CODE.matcher(s.countryCode()).matches()) {
            errors.add(prefix + "countryCode", "plan.countryCode.format");
        }
        required(prefix + "countryName", s.countryName(), COUNTRY_NAME_MAX, errors);
    }

    static void check(String prefix, Principle p, InvalidInputException.Collector errors) {
        if (p == null) {
            errors.add(prefix.isEmpty() ? "principle" : prefix.substring(0, prefix.length() - 1), "validation.required");
            return;
        }
        number(prefix + "number", p.number(), errors);
        title(prefix + "title", p.title(), errors);
        length(prefix + "description", p.description(), PRINCIPLE_DESCRIPTION_MAX, errors);
    }

    static void check(String prefix, Purpose p, InvalidInputException.Collector errors) {
        if (p == null) {
            errors.add(prefix.isEmpty() ? "purpose" : prefix.substring(0, prefix.length() - 1), "validation.required");
            return;
        }
        number(prefix + "number", p.number(), errors);
        title(prefix + "title", p.title(), errors);
        length(prefix + "summary", p.summary(), PURPOSE_SUMMARY_MAX, errors);
        length(prefix + "description", p.description(), PURPOSE_DESCRIPTION_MAX, errors);
        List<String> activities = p.exampleActivities();
        errors.check(activities.size() <= EXAMPLE_ACTIVITIES_MAX, prefix + "exampleActivities",
                "plan.exampleActivities.tooMany", EXAMPLE_ACTIVITIES_MAX);
        for (int i = 0; i < activities.size(); i++) {
            required(prefix + "exampleActivities[" + i + "]", activities.get(i), EXAMPLE_ACTIVITY_MAX, errors);
        }
    }

    private static void title(String field, String title, InvalidInputException.Collector errors) {
        required(field, title, TITLE_MAX, errors);
    }

    private static void required(String field, String value, int max, InvalidInputException.Collector errors) {
        if (value == null || value.isEmpty()) {
            errors.add(field, "validation.required");
        } else {
            length(field, value, max, errors);
        }
    }

    private static void length(String field, String value, int max, InvalidInputException.Collector errors) {
        if (value != null && value.length() > max) {
            errors.add(field, "validation.length.max", max);
        }
    }

    private static void number(String field, Integer number, InvalidInputException.Collector errors) {
        if (number == null) {
            errors.add(field, "validation.required");
        } else if (number < NUMBER_MIN || number > NUMBER_MAX) {
            errors.add(field, "validation.number.range", String.valueOf(NUMBER_MIN), String.valueOf(NUMBER_MAX));
        }
    }

    private static void years(Integer start, Integer end, InvalidInputException.Collector errors) {
        boolean startOk = year("startYear", start, errors);
        boolean endOk = year("endYear", end, errors);
        if (startOk && endOk && end < start) {
            errors.add("endYear", "plan.endYear.beforeStart", String.valueOf(start));
        }
    }

    private static boolean year(String field, Integer year, InvalidInputException.Collector errors) {
        if (year == null) {
            errors.add(field, "validation.required");
            return false;
        }
        if (year < YEAR_MIN || year > YEAR_MAX) {
            errors.add(field, "validation.number.range", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
            return false;
        }
        return true;
    }
}
