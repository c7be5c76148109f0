package org.peersupport.matching.directory;

import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffMemberRepository extends CrudRepository<StaffMember, String> {

	List<StaffMember> findByVolunteeringSupporterTrue();

}
