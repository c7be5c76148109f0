package org.peersupport.matching.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An e-mail someone must get, kept until it is sent: a supporter's offer or follow-up
 * (with its offer), or a team debrief's invitation or facilitation notice (with its
 * debrief; {@code supporterId} is then the recipient, whoever they are).
 */
@MappedEntity("supporter_notification")
record SupporterNotification(@Id UUID id, NotificationKind kind, @Nullable UUID offerId, @Nullable String followUpId,
		String supporterId, String staffId, NotificationStatus status, int attempts, Instant nextAttemptAt,
		@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, @Nullable UUID debriefId) {

	static SupporterNotification pending(NotificationKind kind, UUID offerId, @Nullable String followUpId,
			String supporterId, String staffId, Instant now) {
		return new SupporterNotification(UUID.randomUUID(), kind, offerId, followUpId, supporterId, staffId,
				NotificationStatus.PENDING, 0, now, null, now, null, null);
	}

	/**
	 * A debrief e-mail to one recipient: pending, or closed at once when it cannot go.
	 */
	static SupporterNotification aboutDebrief(NotificationKind kind, UUID debriefId, String recipient,
			NotificationStatus status, @Nullable String why, Instant now) {
		return new SupporterNotification(UUID.randomUUID(), kind, null, null, recipient, recipient, status, 0, now, why,
				now, null, debriefId);
	}

	SupporterNotification sent(Instant now) {
		return new SupporterNotification(this.id, this.kind, this.offerId, this.followUpId, this.supporterId,
				this.staffId, NotificationStatus.SENT, this.attempts + 1, this.nextAttemptAt, null, this.createdAt, now,
				this.debriefId);
	}

	SupporterNotification closed(NotificationStatus status, String why) {
		return new SupporterNotification(this.id, this.kind, this.offerId, this.followUpId, this.supporterId,
				this.staffId, status, this.attempts, this.nextAttemptAt, why, this.createdAt, null, this.debriefId);
	}

	/** Another try later; a refused call (circuit open) does not count as an attempt. */
	SupporterNotification retryAfter(Duration delay, boolean attempted, String error, Instant now) {
		return new SupporterNotification(this.id, this.kind, this.offerId, this.followUpId, this.supporterId,
				this.staffId, NotificationStatus.PENDING, this.attempts + (attempted ? 1 : 0), now.plus(delay), error,
				this.createdAt, null, this.debriefId);
	}

}
