package org.kinerja.outreach;

/** What form an engagement with a forum took. */
public enum EngagementType {
    PRESENTATION, PANEL, SIDE_EVENT, BILATERAL_MEETING, MEDIA, PUBLICATION_LAUNCH, SOCIAL_MEDIA, OTHER
}
