/**
 * Generated data: a deterministic, seeded {@link org.kinerja.generator.DataGenerator} that loads consistent
 * Kinerja data at a {@link org.kinerja.generator.Scale} with {@code COPY} — the demo profile's events, people and
 * attendances ({@code demo}) and the benchmarks' ten years of data ({@code bench}).
 */
@ApplicationModule(displayName = "Generator", allowedDependencies = {"shared", "plan", "workplan"})
package org.kinerja.generator;

import org.springframework.modulith.ApplicationModule;
