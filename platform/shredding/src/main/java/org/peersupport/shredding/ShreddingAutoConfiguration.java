package org.peersupport.shredding;

import java.time.Clock;

import javax.sql.DataSource;

import org.peersupport.persistence.PlatformMigrations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The person keys of a service that seals or opens names and addresses: the keyring's
 * migration (added to the service's Flyway locations; it creates the shared
 * {@code keyring} schema) and {@link PersonKeys} on the service's own data source.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
public class ShreddingAutoConfiguration {

	/**
	 * The platform migration that creates {@code keyring.person_key}: see its comment.
	 */
	static final String MIGRATIONS = "classpath:db/keyring";

	@Bean
	PersonKeys personKeys(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		return new PersonKeys(new Keyring(jdbc, clock.getIfAvailable(Clock::systemUTC)));
	}

	@Bean
	FlywayConfigurationCustomizer keyringMigrations() {
		return PlatformMigrations.adding(MIGRATIONS);
	}

}
