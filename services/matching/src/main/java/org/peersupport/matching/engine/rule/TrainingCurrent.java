package org.peersupport.matching.engine.rule;

import java.time.Instant;
import java.time.ZoneOffset;

import org.peersupport.matching.engine.Candidate;
import org.peersupport.matching.engine.CaseToMatch;
import org.peersupport.matching.engine.HardConstraint;

/**
 * Trained, and the training has not expired. It is valid through its expiry date (UTC);
 * no expiry date means it does not expire.
 */
public final class TrainingCurrent implements HardConstraint {

	@Override
	public boolean dependsOnCase() {
		return false;
	}

	@Override
	public boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now) {
		return supporter.readiness().trained() && (supporter.readiness().trainingExpiresOn() == null
				|| !supporter.readiness().trainingExpiresOn().isBefore(now.atZone(ZoneOffset.UTC).toLocalDate()));
	}

	@Override
	public String refusal() {
		return "Their peer-support training has expired, or no training is recorded for them.";
	}

}
