package org.peersupport.referral.catalog;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SupportResourceRepository extends CrudRepository<SupportResource, String> {

	@Query("SELECT * FROM resource ORDER BY sort_order, code")
	List<SupportResource> findAllInOrder();

	@Query("UPDATE resource SET kind = :kind, name = :name, phone = :phone, url = :url, hours = :hours, "
			+ "description = :description, crisis = :crisis, sort_order = :sortOrder, confidential = :confidential, "
			+ "cost = :cost, version = version + 1 WHERE code = :code AND version = :version")
	long updateIfVersion(String code, String kind, String name, @Nullable String phone, @Nullable String url,
			@Nullable String hours, @Nullable String description, boolean crisis, int sortOrder, boolean confidential,
			@Nullable String cost, long version);

	@Query("DELETE FROM resource WHERE code = :code AND version = :version")
	long deleteIfVersion(String code, long version);

}
