package org.peersupport.shredding;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyring on a real PostgreSQL: its migration creates the shared schema beside the
 * service's own, a key is made once however many seal at once, destroying it in a
 * transaction that rolls back destroys nothing, and a destroyed key leaves no row.
 */
@SpringBootTest(classes = ShreddingTestApplication.class,
		properties = { "spring.application.name=shredtest", "spring.flyway.schemas=shredtest",
				"spring.flyway.default-schema=shredtest", "spring.flyway.locations=classpath:db/shredtest-none" })
class PersonKeysIT {

	@Autowired
	PersonKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		String url = TestInfrastructure.freshDatabase("shredtest");
		registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=shredtest");
		registry.add("spring.datasource.username", () -> TestInfrastructure.postgres().user());
		registry.add("spring.datasource.password", () -> TestInfrastructure.postgres().password());
	}

	@Test
	void theKeyringIsItsOwnSchemaAndKeepsOnlyTheKey() {
		String staffId = "S-" + UUID.randomUUID();
		String sealed = this.keys.seal(staffId, "Dana Doe");

		assertThat(this.jdbc.queryForObject("SELECT length(data_key) FROM keyring.person_key WHERE staff_id = ?",
				Integer.class, staffId))
			.isEqualTo(32);
		assertThat(this.keys.open(staffId, sealed)).contains("Dana Doe");
		assertThat(this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'keyring'", String.class))
			.containsExactly("person_key");
	}

	@Test
	void peopleSealingAtOnceShareOneKey() throws Exception {
		String staffId = "S-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<String>> sealed = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				String name = "Name " + i;
				sealed.add(pool.submit(() -> this.transactions.execute((tx) -> this.keys.seal(staffId, name))));
			}
			for (int i = 0; i < 8; i++) {
				assertThat(this.keys.open(staffId, sealed.get(i).get())).contains("Name " + i);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM keyring.person_key WHERE staff_id = ?", Integer.class,
				staffId))
			.isEqualTo(1);
	}

	@Test
	void aDestroyedKeyLeavesNoRowAndNothingOpensUnlessTheDestroyRolledBack() {
		String staffId = "S-" + UUID.randomUUID();
		String sealed = this.keys.seal(staffId, "dana@example.org");

		this.transactions.executeWithoutResult((tx) -> {
			this.keys.destroy(staffId);
			tx.setRollbackOnly();
		});
		assertThat(this.keys.open(staffId, sealed)).as("the erasure rolled back").contains("dana@example.org");

		assertThat(this.keys.destroy(staffId)).isTrue();
		assertThat(this.keys.open(staffId, sealed)).isEmpty();
		assertThat(this.keys.opener(List.of(staffId)).open(staffId, sealed)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM keyring.person_key WHERE staff_id = ?", Integer.class,
				staffId))
			.isZero();
	}

	@Test
	void sealingIfKeyedLeavesNoRowForSomeoneWithoutAKey() {
		String staffId = "S-" + UUID.randomUUID();

		assertThat(this.keys.sealIfKeyed(staffId, "Dana Doe")).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM keyring.person_key WHERE staff_id = ?", Integer.class,
				staffId))
			.as("a reader never makes a key")
			.isZero();

		this.keys.seal(staffId, "Dana Doe");
		assertThat(this.keys.sealIfKeyed(staffId, "Dana Doe").flatMap((sealed) -> this.keys.open(staffId, sealed)))
			.contains("Dana Doe");
	}

}
