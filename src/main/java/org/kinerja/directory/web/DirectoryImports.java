package org.kinerja.directory.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kinerja.directory.ContactInput;
import org.kinerja.directory.ContactService;
import org.kinerja.directory.Organisation;
import org.kinerja.directory.OrganisationType;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerInput;
import org.kinerja.directory.PartnerService;
import org.kinerja.directory.PartnerType;
import org.kinerja.exchange.CsvRow;
import org.kinerja.exchange.ImportDefinition;
import org.kinerja.exchange.ImportRow;
import org.kinerja.exchange.RowMatcher;
import org.kinerja.exchange.RowResult;
import org.kinerja.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The directory's CSV imports, built on the exchange module: contacts (every row is a new contact) and
 * partners (a row naming an existing partner, ignoring case, is MATCHED and updates it). Rows are checked by
 * the services' own rules ({@link ContactService#validate}, {@link PartnerService#validate}); their
 * violations are reported on the file's column names.
 */
@Component
public class DirectoryImports {

    static final String[] CONTACT_COLUMNS = {"name", "title", "organisation_type", "organisation", "email", "phone",
            "focal_point"};
    static final String[] PARTNER_COLUMNS = {"name", "short_name", "type", "country", "website",
            "iati_organisation_id", "dac_channel_code", "notes"};

    /** Service field → file column. */
    private static final Map<String, String> CONTACT_FIELDS = Map.of("memberCode", "organisation", "partnerId",
            "organisation", "bodyId", "organisation", "forumId", "organisation", "focalPoint", "focal_point");
    private static final Map<String, String> PARTNER_FIELDS = Map.of("shortName", "short_name", "countryCode",
            "country", "iatiOrganisationId", "iati_organisation_id", "dacChannelCode", "dac_channel_code");

    /** A partner row: the partner's fields, and which optional columns the file has. */
    public record PartnerRow(PartnerInput input, List<String> columns) {
    }

    private final ImportDefinition<ContactInput> contacts;
    private final ImportDefinition<PartnerRow> partners;

    DirectoryImports(ContactService contactService, PartnerService partnerService) {
        this.contacts = ImportDefinition.<ContactInput>builder("directory-contacts")
                .required("name", "organisation")
                .optional("title", "organisation_type", "email", "phone", "focal_point")
                .mapper(row -> contact(contactService, row))
                .matcher(RowMatcher.none())
                .writer(batch -> {
                    for (ImportRow<ContactInput> row : batch) {
                        contactService.create(row.value());
                    }
                })
                .build();
        this.partners = ImportDefinition.<PartnerRow>builder("directory-partners")
                .required("name", "type")
                .optional("short_name", "country", "website", "iati_organisation_id", "dac_channel_code", "notes")
                .mapper(row -> partner(partnerService, row))
                .matcher(RowMatcher.byKey(r -> r.input().name().toLowerCase(Locale.ROOT), names -> names.stream()
                        .filter(n -> partnerService.findByName(n).isPresent()).collect(Collectors.toSet())))
                .writer(batch -> {
                    for (ImportRow<PartnerRow> row : batch) {
                        writePartner(partnerService, row.value());
                    }
                })
                .build();
    }

    ImportDefinition<ContactInput> contacts() {
        return contacts;
    }

    ImportDefinition<PartnerRow> partners() {
        return partners;
    }

