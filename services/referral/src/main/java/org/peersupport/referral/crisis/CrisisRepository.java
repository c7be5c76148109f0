package org.peersupport.referral.crisis;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CrisisRepository extends CrudRepository<Crisis, String> {

	/** Locks the crisis, so an acknowledgement and a page never race. */
	@Query("SELECT * FROM crisis WHERE id = :id FOR UPDATE")
	Optional<Crisis> lockById(String id);

	boolean existsByCheckinId(String checkinId);

	@Query("SELECT * FROM crisis WHERE acknowledged_at IS NULL ORDER BY raised_at, id")
	List<Crisis> findOpen();

	@Query("SELECT * FROM crisis ORDER BY raised_at DESC, id LIMIT 500")
	List<Crisis> findRecent();

}
