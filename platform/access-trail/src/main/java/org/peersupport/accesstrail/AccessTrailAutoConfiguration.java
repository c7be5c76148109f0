package org.peersupport.accesstrail;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.persistence.PlatformMigrations;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access trail of a service with a database and an API: its table (the platform's
 * migration, added to the service's Flyway locations), the recording filter, the single
 * writer, the verifier, the FHIR export and their access rules.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(AccessTrailSettings.class)
@Import({ AccessTrailController.class, OwnRecordsController.class })
public class AccessTrailAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AccessTrailAutoConfiguration.class);

	/** The platform migration that creates {@code access_trail}: see its comment. */
	static final String MIGRATIONS = "classpath:db/access-trail";

	@Bean
	EntryHashing accessTrailHashing(AccessTrailSettings settings, @Value("${spring.application.name}") String service) {
		if (AccessTrailSettings.DEVELOPMENT_KEY.equals(settings.digestKey())) {
			log.warn("{}: the access trail's digest key is the development default: set "
					+ "peersupport.access-trail.digest-key for anything but a test", service);
		}
		return new EntryHashing(settings.digestKey());
	}

	@Bean
	TrailWriter accessTrailWriter(JdbcTemplate jdbc, TransactionTemplate transactions, EntryHashing hashing,
			@Value("${spring.application.name}") String service) {
		return new TrailWriter(jdbc, transactions, hashing, service);
	}

	@Bean
	TrailRows accessTrailRows(DataSource dataSource, TransactionTemplate transactions) {
		return new TrailRows(dataSource, transactions);
	}

	@Bean
	ChainVerifier accessTrailVerifier(TrailRows rows, EntryHashing hashing) {
		return new ChainVerifier(rows, hashing);
	}

	@Bean
	TrailPseudonyms accessTrailPseudonyms(JdbcTemplate jdbc) {
		return new TrailPseudonyms(jdbc);
	}

	@Bean
	AccessRecording accessRecording(TrailWriter writer, BeanFactory beans, ObjectProvider<Clock> clock,
			AccessTrailSettings settings) {
		return new AccessRecording(writer, new RouteFinder(beans), clock.getIfAvailable(Clock::systemUTC),
				settings.unrecorded(), settings.unattributed());
	}

	/**
	 * Every service's section of a person's own copy: the parts its features declare, and
	 * what the service says of itself ({@code peersupport.own-records.about}).
	 */
	@Bean
	OwnRecordsSections ownRecordsSections(@Value("${spring.application.name}") String service,
			@Value("${peersupport.own-records.about:#{null}}") String about, ObjectProvider<OwnRecords> parts,
			TrailRows rows, TransactionTemplate transactions, ObjectProvider<Clock> clock) {
		return new OwnRecordsSections(service, about, parts.orderedStream().toList(), rows, transactions,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	PurposeCheck purposeOfUseCheck() {
		return new PurposeCheck();
	}

	@Bean
	AccessTrailAccess accessTrailAccess() {
		return new AccessTrailAccess();
	}

	/** Adds the trail's migration to the service's Flyway locations. */
	@Bean
	FlywayConfigurationCustomizer accessTrailMigrations() {
		return PlatformMigrations.adding(MIGRATIONS);
	}

}
