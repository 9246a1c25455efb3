package org.kinerja.shared;

/**
 * The page of a list asked for: {@code page} from 0, {@code size} 1–500 (default 50).
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new InvalidInputException.Collector()
                .check(p >= 0, "page", "validation.page.range")
                .check(s >= 1 && s <= MAX_SIZE, "size", "validation.size.range", MAX_SIZE)
                .throwIfAny();
        return new PageQuery(p, s);
    }

    /** Rows to skip; a long, so that a huge page number cannot overflow into a negative offset. */
    public long offset() {
        return (long) page * size;
    }
}
