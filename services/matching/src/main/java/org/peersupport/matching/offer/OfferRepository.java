package org.peersupport.matching.offer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OfferRepository extends CrudRepository<Offer, UUID> {

	List<Offer> findBySupporterIdOrderByOfferedAtDesc(String supporterId);

	List<Offer> findByCaseId(UUID caseId);

	List<Offer> findByStatusIn(Collection<OfferStatus> statuses);

}
