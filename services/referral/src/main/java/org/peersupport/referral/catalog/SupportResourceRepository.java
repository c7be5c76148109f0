package org.peersupport.referral.catalog;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SupportResourceRepository extends CrudRepository<SupportResource, String> {

	List<SupportResource> findAllOrderBySortOrder();

	List<SupportResource> findByKindOrderBySortOrder(ResourceKind kind);

}
