package org.peersupport.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: an embedded one started from the zonky binaries, or one that
 * is already running (the machine's). Either way the same handful of administrative
 * steps: create a database, list them, drop one.
 */
public final class PostgresServer implements AutoCloseable {

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

	/**
	 * A server that is already running; {@code adminUrl} names a database to connect to
	 * for administration. Closing it leaves the server running.
	 */
	public static PostgresServer at(String adminUrl, String user, String password) {
		return new PostgresServer(adminUrl, user, password, null);
	}

	/**
	 * Starts an embedded PostgreSQL. With a data directory the data survives restarts;
	 * with a port of 0 a free one is chosen.
	 */
	public static PostgresServer embedded(Path dataDirectory, int port) {
		try {
			// We stop it ourselves, after the services: its own shutdown hook would pull
			// the database from under services that are still finishing their work.
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
			if (dataDirectory != null) {
				// Data that is kept is kept durably: zonky's defaults (fsync and
				// synchronous commit off) suit throw-away test databases, not the
				// platform's own data.
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

	/** Creates the database, which must not exist yet, and returns its URL. */
	public String createDatabase(String name) {
		execute("CREATE DATABASE " + name);
		return jdbcUrl(name);
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

	/** The names of the databases on this server. */
	public List<String> databases() {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			var rows = statement.executeQuery("SELECT datname FROM pg_database");
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot list databases", ex);
		}
		return names;
	}

	/** Drops the database, if it exists, even while others are still connected to it. */
	public void dropDatabase(String name) {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	/** The URL of a database on this server, with the administrative URL's parameters. */
	public String jdbcUrl(String database) {
		String base = this.adminUrl.split("\\?")[0];
		String query = this.adminUrl.contains("?") ? this.adminUrl.substring(this.adminUrl.indexOf('?')) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + database + query;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
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

	/** Stops the embedded server; a server that was already running is left alone. */
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

}
