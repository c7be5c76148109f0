package org.peersupport.outreach.timing;

import java.time.Instant;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.AdverseEventReported;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;

/**
 * The facts of a reported event that the timing policy looks at.
 *
 * @param receivedAt when intake received the report
 * @param harm the harm level
 * @param actuality actual event or near miss
 * @param category the category, or null
 */
public record CaseFacts(Instant receivedAt, HarmLevel harm, Actuality actuality, EventCategory category) {

	public static CaseFacts of(AdverseEventReported event) {
		return new CaseFacts(event.receivedAt(), event.harm(), event.actuality(), event.category());
	}

	/**
	 * A routine check-in that no event started (a campaign's): nobody was harmed, so it
	 * is planned like a near miss, never urgent, and every contact rule applies.
	 */
	public static CaseFacts routine(Instant at) {
		return new CaseFacts(at, HarmLevel.NO_HARM, Actuality.NEAR_MISS, null);
	}

	/**
	 * The harm as urgency counts it: a near miss harmed nobody, so its harm never makes a
	 * case urgent.
	 * @return the harm of an actual event, or null for a near miss
	 */
	public HarmLevel actualHarm() {
		return (this.actuality == Actuality.NEAR_MISS) ? null : this.harm;
	}

	public boolean highImpact() {
		return this.category != null && this.category.isHighImpact();
	}

}
