package org.kinerja.measurement;

import org.kinerja.indicator.ComputedSource;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.PageQuery;

import java.util.List;
import java.util.Map;

/** The computed figures of the indicator catalogue. CONTRACT — implemented on branch {@code figures}. */
public class FigureService {

    /** Every computed source's catalogue entry, in the order of {@link ComputedSource}. */
    public List<SourceDefinition> catalogue() {
        throw new UnsupportedOperationException("contract");
    }

    public SourceDefinition definition(ComputedSource source) {
        throw new UnsupportedOperationException("contract");
    }

    /** One figure. */
    public Figure figure(ComputedSource source, FigureScope scope, Period period) {
        throw new UnsupportedOperationException("contract");
    }

    /** Every source's figure for a scope and period, in as few queries as the sources allow. */
    public Map<ComputedSource, Figure> figures(FigureScope scope, Period period) {
        throw new UnsupportedOperationException("contract");
    }

    /** A figure broken down; 422 (field {@code breakdown}) when the source does not support the breakdown. */
    public List<BreakdownRow> breakdown(ComputedSource source, Breakdown by, FigureScope scope, Period period) {
        throw new UnsupportedOperationException("contract");
    }

    /**
     * The records behind a figure (or behind one line of its breakdown when {@code by} and {@code key} are
     * given), paged, for drill-down lists.
     */
    public ListPage<FigureRecord> records(ComputedSource source, FigureScope scope, Period period, Breakdown by,
                                          String key, PageQuery page) {
        throw new UnsupportedOperationException("contract");
    }
}
