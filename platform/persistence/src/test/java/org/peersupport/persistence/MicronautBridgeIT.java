package org.peersupport.persistence;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.persistence.sample.Note;
import org.peersupport.persistence.sample.NoteRepository;
import org.peersupport.persistence.sample.PersistenceTestApplication;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Micronaut Data repository and Spring's JdbcTemplate share one Spring transaction:
 * they commit together and roll back together. The outbox depends on exactly this.
 */
@SpringBootTest(classes = PersistenceTestApplication.class,
		properties = "spring.flyway.locations=classpath:db/persistencetest")
class MicronautBridgeIT {

	@Autowired
	NoteRepository notes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("persistencetest").forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void aRollbackUndoesTheRepositorySaveAndTheJdbcWriteTogether() {
		String body = "rolled-back-" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.notes.save(new Note(UUID.randomUUID(), body));
			this.jdbc.update("INSERT INTO audit (body) VALUES (?)", body);
			assertThat(this.notes.findByBody(body)).hasSize(1);
			status.setRollbackOnly();
		});
		List<Note> found = this.transactions.execute((status) -> this.notes.findByBody(body));
		assertThat(found).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit WHERE body = ?", Integer.class, body)).isZero();
	}

	@Test
	void aCommitKeepsBothAndTheRepositorySeesTheJdbcConnectionsWork() {
		String body = "committed-" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("INSERT INTO note (id, body) VALUES (?, ?)", UUID.randomUUID(), body);
			// Same connection, same transaction: the repository sees the uncommitted JDBC
			// row.
			assertThat(this.notes.findByBody(body)).hasSize(1);
			this.jdbc.update("INSERT INTO audit (body) VALUES (?)", body);
		});
		List<Note> found = this.transactions.execute((status) -> this.notes.findByBody(body));
		assertThat(found).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM audit WHERE body = ?", Integer.class, body))
			.isEqualTo(1);
	}

}
