package org.kinerja.request.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.request.MemberRequest;
import org.kinerja.request.MemberRequestInput;
import org.kinerja.request.MemberRequestType;
import org.kinerja.request.RequestChannel;
import org.kinerja.request.RequesterKind;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.web.FormValues;

/** The fields of the request form, as typed; {@code requesterKind} says which requester field counts. */
public record MemberRequestForm(String requesterKind, String requesterMemberCode, String requesterBodyId,
                                String requesterContactId, String receivedDate, String channel, String subject,
                                String description, String type, String assignedOfficerId, String dueDate,
                                String responseSummary, List<String> activityIds, String version) {

    public MemberRequestForm {
        activityIds = activityIds == null ? List.of() : List.copyOf(activityIds);
    }

    static MemberRequestForm blank(String memberCode, Long officerId, String today) {
        return new MemberRequestForm(RequesterKind.MEMBER.name(), memberCode == null ? "" : memberCode, "", "", today,
                RequestChannel.EMAIL.name(), "", "", MemberRequestType.TECHNICAL_ASSISTANCE.name(),
                officerId == null ? "" : String.valueOf(officerId), "", "", List.of(), "");
    }

    static MemberRequestForm of(MemberRequest r) {
        return new MemberRequestForm(r.requester().kind().name(), text(r.requester().memberCode()),
                r.requester().bodyId() == null ? "" : String.valueOf(r.requester().bodyId()),
                r.requesterContactId() == null ? "" : String.valueOf(r.requesterContactId()),
                r.receivedDate().toString(), r.channel().name(), r.subject(), r.description(), r.type().name(),
                r.assignedOfficerId() == null ? "" : String.valueOf(r.assignedOfficerId()), r.dueDate().toString(),
                r.responseSummary(), r.activities().stream().map(a -> String.valueOf(a.id())).toList(),
                String.valueOf(r.version()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public boolean linked(long activityId) {
        return activityIds.contains(String.valueOf(activityId));
    }

    /**
     * The input, or the fields that cannot be read. A focal point's form has no requester, date, channel or
     * staff fields; any of them posted anyway reaches the service, which refuses it for them.
     */
    MemberRequestInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        RequesterKind kind = FormValues.enumValue(RequesterKind.class, "requester", requesterKind, errors);
        List<Long> activities = new ArrayList<>();
        for (String id : activityIds) {
            Long n = FormValues.number("activityIds", id, errors);
            if (n != null) {
                activities.add(n);
            }
        }
        MemberRequestInput input = new MemberRequestInput(
                kind == RequesterKind.MEMBER ? requesterMemberCode : null,
                kind == RequesterKind.BODY ? FormValues.number("requesterBodyId", requesterBodyId, errors) : null,
                kind == RequesterKind.CO_CHAIRS ? Boolean.TRUE : null,
                FormValues.number("requesterContactId", requesterContactId, errors),
                FormValues.date("receivedDate", receivedDate, errors),
                FormValues.enumValue(RequestChannel.class, "channel", channel, errors), subject, description,
                FormValues.enumValue(MemberRequestType.class, "type", type, errors),
                FormValues.number("assignedOfficerId", assignedOfficerId, errors),
                FormValues.date("dueDate", dueDate, errors), responseSummary, activities,
                FormValues.integer("version", version, errors));
        errors.throwIfAny();
        return input;
    }
}
