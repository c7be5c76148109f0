package org.peersupport.persistence;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Makes the application's Micronaut Data JDBC repositories injectable Spring beans that
 * join Spring transactions.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Import(MicronautRepositoriesRegistrar.class)
public class PersistenceAutoConfiguration {

	@Bean(destroyMethod = "close")
	MicronautDataContext micronautDataContext(DataSource dataSource) {
		return new MicronautDataContext(dataSource);
	}

}
