package org.kinerja.request;

/** What a member request asks for. */
public enum MemberRequestType {
    TECHNICAL_ASSISTANCE, RESEARCH, EVENT_SUPPORT, TRAINING, INFORMATION, OTHER
}
