package org.kinerja.indicator.web;

/** The baseline fields of the indicator form, as typed. */
public record BaselineForm(String value, String year, String note) {

    static BaselineForm blank() {
        return new BaselineForm("", "", "");
    }
}
