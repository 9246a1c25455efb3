package org.kinerja.workplan.web;

import java.util.Map;
import java.util.TreeMap;

import org.kinerja.shared.InvalidInputException;
import org.kinerja.workplan.Milestone;
import org.kinerja.workplan.ProgressUpdate;
import org.kinerja.workplan.Risk;
import org.kinerja.workplan.RiskLevel;

/** The fields of the milestone, progress update and risk forms of the activity page, as typed. */
public record ItemForm(String title, String dueMonth, String doneOn, String reportedOn, String narrative, String link,
                       String description, String likelihood, String impact, String mitigation) {

    public static ItemForm blank() {
        return new ItemForm("", "", "", "", "", "", "", "", "", "");
    }

    static ItemForm of(Milestone m) {
        return new ItemForm(m.title(), m.dueMonth().toString(), m.doneOn() == null ? "" : m.doneOn().toString(),
                "", "", "", "", "", "", "");
    }

    static ItemForm of(ProgressUpdate u) {
        return new ItemForm("", "", "", u.reportedOn().toString(), u.narrative(), u.link() == null ? "" : u.link(),
                "", "", "", "");
    }

    static ItemForm of(Risk r) {
        return new ItemForm("", "", "", "", "", "", r.description(), r.likelihood().name(), r.impact().name(), r.mitigation());
    }

    Milestone.Input milestone() {
        Map<String, String> unreadable = new TreeMap<>();
        ActivityForm.Reader r = new ActivityForm.Reader(unreadable);
        Milestone.Input in = new Milestone.Input(title, r.month("dueMonth", dueMonth), r.date("doneOn", doneOn));
        refuse(unreadable);
        return in;
    }

    ProgressUpdate.Input progressUpdate() {
        Map<String, String> unreadable = new TreeMap<>();
        ActivityForm.Reader r = new ActivityForm.Reader(unreadable);
        ProgressUpdate.Input in = new ProgressUpdate.Input(r.date("reportedOn", reportedOn), narrative, link);
        refuse(unreadable);
        return in;
    }

    Risk.Input risk() {
        Map<String, String> unreadable = new TreeMap<>();
        ActivityForm.Reader r = new ActivityForm.Reader(unreadable);
        Risk.Input in = new Risk.Input(description, r.enumValue(RiskLevel.class, "likelihood", likelihood),
                r.enumValue(RiskLevel.class, "impact", impact), mitigation);
        refuse(unreadable);
        return in;
    }

    private static void refuse(Map<String, String> unreadable) {
        if (!unreadable.isEmpty()) {
            throw new InvalidInputException(unreadable.entrySet().stream()
                    .map(e -> new InvalidInputException.Violation(e.getKey(), e.getValue())).toList());
        }
    }
}
