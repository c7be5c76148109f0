package org.peersupport.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.peersupport.embedded.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesTests {

	@Test
	void eachFreshDatabaseIsIsolatedAndWritable() throws Exception {
		PostgresServer server = TestInfrastructure.postgres();
		String first = TestInfrastructure.freshDatabase("testkit");
		String second = TestInfrastructure.freshDatabase("testkit");
		assertThat(first).isNotEqualTo(second);
		try (Connection connection = DriverManager.getConnection(first, server.user(), server.password())) {
			connection.createStatement().execute("CREATE TABLE marker (id int)");
		}
		try (Connection connection = DriverManager.getConnection(second, server.user(), server.password())) {
			ResultSet rows = connection.createStatement()
				.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'");
			rows.next();
			assertThat(rows.getInt(1)).isZero();
		}
	}

	@Test
	void onlyTestDatabasesOlderThanTheCutoffAreDropped() throws Exception {
		PostgresServer server = TestInfrastructure.postgres();
		String recent = TestDatabases.create(server, "testkit");
		String ancient = "pst_testkit_1000_abcdef12";
		server.ensureDatabase(ancient);
		TestDatabases.dropOlderThan(server, java.time.Duration.ofHours(2));
		assertThat(databaseExists(server, ancient)).isFalse();
		assertThat(databaseExists(server, recent.substring(recent.lastIndexOf('/') + 1))).isTrue();
	}

	private static boolean databaseExists(PostgresServer server, String name) throws Exception {
		String url = server.ensureDatabase("postgres");
		try (Connection connection = DriverManager.getConnection(url, server.user(), server.password())) {
			ResultSet rows = connection.createStatement()
				.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'");
			rows.next();
			return rows.getInt(1) == 1;
		}
	}

}
