package org.kinerja.directory;

import static org.kinerja.directory.DirectoryLimits.*;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kinerja.shared.EntityChanged;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the directory data shipped with every install ({@code src/main/resources/directory/}, see its
 * {@code SOURCES.md}) at start-up: the ISO country and currency tables, the Bali Process members, bodies and
 * their seats, the partners and forums the Strategic Plan names, and the commitments. Each file is loaded
 * once per version (recorded in {@code directory.reference_load}): records are inserted when absent and left
 * alone otherwise, so what users change or delete stays so across restarts. Nodes starting together wait for
 * each other on a transaction-scoped advisory lock.
 */
@Component
@Order(55)
class DirectoryReferenceData implements ApplicationRunner {

    static final String COUNTRIES = "directory/iso3166-1.csv";
    static final String CURRENCIES = "directory/iso4217-current.csv";
    static final String MEMBERS = "directory/members.csv";
    static final String BODIES = "directory/bodies.csv";
    static final String BODY_DETAILS = "directory/body-details.csv";
    static final String BODY_MEMBERS = "directory/body_members.csv";
    static final String PARTNERS = "directory/partners.csv";
    static final String FORUMS = "directory/forums.csv";
    static final String COMMITMENTS = "directory/commitments.csv";

    /** The version of each shipped file; raise it when the file changes so that the change is loaded. */
    static final Map<String, Integer> VERSIONS = Map.of(
            COUNTRIES, 1, CURRENCIES, 1, MEMBERS, 1, BODIES, 1, PARTNERS, 1, FORUMS, 1, COMMITMENTS, 1);

    private static final Log log = LogFactory.getLog(DirectoryReferenceData.class);
    private static final Pattern ACRONYM = Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final Pattern ROLE_AND_TERM = Pattern.compile("^([a-z_]+)\\s*(?:\\((.+)\\))?$");
    private static final Map<String, BodyKind> BODY_KINDS = Map.ofEntries(
            Map.entry("forum", BodyKind.PROCESS),
            Map.entry("co_chairs", BodyKind.CO_CHAIRS),
            Map.entry("ministerial", BodyKind.MINISTERIAL_CONFERENCE),
            Map.entry("senior_officials", BodyKind.SENIOR_OFFICIALS_MEETING),
            Map.entry("steering_group", BodyKind.STEERING_GROUP),
            Map.entry("ad_hoc_group", BodyKind.AD_HOC_GROUP),
            Map.entry("working_group", BodyKind.WORKING_GROUP),
            Map.entry("task_force", BodyKind.TASK_FORCE),
            Map.entry("technical_experts_group", BodyKind.TECHNICAL_EXPERTS_GROUP),
            Map.entry("government_business_forum", BodyKind.GOVERNMENT_BUSINESS_FORUM),
            Map.entry("consultation_mechanism", BodyKind.CONSULTATION_MECHANISM),
            Map.entry("regional_support_office", BodyKind.REGIONAL_SUPPORT_OFFICE),
            Map.entry("framework", BodyKind.FRAMEWORK),
            Map.entry("expert_group_historical", BodyKind.HISTORICAL_EXPERT_GROUP));

    /** A member as the shipped file gives it, with the code and roles read from its row. */
    record ShippedMember(String code, String name, MemberKind kind, String alpha2, String alpha3,
                         List<MemberRole> roles, String notes, String sources) {
    }

    private final CountryRepository countries;
    private final MemberRepository members;
    private final BodyRepository bodies;
    private final PartnerRepository partners;
    private final ForumRepository forums;
    private final CommitmentRepository commitments;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    DirectoryReferenceData(CountryRepository countries, MemberRepository members, BodyRepository bodies,
                           PartnerRepository partners, ForumRepository forums, CommitmentRepository commitments,
                           TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.countries = countries;
        this.members = members;
        this.bodies = bodies;
        this.partners = partners;
        this.forums = forums;
        this.commitments = commitments;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        int loaded = load();
        if (loaded > 0) {
            log.info("Loaded " + loaded + " shipped directory files.");
        }
    }

