package org.kinerja.shared;

/** The request clashes with the current state (a stale version, a duplicate key); answered with 409. */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] args;

    public ConflictException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
