package org.peersupport.referral.referrals;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import org.peersupport.contracts.events.ReferralKind;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReferralRepository extends CrudRepository<Referral, String> {

	/** Locks the referral for a status change, so a person and a timer never race. */
	@Query("SELECT * FROM referral WHERE id = :id FOR UPDATE")
	Optional<Referral> lockById(String id);

	boolean existsByCheckinIdAndKind(String checkinId, ReferralKind kind);

	@Query("SELECT * FROM referral WHERE staff_id = :staffId ORDER BY made_at, id")
	List<Referral> findByStaffInOrder(String staffId);

	@Query("""
			INSERT INTO unconsented_referral_count (kind, count) VALUES (:kind, 1)
			ON CONFLICT (kind) DO UPDATE SET count = unconsented_referral_count.count + 1""")
	void countUnconsented(String kind);

}
