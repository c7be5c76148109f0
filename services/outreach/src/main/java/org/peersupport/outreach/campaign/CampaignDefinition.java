package org.peersupport.outreach.campaign;

import java.time.Duration;
import java.time.Instant;

/**
 * What an administrator defines: who, when, how fast and in which words.
 *
 * @param name what administrators call it (never shown to clinicians)
 * @param facility the facility whose policy (time zone, quiet hours, scope) and
 * administrators the campaign answers to, or null for the whole program
 * @param kind which built-in campaign it is
 * @param cohort who it reaches
 * @param opensAt when it starts opening cases; nothing opens before
 * @param offset how long after a member's own moment (start date, patient death, claim)
 * they are due; zero for {@link CampaignKind#ON_DATE}
 * @param pace how fast it opens cases
 * @param invitation its invitation wording, or null for the built-in routine wording
 */
public record CampaignDefinition(String name, String facility, CampaignKind kind, Cohort cohort, Instant opensAt,
		Duration offset, Pace pace, Wording invitation) {

	/**
	 * An invitation template (Mustache, validated like the facility templates).
	 *
	 * @param subject the subject
	 * @param body the body
	 */
	public record Wording(String subject, String body) {
	}

}
