package org.peersupport.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureTests {

	@Test
	void theBrokerStoresAndDeliversARecord() throws Exception {
		try (KraftBroker broker = KraftBroker.startEphemeral()) {
			roundTrip(broker.bootstrapServers());
		}
	}

	private static void roundTrip(String bootstrap) throws Exception {
		try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
			admin.createTopics(List.of(new NewTopic("testkit.roundtrip", 1, (short) 1))).all().get();
		}
		try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap),
				new StringSerializer(), new StringSerializer())) {
			producer.send(new ProducerRecord<>("testkit.roundtrip", "k", "hello")).get();
		}
		Properties props = new Properties();
		props.put("bootstrap.servers", bootstrap);
		props.put("group.id", "testkit");
		props.put("auto.offset.reset", "earliest");
		try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of("testkit.roundtrip"));
			ConsumerRecords<String, String> records = ConsumerRecords.empty();
			for (int i = 0; i < 20 && records.isEmpty(); i++) {
				records = consumer.poll(Duration.ofMillis(500));
			}
			assertThat(records).extracting((record) -> record.value()).containsExactly("hello");
		}
	}

	@Test
	void aDatabaseIsCreatedListedAndDropped() {
		try (PostgresServer server = PostgresServer.embedded(null, 0)) {
			String url = server.createDatabase("made_here");
			assertThat(url).contains("/made_here");
			assertThat(server.databases()).contains("postgres", "made_here");
			server.dropDatabase("made_here");
			assertThat(server.databases()).doesNotContain("made_here");
		}
	}

	@Test
	void anEmbeddedServerKeepsItsDataAcrossARestart(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("pg");
		int port = LoopbackPorts.free();
		try (PostgresServer server = PostgresServer.embedded(data, port)) {
			String url = server.ensureDatabase("kept");
			try (Connection connection = DriverManager.getConnection(url, server.user(), server.password())) {
				connection.createStatement()
					.execute("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
			}
		}
		assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		try (PostgresServer server = PostgresServer.embedded(data, port)) {
			String url = server.ensureDatabase("kept");
			try (Connection connection = DriverManager.getConnection(url, server.user(), server.password())) {
				ResultSet rows = connection.createStatement().executeQuery("SELECT v FROM kept");
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("still here");
			}
		}
	}

	@Test
	void portsHandedOutOneAfterAnotherAreNeverTheSame() {
		Set<Integer> ports = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			assertThat(ports.add(LoopbackPorts.free())).as("port %d handed out twice", i).isTrue();
		}
		int broker = LoopbackPorts.freePair();
		assertThat(ports).doesNotContain(broker, broker + 1);
		for (int i = 0; i < 200; i++) {
			assertThat(LoopbackPorts.free()).isNotIn(broker, broker + 1).isNotIn(ports);
		}
	}

}
