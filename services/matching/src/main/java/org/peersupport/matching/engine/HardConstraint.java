package org.peersupport.matching.engine;

import java.time.Instant;

/**
 * One rule a supporter must pass to be offered a case. Each rule is a small named class,
 * so an explanation can say which rules a supporter passed.
 */
public interface HardConstraint {

	/** The rule's name, as explanations show it. */
	default String name() {
		return getClass().getSimpleName();
	}

	boolean allows(CaseToMatch matchCase, Candidate supporter, Instant now);

	/**
	 * Whether the rule looks at the case at all. Rules about the supporter alone
	 * (training, pause, capacity, cool-down, availability) are checked once per batch,
	 * not once per case.
	 */
	default boolean dependsOnCase() {
		return true;
	}

	/**
	 * Why the rule refuses a supporter, in plain words for the program administrator (the
	 * console's manual assignment shows what an assignment by hand overrides).
	 */
	String refusal();

	/**
	 * Whether an administrator may assign a case by hand to a supporter this rule
	 * refuses. Most rules protect the supporter or the program's fairness, and the
	 * administrator may know better (they called the paused supporter, who agreed). A
	 * rule that protects the clinician from someone who must never be their peer
	 * supporter says no.
	 */
	default boolean overridable() {
		return true;
	}

}
