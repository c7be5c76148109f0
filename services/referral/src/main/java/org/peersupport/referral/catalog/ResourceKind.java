package org.peersupport.referral.catalog;

/** The kinds of help the catalog lists. */
public enum ResourceKind {

	CRISIS_LINE, PEER_LINE, EAP, THERAPY, LEGAL, DISCLOSURE_COACHING

}
