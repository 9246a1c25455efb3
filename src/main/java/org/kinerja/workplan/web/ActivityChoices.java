package org.kinerja.workplan.web;

import java.util.List;

import org.kinerja.directory.BodyRef;
import org.kinerja.directory.Commitment;
import org.kinerja.directory.Member;
import org.kinerja.directory.Partner;
import org.kinerja.identity.UserAccount;
import org.kinerja.indicator.Outcome;
import org.kinerja.plan.Principle;
import org.kinerja.plan.Purpose;

/** What the activity form offers to choose from. */
public record ActivityChoices(List<Purpose> purposes, List<Principle> principles, List<Outcome> outcomes,
                              List<UserAccount> officers, List<Partner> partners, List<Member> members,
                              List<BodyRef> bodies, List<Commitment> commitments) {
}
