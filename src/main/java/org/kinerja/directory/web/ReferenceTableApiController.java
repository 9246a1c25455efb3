package org.kinerja.directory.web;

import org.kinerja.directory.Country;
import org.kinerja.directory.Currency;
import org.kinerja.directory.DirectoryService;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ISO 3166 country and ISO 4217 currency tables, read-only, for everyone signed in. */
@RestController
@RequestMapping("/api/v1")
class ReferenceTableApiController {

    private final DirectoryService directory;

    ReferenceTableApiController(DirectoryService directory) {
        this.directory = directory;
    }

    @GetMapping("/countries")
    ListPage<Country> countries(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return directory.countries(q, PageQuery.of(page, size));
    }

    /** A country by its alpha-3 or alpha-2 code ({@code NAM} or {@code NA}). */
    @GetMapping("/countries/{code}")
    Country country(@PathVariable String code) {
        return (code.strip().length() == 2 ? directory.countryByAlpha2(code) : directory.country(code))
                .orElseThrow(() -> new NotFoundException("directory.country.notFound", code));
    }

    @GetMapping("/currencies")
    ListPage<Currency> currencies(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return directory.currencies(q, PageQuery.of(page, size));
    }

    @GetMapping("/currencies/{code}")
    Currency currency(@PathVariable String code) {
        return directory.currency(code).orElseThrow(() -> new NotFoundException("directory.currency.notFound", code));
    }
}
