package org.peersupport.testkit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.peersupport.embedded.KraftBroker;
import org.peersupport.embedded.PostgresServer;

/**
 * The broker and database shared by every test in one JVM: starting them once keeps the
 * suite fast, and each test class still gets a database of its own.
 */
public final class TestInfrastructure {

	private static KraftBroker broker;

	private static PostgresServer postgres;

	private TestInfrastructure() {
	}

	public static synchronized KraftBroker kafka() {
		if (broker == null) {
			// No shutdown hook: the broker lives in this JVM and ends with it. Closing it
			// from a
			// hook would race the Spring test contexts' own shutdown.
			broker = KraftBroker.startEphemeral();
		}
		return broker;
	}

	public static synchronized PostgresServer postgres() {
		if (postgres == null) {
			postgres = TestDatabases.findServer();
			// Earlier runs' databases are cleared here, not at their exit (see
			// TestDatabases.dropOlderThan).
			TestDatabases.dropOlderThan(postgres, Duration.ofHours(2));
			Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-shutdown"));
		}
		return postgres;
	}

	/**
	 * A fresh database on the shared server; a later run drops it once it is two hours
	 * old.
	 */
	public static String freshDatabase(String prefix) {
		return TestDatabases.create(postgres(), prefix);
	}

	/**
	 * Standard Spring properties that point one service at the shared broker, at a fresh
	 * database in the service's own schema, and at the test identity provider.
	 */
	public static Map<String, String> springProperties(String service) {
		String url = freshDatabase(service);
		PostgresServer server = postgres();
		Map<String, String> properties = new HashMap<>(Map.of("spring.datasource.url",
				url + (url.contains("?") ? "&" : "?") + "currentSchema=" + service, "spring.datasource.username",
				server.user(), "spring.datasource.password", server.password(), "spring.kafka.bootstrap-servers",
				kafka().bootstrapServers(), "peersupport.kafka.retries", "2",
				// At JVM exit the database may go before a context has closed:
				// give up on
				// it quickly.
				"spring.datasource.hikari.connection-timeout", "2000",
				// Spring caches a context per test configuration, each with its own
				// pool: Hikari's default of 10 connections held open from the start
				// would put a module's cached contexts over PostgreSQL's 100.
				"spring.datasource.hikari.maximum-pool-size", "6", "spring.datasource.hikari.minimum-idle", "1"));
		// Every service trusts the test identity provider, as it would the hospital's.
		properties.putAll(TestIdentity.get().springProperties());
		return Map.copyOf(properties);
	}

}
