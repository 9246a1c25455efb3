package org.kinerja.exchange;

import java.io.InputStream;
import java.util.function.IntFunction;

/** Reads a stored upload chunk after chunk; a missing chunk ends the file. */
final class ChunkedInputStream extends InputStream {

    private final IntFunction<byte[]> chunks;
    private byte[] current = new byte[0];
    private int offset;
    private int next;
    private boolean end;

    ChunkedInputStream(IntFunction<byte[]> chunks) {
        this.chunks = chunks;
    }

    @Override
    public int read() {
        if (!hasMore()) {
            return -1;
        }
        return current[offset++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!hasMore()) {
            return -1;
        }
        int n = Math.min(len, current.length - offset);
        System.arraycopy(current, offset, b, off, n);
        offset += n;
        return n;
    }

    private boolean hasMore() {
        while (offset >= current.length) {
            if (end) {
                return false;
            }
            byte[] chunk = chunks.apply(next++);
            if (chunk == null) {
                end = true;
                current = new byte[0];
                offset = 0;
                return false;
            }
            current = chunk;
            offset = 0;
        }
        return true;
    }
}
