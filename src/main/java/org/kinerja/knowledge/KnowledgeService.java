package org.kinerja.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Knowledge products: validated writes refused from a stale version, the dated stage history, files kept in
 * PostgreSQL (type by content, SHA-256, counted downloads) and full-text search. Every change is published
 * as {@link EntityChanged}. Readers who may see only published products pass {@code publishedOnly}; the
 * others are then answered 404.
 */
@Service
public class KnowledgeService {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 5000;
    public static final int URL_MAX = 500;
    public static final int NOTE_MAX = 1000;
    public static final int PARTNERS_MAX = 30;
    public static final int LANGUAGES_MAX = 30;
    public static final int FILE_NAME_MAX = 255;
    public static final int YEAR_MIN = 1990;
    public static final int YEAR_MAX = 2100;

    /** A file was stored; once the transaction commits its text may be extracted. */
    record FileStored(long fileId) {
    }

    private final KnowledgeRepository products;
    private final FileRepository files;
    private final ActivityLookup activities;
    private final PartnerService partners;
    private final KnowledgeLanguages languages;
    private final ApplicationEventPublisher events;
    private final long maxFileSize;
    private final ZoneId zone = ZoneId.systemDefault();

    KnowledgeService(KnowledgeRepository products, FileRepository files, ActivityLookup activities,
                     PartnerService partners, KnowledgeLanguages languages, ApplicationEventPublisher events,
                     @Value("${kinerja.knowledge.max-file-size:50MB}") DataSize maxFileSize) {
        this.products = products;
        this.files = files;
        this.activities = activities;
        this.partners = partners;
        this.languages = languages;
        this.events = events;
        this.maxFileSize = maxFileSize.toBytes();
    }

    /** The largest file accepted, in bytes ({@code kinerja.knowledge.max-file-size}). */
    public long maxFileSize() {
        return maxFileSize;
    }

    // --- reading -----------------------------------------------------------------------------------------

