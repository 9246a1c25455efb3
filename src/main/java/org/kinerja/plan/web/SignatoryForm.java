package org.kinerja.plan.web;

import org.kinerja.plan.Signatory;

/** One signatory row of the plan form, as typed. */
public record SignatoryForm(String name, String roleTitle, String countryCode, String countryName) {

    static SignatoryForm of(Signatory s) {
        return new SignatoryForm(s.name(), s.roleTitle(), s.countryCode(), s.countryName());
    }

    static SignatoryForm blank() {
        return new SignatoryForm("", "", "", "");
    }

    boolean isBlank() {
        return blank(name) && blank(roleTitle) && blank(countryCode) && blank(countryName);
    }

    Signatory toSignatory() {
        return new Signatory(name, roleTitle, countryCode == null ? null : countryCode.trim().toUpperCase(), countryName);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
