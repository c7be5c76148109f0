package org.peersupport.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server, found in this order: a URL given in the environment
 * ({@code PEERSUPPORT_TEST_JDBC_URL}, with {@code PEERSUPPORT_TEST_JDBC_USER} and
 * {@code PEERSUPPORT_TEST_JDBC_PASSWORD}); the machine's server at 127.0.0.1:5432;
 * otherwise an embedded PostgreSQL started from the zonky binaries. One test suite runs
 * on every machine.
 */
public final class PostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

	private final String adminUrl;

	private final String user;

	private final String password;

	private final EmbeddedPostgres embedded;

	private PostgresServer(String adminUrl, String user, String password, EmbeddedPostgres embedded) {
		this.adminUrl = adminUrl;
		this.user = user;
		this.password = password;
		this.embedded = embedded;
	}

	/** Finds or starts a server for tests. */
	public static PostgresServer forTests() {
		String url = System.getenv("PEERSUPPORT_TEST_JDBC_URL");
		if (url != null && !url.isBlank()) {
			log.info("Using PostgreSQL from PEERSUPPORT_TEST_JDBC_URL");
			return new PostgresServer(url, envOr("PEERSUPPORT_TEST_JDBC_USER", "postgres"),
					envOr("PEERSUPPORT_TEST_JDBC_PASSWORD", ""), null);
		}
		if (reachable("127.0.0.1", 5432)) {
			log.info("Using the local PostgreSQL at 127.0.0.1:5432");
			return new PostgresServer("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", null);
		}
		log.info("No PostgreSQL reachable; starting an embedded one");
		return embedded(null, 0);
	}

	/**
	 * Starts an embedded PostgreSQL. With a data directory the data survives restarts;
	 * with a port of 0 a free one is chosen.
	 */
	public static PostgresServer embedded(Path dataDirectory, int port) {
		try {
			// We stop it ourselves, after the services: its own shutdown hook would pull
			// the database
			// from under services that are still finishing their work.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
			if (dataDirectory != null) {
				// Data that is kept is kept durably: zonky's defaults (fsync and
				// synchronous
				// commit off) suit throw-away test databases, not the platform's own
				// data.
				builder.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on");
			}
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Names of test databases: {@code pst_<prefix>_<epoch seconds>_<random>}. */
	static final String TEST_DATABASE_PREFIX = "pst_";

	/**
	 * Creates a database of its own, so that test runs and test classes never see each
	 * other's rows. The creation time is in the name, so later runs can clear away old
	 * ones.
	 */
	public String createDatabase(String prefix) {
		String name = (TEST_DATABASE_PREFIX + prefix + "_" + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT);
		execute("CREATE DATABASE " + name);
		return jdbcUrl(name);
	}

	/**
	 * Drops test databases created more than {@code age} ago. Done at the start of a run
	 * rather than at JVM exit: dropping a database under services that are still shutting
	 * down leaves their connection pools retrying.
	 */
	public void dropTestDatabasesOlderThan(Duration age) {
		long cutoff = Instant.now().minus(age).getEpochSecond();
		List<String> stale = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			var rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'pst\\_%'");
			while (rows.next()) {
				String[] parts = rows.getString(1).split("_");
				if (parts.length >= 4 && parts[parts.length - 2].matches("\\d+")
						&& Long.parseLong(parts[parts.length - 2]) < cutoff) {
					stale.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot list test databases", ex);
		}
		for (String name : stale) {
			execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	/** Creates the database unless it exists, and returns its URL. */
	public String ensureDatabase(String name) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
			if (!rows.next()) {
				statement.execute("CREATE DATABASE " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create database " + name, ex);
		}
		return jdbcUrl(name);
	}

	public void dropDatabase(String jdbcUrl) {
		String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).split("\\?")[0];
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	private String jdbcUrl(String database) {
		String base = this.adminUrl.split("\\?")[0];
		String query = this.adminUrl.contains("?") ? this.adminUrl.substring(this.adminUrl.indexOf('?')) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
	}

	private void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused: " + sql, ex);
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.adminUrl, this.user, this.password);
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			try {
				this.embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static boolean reachable(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
