package org.peersupport.persistence;

import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;

/**
 * A small Micronaut context that exists only to host compile-time generated Micronaut
 * Data JDBC repositories. It is handed Spring's own {@link DataSource};
 * micronaut-data-spring-jdbc then takes connections from Spring's transaction
 * synchronization, so one Spring {@code @Transactional} spans repository saves and plain
 * JDBC writes (such as the outbox).
 */
public final class MicronautDataContext implements AutoCloseable {

	private final ApplicationContext context;

	public MicronautDataContext(DataSource dataSource) {
		this.context = ApplicationContext.builder()
			.classLoader(MicronautDataContext.class.getClassLoader())
			// Spring owns configuration: Micronaut must not read application files, env
			// vars or system properties.
			.enableDefaultPropertySources(false)
			.deduceEnvironment(false)
			.banner(false)
			.properties(Map.of("datasources.default.transaction-manager", "springJdbc", "datasources.default.dialect",
					"POSTGRES"))
			.build();
		this.context.registerSingleton(DataSource.class, dataSource, Qualifiers.byName("default"));
		this.context.start();
	}

	public <T> T repository(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
