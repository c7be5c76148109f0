package org.peersupport.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.peersupport.contracts.envelope.EventJson;
import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.ContactChannel;
import org.peersupport.contracts.events.DepartmentPreference;
import org.peersupport.contracts.events.FollowUpDue;
import org.peersupport.contracts.events.OutreachClosed;
import org.peersupport.contracts.events.OutreachDue;
import org.peersupport.contracts.events.OutreachEscalated;
import org.peersupport.contracts.events.SupportPreferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases got a source after records without one were already on the topics and in
 * consumers' inboxes: those must still read, as the incident cases they all were.
 */
class CaseSourceTests {

	private final ObjectMapper json = EventJson.mapper();

	@Test
	void anOldOutreachDueWithoutASourceReadsAsAnIncidentCase() throws Exception {
		OutreachDue due = this.json.readValue("""
				{"caseId":"3f81a2d4-6c0e-4b7a-9d25-e1f8c3b07a69","staffId":"S-1","eventIds":["E-1"],
				 "coInvolvedStaffIds":[],"harm":"MODERATE","highImpact":false,"facility":"MAIN","unit":"4W",
				 "firstReceivedAt":"2026-03-14T09:12:03Z","dueAt":"2026-03-14T09:12:05Z",
				 "respondBy":"2026-03-15T09:12:03Z"}""", OutreachDue.class);
		assertThat(due.source()).isEqualTo(CaseSource.INCIDENT);
		assertThat(due.eventIds()).containsExactly("E-1");
	}

	@Test
	void anOutreachDueWithoutPreferencesHasNoneAndOneWithThemKeepsTheirCodes() throws Exception {
		OutreachDue without = this.json
			.readValue("{\"caseId\":\"c-1\",\"highImpact\":false,\"source\":\"SELF_REQUEST\"}", OutreachDue.class);
		assertThat(without.preferences()).isNull();
		assertThat(without.preferencesOrNone().noneChosen()).isTrue();
		OutreachDue with = this.json.readValue("""
				{"caseId":"c-1","highImpact":false,"source":"SELF_REQUEST","preferences":
				 {"department":"OTHER_DEPARTMENT","sameRole":true,"language":"es","channel":"PHONE"}}""",
				OutreachDue.class);
		assertThat(with.preferencesOrNone())
			.isEqualTo(new SupportPreferences(DepartmentPreference.OTHER_DEPARTMENT, true, "es", ContactChannel.PHONE));
		assertThat(this.json.writeValueAsString(with)).doesNotContain("noneChosen").doesNotContain("empty");
	}

	@Test
	void oldClosedEscalatedAndFollowUpRecordsReadAsIncidentCases() throws Exception {
		OutreachClosed closed = this.json.readValue("""
				{"caseId":"c-1","staffId":"S-1","reason":"OPTED_OUT","facility":null,
				 "closedAt":"2026-03-14T09:12:05Z"}""", OutreachClosed.class);
		OutreachEscalated escalated = this.json.readValue("""
				{"caseId":"c-1","staffId":"S-1","reason":"WINDOW_MISSED","escalatedAt":"2026-03-14T09:12:05Z"}""",
				OutreachEscalated.class);
		FollowUpDue followUp = this.json.readValue("""
				{"followUpId":"f-1","caseId":"c-1","staffId":"S-1","trigger":"AFTER_FIRST_CONTACT","facility":null,
				 "dueAt":"2026-03-14T09:12:05Z","respondBy":"2026-03-16T09:12:05Z"}""", FollowUpDue.class);
		assertThat(closed.source()).isEqualTo(CaseSource.INCIDENT);
		assertThat(escalated.source()).isEqualTo(CaseSource.INCIDENT);
		assertThat(followUp.source()).isEqualTo(CaseSource.INCIDENT);
	}

	@Test
	void aSourceThatIsPresentIsKeptAndWritten() throws Exception {
		OutreachClosed closed = new OutreachClosed("c-1", "S-1", null, null, null, CaseSource.COLLEAGUE_REFERRAL);
		String written = this.json.writeValueAsString(closed);
		assertThat(written).contains("\"source\":\"COLLEAGUE_REFERRAL\"");
		assertThat(this.json.readValue(written, OutreachClosed.class).source())
			.isEqualTo(CaseSource.COLLEAGUE_REFERRAL);
		assertThat(this.json.readValue("{\"caseId\":\"c-1\",\"source\":null}", OutreachClosed.class).source())
			.isEqualTo(CaseSource.INCIDENT);
	}

}
