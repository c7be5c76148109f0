package org.peersupport.matching.engine;

/**
 * A soft preference: how well a supporter suits a case, from 0 (not at all) to 1 (fully).
 * The engine multiplies it by the preference's configured weight.
 */
public interface Preference {

	/** The name explanations show, matching its weight property. */
	String name();

	double value(CaseToMatch matchCase, Candidate supporter);

}
