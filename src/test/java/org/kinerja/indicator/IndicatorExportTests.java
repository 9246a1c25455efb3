package org.kinerja.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserService;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class IndicatorExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    @Test
    void aViewerExportsThePlansIndicatorsAsCsv() throws Exception {
        var viewer = Users.aUser(users).withRole(Role.VIEWER).create();
        var response = mvc.perform(get("/api/v1/plans/SP-2021-22/indicators").param("format", "csv")
                        .with(httpBasic(viewer.email(), Users.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("indicators-sp-2021-22-");
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("Code,Indicator,Purpose,Outcome,Unit,Measure");
        assertThat(lines).hasSize(1 + 15);
        assertThat(csv).contains("P2.1,Capacity-building events held,2,P2.O1").contains("2021: 12; 2022: 15");
    }

    @Test
    void onePurposeAsXlsxKeepsNumbersNumeric() throws Exception {
        byte[] bytes = mvc.perform(get("/api/v1/plans/SP-2021-22/indicators").param("format", "xlsx").param("purpose", "2")
                        .with(httpBasic(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void anUnknownPlanIs404AndAnUnknownFormat400() throws Exception {
        mvc.perform(get("/api/v1/plans/SP-1999-00/indicators").param("format", "csv")
                        .with(httpBasic(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/SP-2021-22/indicators").param("format", "pdf")
                        .with(httpBasic(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest());
    }
}
