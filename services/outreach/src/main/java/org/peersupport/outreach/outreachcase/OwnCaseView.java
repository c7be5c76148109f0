package org.peersupport.outreach.outreachcase;

import java.time.Instant;

/**
 * A case as the clinician it is about sees it: that a check-in was (or will be) offered,
 * and by whom. Nothing about what started the case (the events, the referrer), how the
 * program handled it (escalations, attention reasons) or how it ended (close reasons) is
 * ever shown to the clinician.
 *
 * @param status where it stands
 * @param dueAt when the offer is (was) due
 * @param offeredAt when a supporter first offered a check-in, or null
 * @param supporterId the supporter who offered or took the check-in, or null
 */
public record OwnCaseView(CaseStatus status, Instant dueAt, Instant offeredAt, String supporterId) {

	static OwnCaseView of(OutreachCase c) {
		return new OwnCaseView(c.status(), c.offer().dueAt(), c.offer().offeredAt(), c.offer().supporterId());
	}

}
