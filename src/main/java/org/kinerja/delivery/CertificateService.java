package org.kinerja.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.kinerja.directory.DirectoryService;
import org.kinerja.shared.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Certificates of attendance: one PDF per person and event, made on demand from well-formed XHTML with
 * every user-typed text escaped.
 */
@Service
public class CertificateService {

    private final EventService events;
    private final DirectoryService directory;
    private final MessageSource messages;

    CertificateService(EventService events, DirectoryService directory, MessageSource messages) {
        this.events = events;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * The certificate of {@code personId}'s attendance at {@code eventId}, in {@code locale}.
     *
     * @throws org.kinerja.shared.NotFoundException when the event does not exist or the person did not attend it
     */
    public byte[] certificate(long eventId, long personId, Locale locale) {
        Event event = events.get(eventId);
        Attendance a = events.attendance(eventId, personId);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String when = event.startDate().equals(event.endDate()) ? dates.format(event.startDate())
                : text(locale, "delivery.certificate.dates", dates.format(event.startDate()), dates.format(event.endDate()));
        String where = event.virtual() ? text(locale, "delivery.certificate.virtual")
                : join(event.city(), event.countryCode() == null ? null
                        : directory.country(event.countryCode()).map(c -> c.name()).orElse(event.countryCode()));
        String html = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="%s">
                <head><title>%s</title>
                <style>
                @page { size: A4 landscape; margin: 18mm; }
                body { font-family: %s, sans-serif; text-align: center; color: #1f2933; }
                .frame { border: 3px solid #0b5394; padding: 16mm 12mm; }
                h1 { font-size: 30pt; margin: 0 0 8mm 0; color: #0b5394; }
                .name { font-size: 26pt; font-weight: bold; margin: 6mm 0; }
                .event { font-size: 18pt; font-style: italic; margin: 4mm 0; }
                p { font-size: 13pt; margin: 3mm 0; }
                .issuer { margin-top: 14mm; font-size: 11pt; }
                </style></head>
                <body><div class="frame">
                <h1>%s</h1>
                <p>%s</p>
                <div class="name">%s</div>
                <p>%s</p>
                <div class="event">%s</div>
                <p>%s</p>
                <p>%s</p>
                <p class="issuer">%s</p>
                </div></body></html>
                """.formatted(esc(locale.getLanguage()), esc(text(locale, "delivery.certificate.title")), PdfFonts.STACK,
                esc(text(locale, "delivery.certificate.title")), esc(text(locale, "delivery.certificate.certifies")),
                esc(a.name()), esc(text(locale, "delivery.certificate.attended." + a.role().name())),
                esc(event.title()), esc(when), esc(where), esc(text(locale, "delivery.certificate.issuer")));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            PdfFonts.embed(builder);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null ? a : a + ", " + b;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""), "UTF-8");
    }
}
