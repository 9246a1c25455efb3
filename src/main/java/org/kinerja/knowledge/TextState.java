package org.kinerja.knowledge;

/** How far the extraction of a file's text for search is. */
public enum TextState {
    /** Waiting for the background extraction. */
    PENDING,
    /** Being extracted by a node. */
    RUNNING,
    /** Extracted (possibly empty, for a scanned PDF). */
    DONE,
    /** The PDF could not be read; the note says why, the text stays empty. */
    FAILED,
    /** Not a PDF: DOCX files are kept and downloaded, not searched. */
    NOT_INDEXED
}
