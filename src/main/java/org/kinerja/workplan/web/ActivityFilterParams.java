package org.kinerja.workplan.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.ActivityFilter;

/**
 * The filters of the work plan views as they are in the address ({@code purpose}, {@code status}, {@code type},
 * {@code partner}, {@code country}, {@code officer}): read into an {@link ActivityFilter}, with the values that
 * cannot be read kept as violations naming their parameter, and written back into the filter form, the export links and the
 * links between the activities page and the timeline.
 */
public final class ActivityFilterParams {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final ActivityFilter filter;
    private final List<InvalidInputException.Violation> violations;

    ActivityFilterParams(String purpose, String status, String type, String partner, String country, String officer) {
        put("purpose", purpose);
        put("status", status);
        put("type", type);
        put("partner", partner);
        put("country", country);
        put("officer", officer);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Integer p = number(values.get("purpose"), "purpose", errors);
        ActivityStatus s = enumValue(ActivityStatus.class, values.get("status"), "status", errors);
        ActivityType t = enumValue(ActivityType.class, values.get("type"), "type", errors);
        Integer partnerId = number(values.get("partner"), "partner", errors);
        String c = values.get("country") == null ? null : values.get("country").toUpperCase(Locale.ROOT);
        errors.check(c == null || c.matches("[A-Z]{3}"), "country", "workplan.views.filter.invalid", values.get("country"));
        Integer officerId = number(values.get("officer"), "officer", errors);
        List<InvalidInputException.Violation> found = List.of();
        try {
            errors.throwIfAny();
        } catch (InvalidInputException e) {
            found = e.violations();
        }
        this.violations = found;
        if (c != null && found.stream().noneMatch(v -> v.field().equals("country"))) {
            values.put("country", c);
        }
        this.filter = new ActivityFilter(null, p, s, t, partnerId == null ? null : partnerId.longValue(), c,
                officerId == null ? null : officerId.longValue());
    }

    private void put(String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static Integer number(String value, String field, InvalidInputException.Collector errors) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,9}")) {
            errors.add(field, "workplan.views.filter.invalid", value);
            return null;
        }
        return Integer.valueOf(value);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field,
                                                   InvalidInputException.Collector errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "workplan.views.filter.invalid", value);
            return null;
        }
    }

    /** The filter of the readable values; check {@link #violations()} first. */
    public ActivityFilter filter() {
        return filter;
    }

    /** The values that cannot be read, each naming its parameter; empty when all can. */
    public List<InvalidInputException.Violation> violations() {
        return violations;
    }

    /** @throws InvalidInputException naming the parameters whose values cannot be read */
    ActivityFilter validFilter() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return filter;
    }

    /** The value of a filter as it is in the address, or empty text. */
    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean any() {
        return !values.isEmpty();
    }

    /** The filters as a query string without {@code ?}; empty without filters. */
    public String query() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** {@code path} with the filters. */
    public String href(String path) {
        return values.isEmpty() ? path : path + "?" + query();
    }
}
