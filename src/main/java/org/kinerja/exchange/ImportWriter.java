package org.kinerja.exchange;

import java.util.List;

/**
 * Writes valid rows: the module inserts the new ones and updates the matched ones, and publishes its
 * {@link org.kinerja.shared.EntityChanged} events as for any other change. Called with batches of up to
 * {@link ImportDefinition#batchSize()} rows (default {@value ImportService#BATCH}) in file order, all inside the one transaction of the commit: if it
 * throws, nothing of the file is written.
 */
@FunctionalInterface
public interface ImportWriter<T> {

    void write(List<ImportRow<T>> batch);
}
