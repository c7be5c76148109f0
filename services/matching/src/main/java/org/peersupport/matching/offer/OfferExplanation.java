package org.peersupport.matching.offer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.peersupport.matching.engine.DepartmentRule;
import org.peersupport.matching.engine.ScoreBreakdown;

/**
 * Why a case was offered to a supporter: ids, rule names and score terms only. Nothing
 * about the clinician beyond the ids on the offer is in it.
 *
 * @param offerId the offer
 * @param caseId the case
 * @param supporterId the supporter offered the case
 * @param mode SINGLE when the case was decided alone, BATCH when with others, MANUAL when
 * an administrator assigned it by hand
 * @param batchSize how many cases were decided together
 * @param departmentRule the department rule that applied
 * @param rulesPassed the hard constraints the supporter passed: every one, unless the
 * offer was assigned by hand
 * @param score the supporter's score, term by term
 * @param rank the supporter's place among the eligible (1 is the best score; a batch may
 * pick a lower rank to place every case)
 * @param eligibleSupporters how many passed every hard constraint
 * @param consideredSupporters how many supporters were looked at
 * @param excludedBy how many supporters each rule turned away
 * @param previousOffers earlier offers of this case (declined or expired)
 * @param expiresAt when the offer expires unanswered
 * @param decidedAt when the decision was made
 * @param assignedBy who assigned it by hand (the administrator's staff id, or their
 * subject at the identity provider), or null for the engine's own decisions
 * @param overriddenRules the hard constraints the supporter failed and the administrator
 * overrode by assigning them all the same; empty for the engine's own decisions
 */
public record OfferExplanation(String offerId, String caseId, String supporterId, String mode, int batchSize,
		DepartmentRule departmentRule, List<String> rulesPassed, ScoreBreakdown score, int rank, int eligibleSupporters,
		int consideredSupporters, Map<String, Integer> excludedBy, int previousOffers, Instant expiresAt,
		Instant decidedAt, String assignedBy, List<String> overriddenRules) {

	public OfferExplanation {
		// Explanations stored before assignments by hand read without these.
		overriddenRules = (overriddenRules != null) ? List.copyOf(overriddenRules) : List.of();
	}

}
