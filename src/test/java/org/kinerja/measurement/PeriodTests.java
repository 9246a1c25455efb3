package org.kinerja.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.InvalidInputException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading and bounding reporting periods, and the messages that explain an unreadable one. */
class PeriodTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PeriodTests() {
        messages.setBasenames("messages/measurement");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String message(InvalidInputException e) {
        InvalidInputException.Violation v = e.violations().get(0);
        return v.field() + ": " + messages.getMessage(v.messageKey(), v.args(), Locale.ENGLISH);
    }

    @Test
    void readsAYearAHalfAndAQuarterWithTheirFirstAndLastDays() {
        Period year = Period.parse("period", "2021");
        assertThat(year.from()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2021, 12, 31));
        Period h2 = Period.parse("period", "2021-H2");
        assertThat(h2.from()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(h2.to()).isEqualTo(LocalDate.of(2021, 12, 31));
        Period q1 = Period.parse("period", " 2024-Q1 ");
        assertThat(q1.to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.parse("period", "2021-Q3").to()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(Period.parse("period", q1.label())).isEqualTo(q1);
    }

    @Test
    void explainsAnUnreadablePeriodNamingTheField() {
        assertThatThrownBy(() -> Period.parse("period", "2021-H3")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(message(e)).isEqualTo(
                        "period: Write the period as a year (2021), a half (2021-H1) or a quarter (2021-Q3)."));
        assertThatThrownBy(() -> Period.parse("period", "1999")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(message(e)).isEqualTo("year: The year 1999 is outside 2000–2100."));
        assertThatThrownBy(() -> new Period(2021, 1, 2)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(message(e)).isEqualTo(
                        "period: A period is a year, a half or a quarter, not a half and a quarter at once."));
        assertThatThrownBy(() -> Period.ofQuarter(2021, 5)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(message(e)).isEqualTo("quarter: A quarter is 1 to 4."));
        assertThatThrownBy(() -> Period.ofHalf(2021, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(message(e)).isEqualTo("half: A half year is 1 or 2."));
    }
}
