package org.peersupport.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.peersupport.embedded.LoopbackPorts;
import org.peersupport.embedded.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the tests' PostgreSQL is, and how their databases are named and cleared away. The
 * server is found in this order: a URL given in the environment
 * ({@code PEERSUPPORT_TEST_JDBC_URL}, with {@code PEERSUPPORT_TEST_JDBC_USER} and
 * {@code PEERSUPPORT_TEST_JDBC_PASSWORD}); the machine's server at 127.0.0.1:5432;
 * otherwise an embedded PostgreSQL. One test suite runs on every machine.
 */
public final class TestDatabases {

	private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);

	/** Names of test databases: {@code pst_<prefix>_<epoch seconds>_<random>}. */
	static final String PREFIX = "pst_";

	private TestDatabases() {
	}

	/** Finds or starts a server for tests. */
	public static PostgresServer findServer() {
		String url = System.getenv("PEERSUPPORT_TEST_JDBC_URL");
		if (url != null && !url.isBlank()) {
			log.info("Using PostgreSQL from PEERSUPPORT_TEST_JDBC_URL");
			return PostgresServer.at(url, envOr("PEERSUPPORT_TEST_JDBC_USER", "postgres"),
					envOr("PEERSUPPORT_TEST_JDBC_PASSWORD", ""));
		}
		if (LoopbackPorts.listening(5432)) {
			log.info("Using the local PostgreSQL at 127.0.0.1:5432");
			return PostgresServer.at("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
		}
		log.info("No PostgreSQL reachable; starting an embedded one");
		return PostgresServer.embedded(null, 0);
	}

	/**
	 * Creates a database of its own, so that test runs and test classes never see each
	 * other's rows. The creation time is in the name, so later runs can clear away old
	 * ones.
	 */
	public static String create(PostgresServer server, String prefix) {
		String name = (PREFIX + prefix + "_" + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT);
		return server.createDatabase(name);
	}

	/**
	 * Drops test databases created more than {@code age} ago. Done at the start of a run
	 * rather than at JVM exit: dropping a database under services that are still shutting
	 * down leaves their connection pools retrying.
	 */
	public static void dropOlderThan(PostgresServer server, Duration age) {
		long cutoff = Instant.now().minus(age).getEpochSecond();
		for (String name : server.databases()) {
			String[] parts = name.split("_");
			if (name.startsWith(PREFIX) && parts.length >= 4 && parts[parts.length - 2].matches("\\d+")
					&& Long.parseLong(parts[parts.length - 2]) < cutoff) {
				server.dropDatabase(name);
			}
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
