package org.peersupport.contracts.events;

/** Kinds of resource a clinician can be referred to. */
public enum ReferralKind {

	/** Employee assistance program. */
	EAP,
	/** Therapy or counselling. */
	THERAPY,
	/** Psychiatry. */
	PSYCHIATRY,
	/** Legal advice. */
	LEGAL,
	/** Disclosure and apology coaching. */
	DISCLOSURE_COACHING,
	/** Chaplaincy or spiritual care. */
	CHAPLAINCY,
	/** A crisis line. */
	CRISIS_LINE,
	/** Financial counselling. */
	FINANCIAL,
	/** Another resource. */
	OTHER

}
