package org.peersupport.testkit;

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
