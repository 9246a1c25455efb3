package org.kinerja.request;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as typed. The requester is exactly one of {@code requesterMemberCode}, {@code requesterBodyId}
 * or {@code requesterCoChairs = true}. {@code dueDate} defaults to the received date plus the delivery target;
 * {@code version} is required for updates. Status and its dates change through
 * {@link MemberRequestService#changeStatus}.
 */
public record MemberRequestInput(String requesterMemberCode, Long requesterBodyId, Boolean requesterCoChairs,
                                 Long requesterContactId, LocalDate receivedDate, RequestChannel channel,
                                 String subject, String description, MemberRequestType type, Long assignedOfficerId,
                                 LocalDate dueDate, String responseSummary, List<Long> activityIds, Integer version) {
}
