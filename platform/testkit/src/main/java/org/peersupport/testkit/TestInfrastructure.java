package org.peersupport.testkit;

import java.util.Map;

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
			broker = KraftBroker.startEphemeral();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-shutdown"));
		}
		return broker;
	}

	public static synchronized PostgresServer postgres() {
		if (postgres == null) {
			postgres = PostgresServer.forTests();
			Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-shutdown"));
		}
		return postgres;
	}

	/** A fresh database on the shared server, dropped when the JVM exits. */
	public static String freshDatabase(String prefix) {
		PostgresServer server = postgres();
		String url = server.createDatabase(prefix);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, url), "drop-" + prefix));
		return url;
	}

	/**
	 * Standard Spring properties that point one service at the shared broker and at a
	 * fresh database, in the service's own schema.
	 */
	public static Map<String, String> springProperties(String service) {
		String url = freshDatabase(service);
		PostgresServer server = postgres();
		return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + service,
				"spring.datasource.username", server.user(), "spring.datasource.password", server.password(),
				"spring.kafka.bootstrap-servers", kafka().bootstrapServers(), "peersupport.kafka.retries", "2");
	}

	private static void dropQuietly(PostgresServer server, String url) {
		try {
			server.dropDatabase(url);
		}
		catch (RuntimeException ex) {
			// the server may already be gone at JVM exit; a leftover test database is
			// harmless
		}
	}

}
