package org.kinerja.directory.web;

/** Sizes the directory's pages share. */
final class DirectoryPages {

    static final int PAGE_SIZE = 25;
    /** How many related records a detail page lists. */
    static final int RELATED = 200;

    private DirectoryPages() {
    }
}
