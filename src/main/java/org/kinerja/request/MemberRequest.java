package org.kinerja.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.kinerja.workplan.ActivityRef;

/**
 * A request made to the RSO, with what the lists compute for the day they are read.
 *
 * @param id                     its database id
 * @param requester              the member, body or the Co-Chairs who asked
 * @param requesterContactId     the directory contact who asked, if recorded
 * @param requesterContactName   that contact's name
 * @param receivedDate           when the RSO received it
 * @param channel                how it arrived
 * @param subject                what it is about, in a line
 * @param description            what was asked
 * @param type                   what kind of help it asks for
 * @param assignedOfficerId      the RSO user who answers it, if assigned
 * @param assignedOfficerName    that user's name
 * @param status                 where it stands
 * @param acknowledgedDate       when the RSO acknowledged it
 * @param dueDate                when it should be delivered
 * @param deliveredDate          when it was delivered
 * @param closedDate             when it was declined or withdrawn
 * @param statusReason           why it was declined or withdrawn
 * @param responseSummary        what the RSO delivered
 * @param activities             the work plan activities that answer it
 * @param daysOpen               calendar days from receipt to delivery, closure or today
 * @param acknowledgementOverdue still RECEIVED past the acknowledgement target
 * @param deliveryOverdue        open past its due date
 * @param daysOverdue            days past the due date while open, else 0
 * @param version                the version for optimistic locking
 * @param updatedAt              when it was last changed
 */
public record MemberRequest(long id, Requester requester, Long requesterContactId, String requesterContactName,
                            LocalDate receivedDate, RequestChannel channel, String subject, String description,
                            MemberRequestType type, Long assignedOfficerId, String assignedOfficerName,
                            MemberRequestStatus status, LocalDate acknowledgedDate, LocalDate dueDate,
                            LocalDate deliveredDate, LocalDate closedDate, String statusReason,
                            String responseSummary, List<ActivityRef> activities, int daysOpen,
                            boolean acknowledgementOverdue, boolean deliveryOverdue, int daysOverdue, int version,
                            OffsetDateTime updatedAt) {

    public MemberRequest {
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** Overdue for acknowledgement or for delivery. */
    public boolean overdue() {
        return acknowledgementOverdue || deliveryOverdue;
    }

    /** Delivered on or before its due date. */
    public boolean deliveredOnTime() {
        return deliveredDate != null && !deliveredDate.isAfter(dueDate);
    }
}
