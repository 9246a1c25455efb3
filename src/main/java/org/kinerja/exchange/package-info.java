/**
 * Lists in and out of Kinerja: any module describes a table once ({@link org.kinerja.exchange.ExportTable}) and
 * streams its rows to CSV or XLSX ({@link org.kinerja.exchange.ExportResponses}), and reads CSV files with a
 * preview, row-level errors and an all-or-nothing commit ({@link org.kinerja.exchange.ImportService}).
 * Exchange knows no domain module: the modules' controllers call it.
 */
@ApplicationModule(displayName = "Exchange", allowedDependencies = {"shared"})
package org.kinerja.exchange;

import org.springframework.modulith.ApplicationModule;
