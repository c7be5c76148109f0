package org.peersupport.standalone;

/**
 * Where the services find Kafka and PostgreSQL.
 *
 * @param kafkaBootstrapServers the broker list
 * @param jdbcUrl the database every service's schema lives in
 * @param user the database user
 * @param password the database password
 */
record Infrastructure(String kafkaBootstrapServers, String jdbcUrl, String user, String password) {

	String jdbcUrlFor(String schema) {
		return this.jdbcUrl + (this.jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

}
