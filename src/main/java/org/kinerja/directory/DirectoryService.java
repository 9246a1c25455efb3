package org.kinerja.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read from the directory: members by code, partners and forums, bodies, commitments,
 * and the ISO country and currency tables. Changes go through {@link MemberService}, {@link BodyService},
 * {@link PartnerService}, {@link ForumService}, {@link ContactService} and {@link CommitmentService}.
 */
@Service
public class DirectoryService {

    private final MemberRepository members;
    private final PartnerRepository partners;
    private final ForumRepository forums;
    private final BodyRepository bodies;
    private final CommitmentRepository commitments;
    private final CountryRepository countries;

    DirectoryService(MemberRepository members, PartnerRepository partners, ForumRepository forums,
                     BodyRepository bodies, CommitmentRepository commitments, CountryRepository countries) {
        this.members = members;
        this.partners = partners;
        this.forums = forums;
        this.bodies = bodies;
        this.commitments = commitments;
        this.countries = countries;
    }

    /** The member with this code ({@code IDN}, {@code IOM} …; case-insensitive). */
    @Transactional(readOnly = true)
    public Optional<Member> findMember(String code) {
        return code == null || code.isBlank() ? Optional.empty() : members.find(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether a member has this code (case-insensitive). */
    @Transactional(readOnly = true)
    public boolean memberExists(String code) {
        return code != null && !code.isBlank() && members.exists(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The members with these codes, by name; unknown codes are left out. */
    @Transactional(readOnly = true)
    public List<Member> membersByCodes(Collection<String> codes) {
        return codes == null || codes.isEmpty() ? List.of() : members.findAll(codes.stream()
                .filter(c -> c != null).map(c -> c.strip().toUpperCase(Locale.ROOT)).toList());
    }

    /** One page of members, as {@link MemberService#list} gives it. */
    @Transactional(readOnly = true)
    public ListPage<Member> members(MemberFilter filter, PageQuery page) {
        return members.list(filter == null ? MemberFilter.all() : filter, page);
    }

    @Transactional(readOnly = true)
    public Optional<Partner> findPartner(long id) {
        return partners.find(id);
    }

    /** The partners with these ids, by name; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<Partner> partnersByIds(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of() : partners.findAll(ids);
    }

    /** Every forum, by name. */
    @Transactional(readOnly = true)
    public List<Forum> forums() {
        return forums.all();
    }

    @Transactional(readOnly = true)
    public Optional<Forum> findForum(long id) {
        return forums.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Body> findBody(long id) {
        return bodies.find(id);
    }

    /** The body with this short name ({@code AHG}, {@code WG-TIP} …; case-insensitive). */
    @Transactional(readOnly = true)
    public Optional<Body> findBodyByShortName(String shortName) {
        return shortName == null || shortName.isBlank() ? Optional.empty() : bodies.findByShortName(shortName.strip());
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> findCommitment(long id) {
        return commitments.find(id);
    }

    /** The country with this ISO 3166 alpha-3 code. */
    @Transactional(readOnly = true)
    public Optional<Country> country(String alpha3) {
        return alpha3 == null ? Optional.empty() : countries.country(alpha3.strip().toUpperCase(Locale.ROOT));
    }

    /** The country with this ISO 3166 alpha-2 code ({@code NA} is Namibia). */
    @Transactional(readOnly = true)
    public Optional<Country> countryByAlpha2(String alpha2) {
        return alpha2 == null ? Optional.empty() : countries.countryByAlpha2(alpha2.strip().toUpperCase(Locale.ROOT));
    }

    /** Countries by name; {@code q} matches a name or an exact code. */
    @Transactional(readOnly = true)
    public ListPage<Country> countries(String q, PageQuery page) {
        return countries.countries(q, page);
    }

    /** Every country by name, for choices. */
    @Transactional(readOnly = true)
    public List<Country> allCountries() {
        return countries.allCountries();
    }

    /** Current ISO 4217 currencies by code; {@code q} matches a code, a name or a country using it. */
    @Transactional(readOnly = true)
    public ListPage<Currency> currencies(String q, PageQuery page) {
        return countries.currencies(q, page);
    }

    @Transactional(readOnly = true)
    public Optional<Currency> currency(String code) {
        return code == null ? Optional.empty() : countries.currency(code.strip().toUpperCase(Locale.ROOT));
    }
}
