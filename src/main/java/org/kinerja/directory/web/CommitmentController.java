package org.kinerja.directory.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kinerja.shared.web.ListState;
import org.kinerja.directory.Commitment;
import org.kinerja.directory.CommitmentFilter;
import org.kinerja.directory.CommitmentService;
import org.kinerja.directory.PurposeLink;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.exchange.ExportResponses;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.web.PageMessages;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;
import org.kinerja.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The commitment pages: the list, one commitment with the purposes it is linked to, and the form. */
@Controller
@RequestMapping("/directory/commitments")
class CommitmentController {

    /** How many plans the purpose choices cover. */
    private static final int PLANS = 20;

    private final CommitmentService commitments;
    private final PlanService plans;
    private final PageMessages pages;
    private final ExportResponses exports;

    CommitmentController(CommitmentService commitments, PlanService plans, PageMessages pages, ExportResponses exports) {
        this.exports = exports;
        this.commitments = commitments;
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String year,
                @RequestParam(required = false) String source, @RequestParam(required = false) String purpose,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                @RequestParam(required = false) String deleted,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
                Model model, HttpServletResponse response) {
        Integer y = Parse.integer("year", year);
        ListPage<Commitment> result = commitments.list(filter(q, y, source, purpose, sort),
                PageQuery.of(Parse.integer("page", page), DirectoryPages.PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("state", new ListState("/directory/commitments", ListState.params("q", q,
                "year", y == null ? null : String.valueOf(y), "source", source, "purpose", purpose), sort, result));
        model.addAttribute("sources", commitments.sourceDocuments());
        model.addAttribute("purposeChoices", purposeChoices());
        model.addAttribute("notice", deleted != null ? pages.text("directory.deleted") : null);
        return Htmx.view(htmx, restore, response, "directory/_commitments", "directory/commitments");
    }

    /** The list with the page's filters as a file, for the page's export links. */
    @GetMapping("/export.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
                @RequestParam(required = false) String year, @RequestParam(required = false) String source,
                @RequestParam(required = false) String purpose, @RequestParam(required = false) String sort,
                HttpServletResponse response) throws IOException {
        exports.write(format, DirectoryExports.COMMITMENTS,
                DirectoryExports.commitments(commitments, filter(q, Parse.integer("year", year), source, purpose, sort)),
                "commitments", response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String saved, Model model) {
        return detail(model, commitments.get(id), saved != null ? pages.text("common.saved") : null, null);
    }

    private String detail(Model model, Commitment c, String notice, String conflict) {
        model.addAttribute("commitment", c);
        model.addAttribute("purposeTitles", titles(c.purposes()));
        model.addAttribute("notice", notice);
        model.addAttribute("conflict", conflict);
        return "directory/commitment";
    }

    @GetMapping("/new")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String newCommitment(Model model) {
        return form(model, null, CommitmentForm.blank(), FormErrors.none(), null);
    }

    @PostMapping
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String create(@ModelAttribute("form") CommitmentForm form, Model model, HttpServletResponse response) {
        try {
            Commitment c = commitments.create(form.toInput());
            return "redirect:/directory/commitments/" + c.id() + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, null, form, errors(e), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String edit(@PathVariable long id, Model model) {
        Commitment c = commitments.get(id);
        return form(model, c, CommitmentForm.of(c), FormErrors.none(), null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String save(@PathVariable long id, @ModelAttribute("form") CommitmentForm form, Model model,
                HttpServletResponse response) {
        Commitment c = commitments.get(id);
        try {
            commitments.update(id, form.toInput());
            return "redirect:/directory/commitments/" + id + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, c, form, errors(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, c, form, FormErrors.none(), pages.text(e));
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(DirectoryWebConfig.REFERENCE_EDITOR_RULE)
    String delete(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  HttpServletResponse response) {
        Commitment c = commitments.get(id);
        try {
            commitments.delete(id, Parse.integer("version", version));
            return "redirect:/directory/commitments?deleted";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return detail(model, c, null, pages.text(e));
        }
    }

    private FormErrors errors(InvalidInputException e) {
        return pages.errors(e, f -> f.startsWith("purposes") ? "purposes" : f);
    }

    private String form(Model model, Commitment commitment, CommitmentForm form, FormErrors errors, String conflict) {
        model.addAttribute("commitment", commitment);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("purposeChoices", purposeChoices());
        return "directory/commitmentForm";
    }

    /** The purposes of the plans, newest plan first, read through the plan module. */
    private List<PurposeChoice> purposeChoices() {
        List<PurposeChoice> out = new ArrayList<>();
        for (PlanSummary summary : plans.list(null, new PageQuery(0, PLANS)).items()) {
            plans.find(summary.code()).ifPresent(plan -> out.add(new PurposeChoice(plan.code(), plan.title(),
                    plan.purposes().stream().map(p -> new Option(plan.code() + ":" + p.number(),
                            pages.text("directory.purpose.label", String.valueOf(p.number()), p.title()))).toList())));
        }
        return out;
    }

    /** "PLAN:n" → the purpose's title, for the links a commitment has; a purpose since removed has none. */
    private Map<String, String> titles(List<PurposeLink> links) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Plan> read = new LinkedHashMap<>();
        for (PurposeLink link : links) {
            Plan plan = read.computeIfAbsent(link.planCode(), code -> plans.find(code).orElse(null));
            String title = plan == null ? null : plan.purpose(link.purposeNumber()).map(p -> p.title()).orElse(null);
            out.put(CommitmentForm.value(link), title);
        }
        return out;
    }

    /** The page's filters; {@code purpose} is {@code PLAN:number}. */
    private static CommitmentFilter filter(String q, Integer year, String source, String purpose, String sort) {
        String planCode = null;
        Integer number = null;
        if (purpose != null && !purpose.isBlank()) {
            int colon = purpose.lastIndexOf(':');
            if (colon <= 0) {
                throw InvalidInputException.of("purpose", "directory.value.unknown", purpose);
            }
            planCode = purpose.substring(0, colon).strip();
            number = Parse.integer("purpose", purpose.substring(colon + 1));
        }
        return new CommitmentFilter(q, year, source, planCode, number, sort);
    }
}
