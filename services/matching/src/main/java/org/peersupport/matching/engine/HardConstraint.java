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

}
