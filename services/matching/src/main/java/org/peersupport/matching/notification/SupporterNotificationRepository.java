package org.peersupport.matching.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SupporterNotificationRepository extends CrudRepository<SupporterNotification, UUID> {

	/**
	 * Claims due e-mails for this transaction. Rows another instance is sending are
	 * skipped, not waited for, so several instances share the work without sending twice.
	 */
	@Query("""
			SELECT * FROM supporter_notification
			WHERE status = 'PENDING' AND next_attempt_at <= :now
			ORDER BY next_attempt_at
			LIMIT :limit
			FOR UPDATE SKIP LOCKED""")
	List<SupporterNotification> claimDue(Instant now, int limit);

	boolean existsByKindAndOfferId(NotificationKind kind, UUID offerId);

	boolean existsByKindAndFollowUpId(NotificationKind kind, String followUpId);

	boolean existsByKindAndDebriefIdAndSupporterId(NotificationKind kind, UUID debriefId, String supporterId);

	List<SupporterNotification> findBySupporterIdOrderByCreatedAt(String supporterId);

	List<SupporterNotification> findByDebriefId(UUID debriefId);

}
