package org.peersupport.matching.offer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OfferRepository extends CrudRepository<Offer, UUID> {

	List<Offer> findBySupporterIdOrderByOfferedAtDesc(String supporterId);

	List<Offer> findByCaseId(UUID caseId);

	/**
	 * Locks one offer, so an answer and the case's close cannot both act on it. Offers
	 * are locked before their case's match request, everywhere, so the two never
	 * deadlock.
	 */
	@Query("SELECT * FROM offer WHERE id = :id FOR UPDATE")
	Optional<Offer> findForUpdate(UUID id);

	/** Locks every offer of a case; see {@link #findForUpdate(UUID)}. */
	@Query("SELECT * FROM offer WHERE case_id = :caseId ORDER BY id FOR UPDATE")
	List<Offer> findByCaseIdForUpdate(UUID caseId);

	/**
	 * Open offers and accepted assignments per supporter; supporters with none are
	 * absent. Completed (the case closed) and withdrawn offers free their capacity.
	 */
	@Query("SELECT supporter_id, count(*) AS active FROM offer WHERE status IN ('OFFERED', 'ACCEPTED') GROUP BY supporter_id")
	List<SupporterLoad> activeLoads();

}
