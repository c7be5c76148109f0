package org.peersupport.dashboard.figures;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface FigureRepository extends CrudRepository<Figure, String> {

	@Query("INSERT INTO figure (name, value) VALUES (:name, 1) ON CONFLICT (name) DO UPDATE SET value = figure.value + 1")
	void increment(String name);

}