    /** One page of products; ranked by relevance when {@code filter.q()} searches. */
    @Transactional(readOnly = true)
    public ListPage<KnowledgeProductSummary> list(KnowledgeProductFilter filter, PageQuery page) {
        if (filter != null && filter.year() != null && (filter.year() < YEAR_MIN || filter.year() > YEAR_MAX)) {
            throw InvalidInputException.of("year", "knowledge.year.range", String.valueOf(YEAR_MIN), String.valueOf(YEAR_MAX));
        }
        ListPage<KnowledgeRepository.Listed> listed = products.list(filter == null ? KnowledgeProductFilter.all() : filter, page);
        Set<Long> partnerIds = listed.items().stream().flatMap(l -> l.partnerIds().stream()).collect(Collectors.toSet());
        Map<Long, Partner> partnerById = partners.byIds(partnerIds).stream()
                .collect(Collectors.toMap(Partner::id, Function.identity()));
        Set<Long> activityIds = listed.items().stream().map(KnowledgeRepository.Listed::activityId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, ActivityRef> activityById = activities.findAll(activityIds).stream()
                .collect(Collectors.toMap(ActivityRef::id, Function.identity()));
        return listed.map(l -> new KnowledgeProductSummary(l.id(), l.type(), l.title(), l.stage(), l.stageDate(),
                l.publicationDate(), l.activityId(),
                l.activityId() == null || !activityById.containsKey(l.activityId()) ? null : activityById.get(l.activityId()).code(),
                l.partnerIds().stream().map(partnerById::get).filter(java.util.Objects::nonNull)
                        .map(p -> p.shortName() != null ? p.shortName() : p.name()).sorted().toList(),
                l.languages(), l.files(), l.downloads(), l.snippet() == null ? null : new Snippet(l.snippet())));
    }

    /** The product, or 404 — also when {@code publishedOnly} and it is not published. */
    @Transactional(readOnly = true)
    public KnowledgeProduct get(long id, boolean publishedOnly) {
        KnowledgeRepository.Row row = products.find(id).filter(r -> !publishedOnly || r.stage() == KnowledgeStage.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("knowledge.product.notFound", String.valueOf(id)));
        return assemble(row);
    }

    @Transactional(readOnly = true)
    public KnowledgeProduct get(long id) {
        return get(id, false);
    }

    private KnowledgeProduct assemble(KnowledgeRepository.Row row) {
        KnowledgeProduct.ActivityLink activity = row.activityId() == null ? null : activities.find(row.activityId())
                .map(a -> new KnowledgeProduct.ActivityLink(a.id(), a.code(), a.title()))
                .orElse(new KnowledgeProduct.ActivityLink(row.activityId(), null, null));
        List<KnowledgeProduct.PartnerLink> partnerLinks = partners.byIds(products.partnerIds(row.id())).stream()
                .map(p -> new KnowledgeProduct.PartnerLink(p.id(), p.name(), p.shortName())).toList();
        return new KnowledgeProduct(row.id(), row.type(), row.title(), row.summary(), activity, partnerLinks,
                products.languages(row.id()), row.stage(), row.stageDate(), row.publicationDate(), row.publicUrl(),
                products.stages(row.id()), files.ofProduct(row.id()), row.version(), row.updatedAt());
    }

    /** The id of the product of this title, ignoring case. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> findByTitle(String title) {
        return title == null ? java.util.Optional.empty() : products.idByTitle(title.strip());
    }

    // --- writing -----------------------------------------------------------------------------------------

    @Transactional
    public KnowledgeProduct create(KnowledgeProductInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, errors);
        LocalDate conceptDate = input.conceptDate() == null ? today() : input.conceptDate();
        if (conceptDate.isAfter(today())) {
            errors.add("conceptDate", "knowledge.date.future");
        }
        errors.throwIfAny();
        long id = products.insert(input.type(), c.title, c.summary, input.activityId(), c.publicUrl, conceptDate);
        products.setPartners(id, c.partnerIds);
        products.setLanguages(id, c.languages);
        products.refreshSearch(id);
        KnowledgeProduct p = get(id);
        events.publishEvent(fields(EntityChanged.created("KnowledgeProduct", id), null, p)
                .field("stage", null, KnowledgeStage.CONCEPT.name()).field("stageDate", null, conceptDate.toString())
                .build());
        return p;
    }

    @Transactional
    public KnowledgeProduct update(long id, KnowledgeProductInput input) {
        KnowledgeProduct before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, errors);
        errors.check(input.version() != null, "version", "validation.required");
        errors.throwIfAny();
        if (before.version() != input.version()
                || !products.update(id, input.version(), input.type(), c.title, c.summary, input.activityId(), c.publicUrl)) {
            throw stale(before);
        }
        products.setPartners(id, c.partnerIds);
        products.setLanguages(id, c.languages);
        products.refreshSearch(id);
        KnowledgeProduct after = get(id);
        EntityChanged change = fields(EntityChanged.updated("KnowledgeProduct", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /** Deletes a product with its stages and files. */
    @Transactional
    public void delete(long id, Integer version) {
        KnowledgeProduct p = get(id);
        if (!products.delete(id, version)) {
            throw stale(p);
        }
        events.publishEvent(fields(EntityChanged.deleted("KnowledgeProduct", id), p, null).build());
    }

    /**
     * Moves the product to another stage. The date may not be in the future nor before the current stage's
     * date; a move backwards (or out of WITHDRAWN) needs a note; PUBLISHED sets the publication date, moving
     * back from it clears it, WITHDRAWN keeps it.
     */
    @Transactional
    public KnowledgeProduct changeStage(long id, StageChange change) {
        KnowledgeRepository.Row row = products.lock(id)
                .orElseThrow(() -> new NotFoundException("knowledge.product.notFound", String.valueOf(id)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        KnowledgeStage stage = change.stage();
        errors.check(stage != null, "stage", "validation.required");
        LocalDate date = change.date();
        if (date == null) {
            errors.add("date", "validation.required");
        } else if (date.isAfter(today())) {
            errors.add("date", "knowledge.date.future");
        } else if (date.isBefore(row.stageDate())) {
            errors.add("date", "knowledge.stage.dateBeforePrevious", row.stageDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        String note = tidy(change.note());
        if (note != null && note.length() > NOTE_MAX) {
            errors.add("note", "validation.length.max", String.valueOf(NOTE_MAX));
        }
        if (stage != null) {
            if (stage == row.stage()) {
                errors.add("stage", "knowledge.stage.same");
            } else if (row.stage().isBackwardsTo(stage) && note == null) {
                errors.add("note", "knowledge.stage.backwardsNeedsNote");
            }
        }
        errors.throwIfAny();
        if (change.version() != null && change.version() != row.version()) {
            throw new ConflictException("version", "conflict.version", String.valueOf(row.updatedAt()));
        }
        LocalDate publication = switch (stage) {
            case PUBLISHED -> date;
            case WITHDRAWN -> row.publicationDate();
            default -> null;
        };
        products.addStage(id, stage, date, note);
        products.setStage(id, stage, date, publication);
        events.publishEvent(EntityChanged.updated("KnowledgeProduct", id)
                .field("stage", row.stage().name(), stage.name())
                .field("stageDate", row.stageDate().toString(), date.toString())
                .field("publicationDate", row.publicationDate() == null ? null : row.publicationDate().toString(),
                        publication == null ? null : publication.toString())
                .field("stageNote", null, note)
                .build());
        return get(id);
    }

    // --- files -------------------------------------------------------------------------------------------

    /**
     * Stores a file of the product: at most {@code kinerja.knowledge.max-file-size}, a PDF or a DOCX by
     * content. The content passes through a temporary file (never the heap whole) on its way into
     * PostgreSQL. A PDF's text is extracted in the background once the transaction commits.
     */
    @Transactional
    public KnowledgeFile addFile(long productId, String fileName, InputStream content) {
        KnowledgeRepository.Row row = products.lock(productId)
                .orElseThrow(() -> new NotFoundException("knowledge.product.notFound", String.valueOf(productId)));
        String name = fileName(fileName);
        Path temp = null;
        try {
            temp = Files.createTempFile("kinerja-knowledge-", ".upload");
            MessageDigest sha = sha256();
            long size = copyBounded(content, temp, sha);
            if (size == 0) {
                throw InvalidInputException.of("file", "knowledge.file.empty");
            }
            FileKind kind = FileTypes.detect(temp);
            if (kind == null) {
                throw InvalidInputException.of("file", "knowledge.file.type");
            }
            String extension = extension(name);
            if (extension == null) {
                name = name + "." + kind.extension();
            } else if (!extension.equals(kind.extension())) {
                throw InvalidInputException.of("file", "knowledge.file.extension", extension, kind.name());
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            long fileId = files.insert(productId, name, kind, size, digest,
                    kind == FileKind.PDF ? TextState.PENDING : TextState.NOT_INDEXED);
            try (InputStream in = Files.newInputStream(temp)) {
                files.writeChunks(fileId, in);
            }
            events.publishEvent(EntityChanged.created("KnowledgeFile", fileId).field("product", null, row.id())
                    .field("fileName", null, name).field("kind", null, kind.name()).field("size", null, size)
                    .field("sha256", null, digest).build());
            if (kind == FileKind.PDF) {
                events.publishEvent(new FileStored(fileId));
            }
            return files.find(fileId).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    private long copyBounded(InputStream content, Path target, MessageDigest sha) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
            int n;
            while ((n = content.read(buffer)) > 0) {
                size += n;
                if (size > maxFileSize) {
                    throw InvalidInputException.of("file", "knowledge.file.tooLarge",
                            String.valueOf(maxFileSize / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    @Transactional
    public void deleteFile(long productId, long fileId) {
        KnowledgeFile f = file(productId, fileId, false);
        files.delete(fileId);
        products.refreshSearch(productId);
        events.publishEvent(EntityChanged.deleted("KnowledgeFile", fileId).field("product", productId, null)
                .field("fileName", f.fileName(), null).field("sha256", f.sha256(), null).build());
    }

    /** The file of the product, or 404 (also when {@code publishedOnly} and the product is not published). */
    @Transactional(readOnly = true)
    public KnowledgeFile file(long productId, long fileId, boolean publishedOnly) {
        get(productId, publishedOnly);
        return files.find(fileId).filter(f -> f.productId() == productId)
                .orElseThrow(() -> new NotFoundException("knowledge.file.notFound", String.valueOf(fileId)));
    }

    /** A file being downloaded: what it is, and its bytes, read chunk by chunk as the stream is read. */
    public record Download(KnowledgeFile file, InputStream content) {
    }

    /** Counts a download of the file and opens its content. */
    @Transactional
    public Download download(long productId, long fileId, boolean publishedOnly) {
        KnowledgeFile f = file(productId, fileId, publishedOnly);
        files.countDownload(fileId);
        return new Download(f, files.open(fileId));
    }

    // --- rules -------------------------------------------------------------------------------------------

    private record Checked(String title, String summary, String publicUrl, List<Long> partnerIds, List<String> languages) {
    }

    private Checked check(KnowledgeProductInput input, InvalidInputException.Collector errors) {
        errors.check(input.type() != null, "type", "validation.required");
        String title = tidy(input.title());
        if (title == null) {
            errors.add("title", "validation.required");
        } else if (title.length() > TITLE_MAX) {
            errors.add("title", "validation.length.max", String.valueOf(TITLE_MAX));
        }
        String summary = input.summary() == null ? "" : input.summary().strip();
        if (summary.length() > SUMMARY_MAX) {
            errors.add("summary", "validation.length.max", String.valueOf(SUMMARY_MAX));
        }
        if (input.activityId() != null && activities.find(input.activityId()).isEmpty()) {
            errors.add("activityId", "knowledge.activity.unknown", String.valueOf(input.activityId()));
        }
        List<Long> partnerIds = new ArrayList<>(new LinkedHashSet<>(input.partnerIds() == null ? List.of()
                : input.partnerIds().stream().filter(java.util.Objects::nonNull).toList()));
        if (input.partnerIds() != null && input.partnerIds().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add("partnerIds", "validation.required");
        }
        if (partnerIds.size() > PARTNERS_MAX) {
            errors.add("partnerIds", "knowledge.partners.tooMany", String.valueOf(PARTNERS_MAX));
        } else if (!partnerIds.isEmpty()) {
            Set<Long> found = partners.byIds(partnerIds).stream().map(Partner::id).collect(Collectors.toSet());
            List<String> unknown = partnerIds.stream().filter(p -> !found.contains(p)).map(String::valueOf).toList();
            if (!unknown.isEmpty()) {
                errors.add("partnerIds", "knowledge.partner.unknown", String.join(", ", unknown));
            }
        }
        List<String> codes = new ArrayList<>();
        List<String> unknownCodes = new ArrayList<>();
        for (String raw : input.languages() == null ? List.<String>of() : input.languages()) {
            String code = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (!languages.known(code)) {
                unknownCodes.add(raw == null ? "" : raw.strip());
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (!unknownCodes.isEmpty()) {
            errors.add("languages", "knowledge.language.unknown", String.join(", ", unknownCodes));
        } else if (codes.size() > LANGUAGES_MAX) {
            errors.add("languages", "knowledge.languages.tooMany", String.valueOf(LANGUAGES_MAX));
        }
        String url = tidy(input.publicUrl());
        if (url != null) {
            if (url.length() > URL_MAX) {
                errors.add("publicUrl", "validation.length.max", String.valueOf(URL_MAX));
            } else if (!webAddress(url)) {
                errors.add("publicUrl", "knowledge.publicUrl.format");
            }
        }
        return new Checked(title, summary, url, partnerIds, codes);
    }

    /** An absolute http or https address with a host, and nothing a browser would run. */
    static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The last segment of an uploaded name, without control characters, at most 255 characters. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        if (name.length() > FILE_NAME_MAX - 5) {
            String ext = extension(name);
            name = name.substring(0, FILE_NAME_MAX - 10) + (ext == null ? "" : "." + ext);
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String tidy(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConflictException stale(KnowledgeProduct p) {
        return new ConflictException("version", "conflict.version", String.valueOf(p.updatedAt()));
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, KnowledgeProduct before, KnowledgeProduct after) {
        return b.field("type", before == null ? null : before.type().name(), after == null ? null : after.type().name())
                .field("title", before == null ? null : before.title(), after == null ? null : after.title())
                .field("summary", before == null || before.summary().isEmpty() ? null : before.summary(),
                        after == null || after.summary().isEmpty() ? null : after.summary())
                .field("activityId", before == null || before.activity() == null ? null : before.activity().id(),
                        after == null || after.activity() == null ? null : after.activity().id())
                .field("partnerIds", before == null ? null : before.partnerIds().toString(),
                        after == null ? null : after.partnerIds().toString())
                .field("languages", before == null ? null : String.join(",", before.languages()),
                        after == null ? null : String.join(",", after.languages()))
                .field("publicUrl", before == null ? null : before.publicUrl(), after == null ? null : after.publicUrl());
    }
}
