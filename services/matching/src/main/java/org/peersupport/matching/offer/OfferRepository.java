package org.peersupport.matching.offer;

import java.util.List;
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
	 * Open offers and accepted assignments per supporter; supporters with none are
	 * absent.
	 */
	@Query("SELECT supporter_id, count(*) AS active FROM offer WHERE status IN ('OFFERED', 'ACCEPTED') GROUP BY supporter_id")
	List<SupporterLoad> activeLoads();

}