    /** Loads every shipped file whose version is not loaded yet; how many files it loaded. */
    int load() {
        Integer loaded = transactions.execute(status -> {
            countries.lockReferenceData();
            int n = 0;
            n += loadIfNew(COUNTRIES, this::loadCountries);
            n += loadIfNew(CURRENCIES, this::loadCurrencies);
            n += loadIfNew(MEMBERS, this::loadMembers);
            n += loadIfNew(BODIES, this::loadBodies);
            n += loadIfNew(PARTNERS, this::loadPartners);
            n += loadIfNew(FORUMS, this::loadForums);
            n += loadIfNew(COMMITMENTS, this::loadCommitments);
            return n;
        });
        return loaded == null ? 0 : loaded;
    }

    private int loadIfNew(String resource, Runnable loader) {
        int version = VERSIONS.get(resource);
        if (countries.loadedVersion(resource) >= version) {
            return 0;
        }
        loader.run();
        countries.markLoaded(resource, version);
        return 1;
    }

    static List<Map<String, String>> rows(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return Csv.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("The shipped file " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException defect(String resource, String problem) {
        return new IllegalStateException("The shipped file " + resource + " " + problem);
    }

    // --- countries and currencies ---------------------------------------------------------------------

    static List<Country> shippedCountries() {
        List<Country> out = new ArrayList<>();
        for (Map<String, String> r : rows(COUNTRIES)) {
            out.add(new Country(r.get("alpha2"), r.get("alpha3"), r.get("numeric"), r.get("name"),
                    r.get("official_name_en"), r.get("m49_region"), r.get("m49_sub_region"), r.get("is_independent")));
        }
        return out;
    }

    private void loadCountries() {
        List<Country> shipped = shippedCountries();
        shipped.forEach(countries::upsertCountry);
        events.publishEvent(EntityChanged.created("ReferenceTable", COUNTRIES)
                .field("rows", null, shipped.size()).build());
    }

    static List<Currency> shippedCurrencies() {
        List<Currency> out = new ArrayList<>();
        for (Map<String, String> r : rows(CURRENCIES)) {
            String minor = r.get("minor_unit");
            out.add(new Currency(r.get("code"), r.get("numeric"), r.get("name"),
                    minor.matches("[0-9]+") ? Integer.valueOf(minor) : null, r.get("entities")));
        }
        return out;
    }

    private void loadCurrencies() {
        List<Currency> shipped = shippedCurrencies();
        shipped.forEach(countries::upsertCurrency);
        events.publishEvent(EntityChanged.created("ReferenceTable", CURRENCIES)
                .field("rows", null, shipped.size()).build());
    }

    // --- members ---------------------------------------------------------------------------------------

    /**
     * The members of the shipped file: every state, territory and member organisation, and the observers
     * whose notes do not mark them unconfirmed.
     */
    static List<ShippedMember> shippedMembers() {
        List<ShippedMember> out = new ArrayList<>();
        for (Map<String, String> r : rows(MEMBERS)) {
            String name = r.get("name").strip();
            String notes = r.get("notes").strip();
            String alpha3 = r.get("iso3").strip();
            String alpha2 = r.get("iso2").strip();
            MemberKind kind = switch (r.get("kind").strip()) {
                case "state" -> MemberKind.STATE;
                case "territory" -> MemberKind.TERRITORY;
                case "international_organisation" -> MemberKind.INTERNATIONAL_ORGANISATION;
                case "observer" -> alpha3.isEmpty() ? MemberKind.OBSERVER_ORGANISATION : MemberKind.OBSERVER_STATE;
                default -> throw defect(MEMBERS, "has an unknown kind " + r.get("kind") + " for " + name);
            };
            if ((kind == MemberKind.OBSERVER_STATE || kind == MemberKind.OBSERVER_ORGANISATION)
                    && notes.toLowerCase(Locale.ROOT).contains("unconfirmed")) {
                continue;
            }
            List<MemberRole> roles = new ArrayList<>();
            String rest = notes;
            if (notes.startsWith("roles:")) {
                int bar = notes.indexOf('|');
                String roleList = bar < 0 ? notes.substring(6) : notes.substring(6, bar);
                rest = bar < 0 ? "" : notes.substring(bar + 1).strip();
                for (String token : roleList.split(";")) {
                    switch (token.strip()) {
                        case "member", "" -> { }
                        case "co_chair" -> roles.add(MemberRole.CO_CHAIR);
                        case "steering_group" -> roles.add(MemberRole.STEERING_GROUP);
                        case "ad_hoc_group" -> roles.add(MemberRole.AD_HOC_GROUP);
                        default -> throw defect(MEMBERS, "has an unknown role " + token + " for " + name);
                    }
                }
            }
            String code;
            if (kind.isCountry()) {
                code = alpha3;
            } else {
                Matcher m = ACRONYM.matcher(name);
                if (!m.find()) {
                    throw defect(MEMBERS, "names no code in parentheses for " + name);
                }
                code = m.group(1).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
                alpha2 = null;
                alpha3 = null;
            }
            if (!code.matches(MEMBER_CODE_PATTERN)) {
                throw defect(MEMBERS, "gives " + name + " the code " + code + ", which is not a member code");
            }
            out.add(new ShippedMember(code, name, kind, alpha2, alpha3, roles, rest, r.get("source").strip()));
        }
        return out;
    }

    private void loadMembers() {
        for (ShippedMember m : shippedMembers()) {
            if (m.kind().isCountry()) {
                Country country = countries.country(m.alpha3())
                        .orElseThrow(() -> defect(MEMBERS, "names the unknown country " + m.alpha3()));
                if (!country.alpha2().equals(m.alpha2())) {
                    throw defect(MEMBERS, "gives " + m.name() + " the alpha-2 code " + m.alpha2() + ", ISO has "
                            + country.alpha2());
                }
            }
            if (members.exists(m.code())) {
                continue;
            }
            members.insert(m.code(), m.name(), m.kind(), m.alpha2(), m.alpha3(), m.notes(), m.sources(), true)
                    .ifPresent(id -> {
                        members.replaceRoles(id, m.roles());
                        events.publishEvent(EntityChanged.created("Member", m.code())
                                .field("name", null, m.name()).field("kind", null, m.kind().name())
                                .field("roles", null, m.roles().isEmpty() ? null : m.roles().toString())
                                .field("source", null, MEMBERS).build());
                    });
        }
    }

    // --- bodies and their seats --------------------------------------------------------------------------

    private void loadBodies() {
        Map<String, Map<String, String>> details = new HashMap<>();
        for (Map<String, String> d : rows(BODY_DETAILS)) {
            details.put(d.get("name"), d);
        }
        Map<String, Long> inserted = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (Map<String, String> r : rows(BODIES)) {
            String name = r.get("name").strip();
            Map<String, String> d = details.get(name);
            if (d == null) {
                throw defect(BODY_DETAILS, "has no short name for the body " + name);
            }
            BodyKind kind = BODY_KINDS.get(r.get("kind").strip());
            if (kind == null) {
                throw defect(BODIES, "has an unknown kind " + r.get("kind") + " for " + name);
            }
            String year = d.get("established_year").strip();
            if (bodies.nameTaken(name, null)) {
                continue;
            }
            bodies.insert(name, d.get("short_name").strip(), kind, null, year.isEmpty() ? null : Integer.valueOf(year),
                    r.get("notes").strip(), r.get("source").strip(), true).ifPresent(id -> {
                        inserted.put(name, id);
                        parents.put(name, r.get("parent").strip());
                    });
        }
        Map<String, String> memberCodes = new HashMap<>();
        for (ShippedMember m : shippedMembers()) {
            memberCodes.put(m.name(), m.code());
        }
        Map<String, List<BodyRepository.Seat>> seats = new LinkedHashMap<>();
        for (Map<String, String> r : rows(BODY_MEMBERS)) {
            String body = r.get("body").strip();
            if (!inserted.containsKey(body)) {
                continue;
            }
            String code = r.get("iso3").isBlank() ? memberCodes.get(r.get("member_name").strip()) : r.get("iso3").strip();
            Long memberId = code == null ? null : members.idOf(code).orElse(null);
            if (memberId == null) {
                log.warn("The seat of " + r.get("member_name") + " in " + body + " is not loaded: there is no such member.");
                continue;
            }
            Matcher m = ROLE_AND_TERM.matcher(r.get("role").strip());
            if (!m.matches()) {
                throw defect(BODY_MEMBERS, "has an unreadable role " + r.get("role"));
            }
            BodyMemberRole role = BodyMemberRole.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            seats.computeIfAbsent(body, b -> new ArrayList<>())
                    .add(new BodyRepository.Seat(memberId, role, m.group(2) == null ? null : m.group(2).strip()));
        }
        inserted.forEach((name, id) -> {
            String parent = parents.get(name);
            if (!parent.isEmpty()) {
                Long parentId = inserted.get(parent);
                if (parentId == null) {
                    parentId = bodies.findByName(parent).map(Body::id)
                            .orElseThrow(() -> defect(BODIES, "names the unknown parent " + parent + " of " + name));
                }
                bodies.setParent(id, parentId);
            }
            bodies.replaceSeats(id, seats.getOrDefault(name, List.of()));
            Body b = bodies.find(id).orElseThrow();
            events.publishEvent(EntityChanged.created("Body", id)
                    .field("name", null, b.name()).field("shortName", null, b.shortName())
                    .field("kind", null, b.kind().name()).field("parent", null, b.parent() == null ? null : b.parent().name())
                    .field("members", null, b.members().isEmpty() ? null : String.valueOf(b.members().size()))
                    .field("source", null, BODIES).build());
        });
    }

    // --- partners and forums -----------------------------------------------------------------------------

    private void loadPartners() {
        for (Map<String, String> r : rows(PARTNERS)) {
            String name = r.get("name").strip();
            if (partners.nameTaken(name, null)) {
                continue;
            }
            String country = blankAsNull(r.get("country_alpha3"));
            if (country != null && countries.country(country).isEmpty()) {
                throw defect(PARTNERS, "names the unknown country " + country + " for " + name);
            }
            String memberCode = blankAsNull(r.get("member_code"));
            Long memberId = memberCode == null ? null : members.idOf(memberCode).orElse(null);
            PartnerType type = PartnerType.valueOf(r.get("type").strip());
            partners.insert(name, blankAsNull(r.get("short_name")), type, country, blankAsNull(r.get("website")),
                    blankAsNull(r.get("iati_organisation_id")), blankAsNull(r.get("dac_channel_code")), memberId,
                    r.get("notes").strip(), true).ifPresent(id -> events.publishEvent(
                    EntityChanged.created("Partner", id).field("name", null, name).field("type", null, type.name())
                            .field("countryCode", null, country).field("source", null, PARTNERS).build()));
        }
    }

    private void loadForums() {
        for (Map<String, String> r : rows(FORUMS)) {
            String name = r.get("name").strip();
            if (forums.nameTaken(name, null)) {
                continue;
            }
            ForumKind kind = ForumKind.valueOf(r.get("kind").strip());
            forums.insert(name, blankAsNull(r.get("short_name")), kind, blankAsNull(r.get("website")),
                    r.get("notes").strip(), true).ifPresent(id -> events.publishEvent(
                    EntityChanged.created("Forum", id).field("name", null, name).field("kind", null, kind.name())
                            .field("source", null, FORUMS).build()));
        }
    }

    // --- commitments ---------------------------------------------------------------------------------------

    /** The key of a shipped commitment: its file and data row, from 1. */
    static String commitmentKey(int row) {
        return "commitments.csv#" + row;
    }

    private void loadCommitments() {
        List<Map<String, String>> rows = rows(COMMITMENTS);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            String key = commitmentKey(i + 1);
            if (commitments.shippedKeyExists(key)) {
                continue;
            }
            String source = r.get("source_document").strip();
            int year = Integer.parseInt(r.get("year").strip());
            long id = commitments.insert(source, year, blankAsNull(r.get("ref")), r.get("text_summary").strip(),
                    blankAsNull(r.get("source_url")), key, true);
            events.publishEvent(EntityChanged.created("Commitment", id).field("sourceDocument", null, source)
                    .field("year", null, year).field("reference", null, blankAsNull(r.get("ref")))
                    .field("source", null, key).build());
        }
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
