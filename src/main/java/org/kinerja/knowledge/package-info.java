/**
 * Knowledge products of the RSO — guides, briefing notes, toolkits, research and training modules — with
 * their dated stages, their files kept in PostgreSQL and full-text search over titles, summaries and the
 * text of their PDFs, read by other modules through {@link org.kinerja.knowledge.KnowledgeService}.
 */
@ApplicationModule(displayName = "Knowledge products",
        allowedDependencies = {"shared", "plan", "workplan", "directory", "exchange"})
package org.kinerja.knowledge;

import org.springframework.modulith.ApplicationModule;
