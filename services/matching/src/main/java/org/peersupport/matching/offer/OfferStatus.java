package org.peersupport.matching.offer;

import java.util.List;

/** Where an offer to a supporter stands. */
public enum OfferStatus {

	OFFERED, ACCEPTED, DECLINED, EXPIRED;

	/** Offers that count against a supporter's capacity. */
	static final List<OfferStatus> ACTIVE = List.of(OFFERED, ACCEPTED);

}
