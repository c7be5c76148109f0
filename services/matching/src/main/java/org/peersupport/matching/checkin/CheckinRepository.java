package org.peersupport.matching.checkin;

import java.util.List;
import java.util.UUID;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CheckinRepository extends CrudRepository<Checkin, UUID> {

	List<Checkin> findByOfferIdOrderByCompletedAtDesc(UUID offerId);

}
