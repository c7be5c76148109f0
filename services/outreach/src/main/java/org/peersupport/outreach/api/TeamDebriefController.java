package org.peersupport.outreach.api;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.peersupport.outreach.debrief.DebriefOutcome;
import org.peersupport.outreach.debrief.FacilitatedDebrief;
import org.peersupport.outreach.debrief.DebriefPlan;
import org.peersupport.outreach.debrief.DebriefStatus;
import org.peersupport.outreach.debrief.TeamDebriefView;
import org.peersupport.outreach.debrief.TeamDebriefs;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Team debriefs: the administrator lists and schedules them (their facilities only); a
 * facilitator matching assigned records the outcome. Who acts comes from the token.
 */
@RestController
class TeamDebriefController {

	private final TeamDebriefs debriefs;

	private final Clock clock;

	TeamDebriefController(TeamDebriefs debriefs, Clock clock) {
		this.debriefs = debriefs;
		this.clock = clock;
	}

	@GetMapping("/api/v1/team-debriefs")
	Mono<List<TeamDebriefView>> list(Actor administrator, @RequestParam(required = false) String status) {
		DebriefStatus wanted = DebriefRequests.status(status);
		return Blocking.call(() -> this.debriefs.list(wanted, AdministratorScope.facilities(administrator)));
	}

	@GetMapping("/api/v1/team-debriefs/{debriefId}")
	Mono<TeamDebriefView> get(Actor administrator, @PathVariable String debriefId) {
		UUID id = DebriefRequests.debriefId(debriefId);
		return Blocking.call(() -> this.debriefs.find(id, AdministratorScope.facilities(administrator)));
	}

	/**
	 * Schedules it: {@code startsAt} (an instant in the next 90 days), {@code place} (a
	 * room label) or {@code videoLink} (https), and {@code facilitators} (1 or 2, default
	 * 2). Matching then chooses the facilitators and invites the team.
	 */
	@PutMapping("/api/v1/team-debriefs/{debriefId}/schedule")
	Mono<TeamDebriefView> schedule(Actor administrator, @PathVariable String debriefId, @RequestBody JsonNode body) {
		UUID id = DebriefRequests.debriefId(debriefId);
		DebriefPlan plan = DebriefRequests.plan(body, this.clock.instant());
		return Blocking.call(() -> this.debriefs.schedule(id, plan, administrator.auditName(),
				AdministratorScope.facilities(administrator)));
	}

	/**
	 * Records the outcome: {@code held}, {@code attended} (a count) and {@code needs}
	 * (NeedCode values). Only an assigned facilitator may; there is no text field.
	 */
	@PutMapping("/api/v1/team-debriefs/{debriefId}/outcome")
	Mono<TeamDebriefView> outcome(Actor facilitator, @PathVariable String debriefId, @RequestBody JsonNode body) {
		UUID id = DebriefRequests.debriefId(debriefId);
		DebriefOutcome outcome = DebriefRequests.outcome(body);
		return Blocking.call(() -> this.debriefs.record(id, outcome, facilitator.staffId()));
	}

	/**
	 * The debriefs a supporter facilitates (their own only), with the ids they record
	 * outcomes under: when and where, nothing about who is invited.
	 */
	@GetMapping("/api/v1/facilitators/{staffId}/team-debriefs")
	Mono<List<FacilitatedDebrief>> facilitating(Actor facilitator, @PathVariable String staffId) {
		facilitator.requireSelf(staffId);
		return Blocking.call(() -> this.debriefs.facilitatedBy(staffId));
	}

}
