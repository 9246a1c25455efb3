package org.kinerja.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTests {

    private static List<Map<String, String>> read(String text) throws IOException {
        return Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keepsNaAsTheTextNaAndEmptyAsEmptyText() throws IOException {
        List<Map<String, String>> rows = read("alpha2,alpha3,name\nNA,NAM,Namibia\n,,\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("alpha2", "NA").containsEntry("alpha3", "NAM");
        assertThat(rows.get(1).get("alpha2")).isNotNull().isEmpty();
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<Map<String, String>> rows = read("name,notes\r\n\"Hong Kong SAR, China\",\"listed as \"\"Hong Kong\"\"\nsecond line\"\r\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("name")).isEqualTo("Hong Kong SAR, China");
        assertThat(rows.get(0).get("notes")).isEqualTo("listed as \"Hong Kong\"\nsecond line");
    }

    @Test
    void readsALastRowWithoutLineBreak() throws IOException {
        assertThat(Csv.parse(new StringReader("a,b\n1,\"2\""))).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void refusesARowWithTooFewFields() {
        assertThatThrownBy(() -> read("a,b\n1\n")).isInstanceOf(IOException.class).hasMessageContaining("row 1");
    }

    @Test
    void theShippedCountryFileGivesNamibiaTheCodeNa() {
        assertThat(DirectoryReferenceData.shippedCountries())
                .filteredOn(c -> c.alpha3().equals("NAM")).singleElement()
                .satisfies(c -> assertThat(c.alpha2()).isEqualTo("NA"));
        assertThat(DirectoryReferenceData.shippedCountries()).hasSize(249)
                .allSatisfy(c -> assertThat(c.alpha2()).matches("[A-Z]{2}"));
    }

    @Test
    void theShippedMembersAreFortyFiveStatesAndTerritoriesFourOrganisationsAndFiveObservers() {
        List<DirectoryReferenceData.ShippedMember> members = DirectoryReferenceData.shippedMembers();

        assertThat(members).filteredOn(m -> m.kind() == MemberKind.STATE || m.kind() == MemberKind.TERRITORY).hasSize(45);
        assertThat(members).filteredOn(m -> m.kind() == MemberKind.INTERNATIONAL_ORGANISATION)
                .extracting(DirectoryReferenceData.ShippedMember::code).containsExactly("IOM", "UNHCR", "UNODC", "ILO");
        assertThat(members).filteredOn(m -> m.kind() == MemberKind.OBSERVER_STATE).hasSize(5);
        assertThat(members).noneMatch(m -> m.notes().toLowerCase().contains("candidate observer"));
    }
}
