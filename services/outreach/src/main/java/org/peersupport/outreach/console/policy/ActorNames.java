package org.peersupport.outreach.console.policy;

import org.peersupport.outreach.clinician.Clinicians;
import org.peersupport.outreach.clinician.StaffProfile;

import org.springframework.stereotype.Component;

/**
 * Who changed a policy, as an administrator reads it: the name the directory has for the
 * audited actor, with the id the audit keeps; the id alone when the directory does not
 * know them (a machine client, an administrator outside the roster).
 */
@Component
class ActorNames {

	private final Clinicians clinicians;

	ActorNames(Clinicians clinicians) {
		this.clinicians = clinicians;
	}

	/** Blocking: reads the directory. */
	String of(String actor) {
		if (actor == null) {
			return "nobody known";
		}
		return this.clinicians.profile(actor)
			.map(StaffProfile::name)
			.filter((name) -> !name.isBlank())
			.map((name) -> name + " (" + actor + ")")
			.orElse(actor);
	}

}
