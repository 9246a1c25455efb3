package org.kinerja.request.web;

import java.util.stream.Collectors;

import org.kinerja.exchange.ExportTable;
import org.kinerja.request.MemberRequest;
import org.kinerja.workplan.ActivityRef;

/** Member requests as the API's {@code ?format=} and the list page's export links write them. */
final class RequestExports {

    static final ExportTable<MemberRequest> REQUESTS = ExportTable.<MemberRequest>builder("request.requests")
            .number("request.field.id", MemberRequest::id)
            .date("request.field.receivedDate", MemberRequest::receivedDate)
            .text("request.field.requesterKind", r -> r.requester().kind().name())
            .text("request.field.requester", r -> r.requester().name())
            .text("request.field.requesterMemberCode", r -> r.requester().memberCode())
            .text("request.field.requesterContact", MemberRequest::requesterContactName)
            .text("request.field.channel", r -> r.channel().name())
            .text("request.field.type", r -> r.type().name())
            .text("request.field.subject", MemberRequest::subject)
            .text("request.field.status", r -> r.status().name())
            .text("request.field.assignedOfficer", MemberRequest::assignedOfficerName)
            .date("request.field.acknowledgedDate", MemberRequest::acknowledgedDate)
            .date("request.field.dueDate", MemberRequest::dueDate)
            .date("request.field.deliveredDate", MemberRequest::deliveredDate)
            .date("request.field.closedDate", MemberRequest::closedDate)
            .number("request.field.daysOpen", MemberRequest::daysOpen)
            .bool("request.field.overdue", MemberRequest::overdue)
            .number("request.field.daysOverdue", MemberRequest::daysOverdue)
            .text("request.field.activities", r -> r.activities().stream().map(ActivityRef::code)
                    .collect(Collectors.joining(", ")))
            .text("request.field.statusReason", MemberRequest::statusReason)
            .text("request.field.responseSummary", MemberRequest::responseSummary)
            .build();

    private RequestExports() {
    }
}