    private static RowResult<ContactInput> contact(ContactService service, CsvRow row) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        OrganisationType type = null;
        if (row.has("organisation_type")) {
            type = enumValue(OrganisationType.class, row.get("organisation_type"));
            errors.check(type != null, "organisation_type", "directory.value.unknown", row.get("organisation_type"));
        }
        Boolean focal = Boolean.FALSE;
        if (row.has("focal_point")) {
            focal = bool(row.get("focal_point"));
            errors.check(focal != null, "focal_point", "directory.import.boolean", row.get("focal_point"));
        }
        Organisation organisation = null;
        if (!row.has("organisation")) {
            errors.add("organisation", "validation.required");
        } else if (type != null || !row.has("organisation_type")) {
            List<Organisation> found = service.organisationsNamed(type, row.get("organisation"));
            if (found.isEmpty()) {
                errors.add("organisation", "directory.import.organisation.unknown", row.get("organisation"));
            } else if (found.size() > 1) {
                errors.add("organisation", "directory.import.organisation.ambiguous", row.get("organisation"));
            } else {
                organisation = found.get(0);
            }
        }
        ContactInput input = new ContactInput(row.get("name"), row.get("title"),
                organisation != null && organisation.type() == OrganisationType.MEMBER ? organisation.code() : null,
                id(organisation, OrganisationType.PARTNER), id(organisation, OrganisationType.BODY),
                id(organisation, OrganisationType.FORUM), row.get("email"), row.get("phone"), focal, null);
        if (organisation != null) {
            rename(errors, () -> service.validate(input), CONTACT_FIELDS);
        } else {
            // still check the other fields by the service's rules; the organisation error is already there
            rename(errors, () -> service.validate(new ContactInput(input.name(), input.title(), null, null, null,
                    null, input.email(), input.phone(), input.focalPoint(), null)), CONTACT_FIELDS, "organisation");
        }
        errors.throwIfAny();
        return RowResult.valid(input);
    }

    private static RowResult<PartnerRow> partner(PartnerService service, CsvRow row) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PartnerType type = null;
        if (row.has("type")) {
            type = enumValue(PartnerType.class, row.get("type"));
            errors.check(type != null, "type", "directory.import.value.unknown", row.get("type"),
                    Arrays.stream(PartnerType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        List<String> present = new ArrayList<>();
        for (String column : PARTNER_COLUMNS) {
            if (row.present(column)) {
                present.add(column);
            }
        }
        PartnerInput input = new PartnerInput(row.get("name"), row.get("short_name"), type,
                row.get("country").toUpperCase(Locale.ROOT), row.get("website"), row.get("iati_organisation_id"),
                row.get("dac_channel_code"), null, row.get("notes"), null);
        Optional<Partner> existing = row.has("name") ? service.findByName(row.get("name")) : Optional.empty();
        PartnerInput checked = existing.map(p -> merged(p, input, present)).orElse(input);
        rename(errors, () -> service.validate(checked, existing.map(Partner::id).orElse(null)), PARTNER_FIELDS,
                type == null && row.has("type") ? "type" : null);
        errors.throwIfAny();
        return RowResult.valid(new PartnerRow(input, List.copyOf(present)));
    }

    /**
     * A matched partner takes the values of the columns the file has (a blank cell clears an optional field);
     * the columns it does not have, its member link and its name's spelling are kept.
     */
    private static PartnerInput merged(Partner p, PartnerInput file, List<String> present) {
        return new PartnerInput(p.name(),
                present.contains("short_name") ? file.shortName() : p.shortName(),
                file.type(),
                present.contains("country") ? file.countryCode() : p.countryCode(),
                present.contains("website") ? file.website() : p.website(),
                present.contains("iati_organisation_id") ? file.iatiOrganisationId() : p.iatiOrganisationId(),
                present.contains("dac_channel_code") ? file.dacChannelCode() : p.dacChannelCode(),
                p.memberCode(),
                present.contains("notes") ? file.notes() : p.notes(),
                p.version());
    }

    /** Creates the partner, or updates the one of that name (also one an earlier row of the file created). */
    private static void writePartner(PartnerService service, PartnerRow row) {
        Optional<Partner> existing = service.findByName(row.input().name());
        if (existing.isPresent()) {
            service.update(existing.get().id(), merged(existing.get(), row.input(), row.columns()));
        } else {
            service.create(row.input());
        }
    }

    /** Runs a service check and adds its violations under the file's column names, except those of {@code skip}. */
    private static void rename(InvalidInputException.Collector errors, Runnable check, Map<String, String> columns,
                               String... skip) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            List<String> skipped = Arrays.asList(skip);
            for (InvalidInputException.Violation v : e.violations()) {
                String column = columns.getOrDefault(v.field(), v.field());
                if (!skipped.contains(column)) {
                    errors.add(column, v.messageKey(), v.args());
                }
            }
        }
    }

    private static Long id(Organisation organisation, OrganisationType type) {
        return organisation != null && organisation.type() == type ? organisation.id() : null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static Boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "ya" -> Boolean.TRUE;
            case "false", "no", "n", "0", "tidak" -> Boolean.FALSE;
            default -> null;
        };
    }
}
