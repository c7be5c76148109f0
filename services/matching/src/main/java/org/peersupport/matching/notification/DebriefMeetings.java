package org.peersupport.matching.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * When and where a staffed team debrief meets, for its e-mails. Implemented by the
 * debrief feature, which depends on notifications and not the other way round.
 */
public interface DebriefMeetings {

	/** The meeting, or empty when the debrief is gone, unstaffed or over. */
	Optional<Meeting> meeting(UUID debriefId);

	/**
	 * @param startsAt when it starts
	 * @param place a room label, or null
	 * @param videoLink an https link, or null
	 */
	record Meeting(Instant startsAt, String place, String videoLink) {

		String where() {
			return (this.place != null) ? this.place : this.videoLink;
		}

	}

}
