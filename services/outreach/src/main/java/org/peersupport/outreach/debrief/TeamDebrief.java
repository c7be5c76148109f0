package org.peersupport.outreach.debrief;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import org.peersupport.contracts.events.NeedCode;

/**
 * A group debrief for the team involved in one event: its own record beside the
 * individual cases, proposed once per event and attached to one of its cases (whose
 * escalations put it on the worklist). It holds ids, a time, a place, counts and codes:
 * nothing about the event and no text.
 *
 * @param eventId the event (the key: one debrief per event)
 * @param debriefId the id the API and the topics use
 * @param caseId the case its escalations are raised on
 * @param facility the facility, or null
 * @param involved how many people were involved
 * @param status where it stands
 * @param proposedAt when it was proposed
 * @param startsAt when it starts, once scheduled
 * @param place a room label, or null
 * @param videoLink an https link, or null
 * @param facilitatorsWanted one or two, once scheduled
 * @param scheduledBy who scheduled it (the token's audit name)
 * @param scheduledAt when it was scheduled
 * @param facilitators comma-joined staff ids of its facilitators, once matched
 * @param matchedAt when matching answered
 * @param held whether it took place, once recorded
 * @param attended how many attended, once recorded
 * @param needs comma-joined need codes, once recorded
 * @param recordedBy the facilitator who recorded the outcome
 * @param recordedAt when the outcome was recorded
 */
@MappedEntity("team_debrief")
public record TeamDebrief(@Id String eventId, UUID debriefId, UUID caseId, @Nullable String facility, int involved,
		DebriefStatus status, Instant proposedAt, @Nullable Instant startsAt, @Nullable String place,
		@Nullable String videoLink, @Nullable Integer facilitatorsWanted, @Nullable String scheduledBy,
		@Nullable Instant scheduledAt, @Nullable String facilitators, @Nullable Instant matchedAt,
		@Nullable Boolean held, @Nullable Integer attended, @Nullable String needs, @Nullable String recordedBy,
		@Nullable Instant recordedAt) {

	TeamDebrief scheduled(DebriefPlan plan, String by, Instant now) {
		return new TeamDebrief(this.eventId, this.debriefId, this.caseId, this.facility, this.involved,
				DebriefStatus.SCHEDULED, this.proposedAt, plan.startsAt(), plan.place(), plan.videoLink(),
				plan.facilitators(), by, now, null, null, null, null, null, null, null);
	}

	TeamDebrief staffedBy(List<String> chosen, Instant now) {
		return new TeamDebrief(this.eventId, this.debriefId, this.caseId, this.facility, this.involved,
				chosen.isEmpty() ? DebriefStatus.UNSTAFFED : DebriefStatus.STAFFED, this.proposedAt, this.startsAt,
				this.place, this.videoLink, this.facilitatorsWanted, this.scheduledBy, this.scheduledAt,
				String.join(",", chosen), now, null, null, null, null, null);
	}

	TeamDebrief recorded(DebriefOutcome outcome, String by, Instant now) {
		return new TeamDebrief(this.eventId, this.debriefId, this.caseId, this.facility, this.involved,
				outcome.held() ? DebriefStatus.HELD : DebriefStatus.NOT_HELD, this.proposedAt, this.startsAt,
				this.place, this.videoLink, this.facilitatorsWanted, this.scheduledBy, this.scheduledAt,
				this.facilitators, this.matchedAt, outcome.held(), outcome.attended(),
				outcome.needs().stream().map(NeedCode::name).collect(Collectors.joining(",")), by, now);
	}

	/** The facilitators' staff ids, in the order matching chose them. */
	public List<String> facilitatorIds() {
		return (this.facilitators == null || this.facilitators.isEmpty()) ? List.of()
				: Arrays.asList(this.facilitators.split(","));
	}

	public List<NeedCode> needCodes() {
		return (this.needs == null || this.needs.isEmpty()) ? List.of()
				: Arrays.stream(this.needs.split(",")).map(NeedCode::valueOf).toList();
	}

}
