package org.peersupport.persistence.timer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.peersupport.embedded.PostgresServer;
import org.peersupport.testkit.MutableClock;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The platform's durable timers on the real PostgreSQL, with a moved clock: the table
 * comes from the platform's migration, a firing's database work commits or rolls back as
 * one, failures are retried by the back-off, and timers move and cancel through
 * db-scheduler's API.
 */
@SpringBootTest(classes = DurableTimersIT.TimerApplication.class,
		properties = { "spring.flyway.locations=classpath:db/timerstest", "peersupport.timers.polling-interval=100ms",
				"peersupport.timers.backoff.first=10s", "peersupport.timers.backoff.multiplier=3" })
class DurableTimersIT {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

	@Autowired
	DurableTimers timers;

	@Autowired
	VisitTimer visits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer server = TestInfrastructure.postgres();
		String url = TestInfrastructure.freshDatabase("timers");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", server::user);
		registry.add("spring.datasource.password", server::password);
	}

	@Test
	void aServiceWithoutATimerMigrationOfItsOwnGetsTheTableFromThePlatform() {
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE script = ?",
				Integer.class, "R__scheduled_tasks.sql"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT to_regclass('scheduled_tasks') IS NOT NULL", Boolean.class))
			.isTrue();
	}

	@Test
	void aSchemaWhoseOldMigrationAlreadyMadeTheTableMovesOntoThePlatformsMigrationKeepingItsTimers() {
		PostgresServer server = TestInfrastructure.postgres();
		DataSource existing = new DriverManagerDataSource(TestInfrastructure.freshDatabase("timersexisting"),
				server.user(), server.password());
		// A schema migrated before the platform's migration existed, whose own migration
		// made the table and left a pending timer in it.
		Flyway.configure().dataSource(existing).locations("classpath:db/timerstest").load().migrate();
		new ResourceDatabasePopulator(new ClassPathResource("db/timers/R__scheduled_tasks.sql")).execute(existing);
		JdbcTemplate jdbc = new JdbcTemplate(existing);
		jdbc.update("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
				+ "VALUES ('referral-follow-up', 'R-1', now(), false, 1)");

		Flyway flyway = Flyway.configure()
			.dataSource(existing)
			.locations("classpath:db/timerstest", DurableTimersAutoConfiguration.MIGRATIONS)
			.load();
		assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
		assertThat(flyway.migrate().migrationsExecuted).as("nothing left to do on the next start").isZero();
		assertThat(jdbc.queryForList("SELECT task_instance FROM scheduled_tasks", String.class)).containsExactly("R-1");
	}

	@Test
	void aTimerFiresAgainWhenItsHandlerSaysSoAndIsGoneWhenDone() {
		String subject = "again-" + UUID.randomUUID();
		this.visits.plan(subject, Next.againAt(CLOCK.instant().plus(Duration.ofMinutes(5))), Next.done());
		schedule(subject, CLOCK.instant().plus(Duration.ofMinutes(1)));
		assertThat(pending(subject)).isEqualTo(1);

		CLOCK.advance(Duration.ofMinutes(1));
		await().atMost(PATIENCE).until(() -> visits(subject) == 1);
		assertThat(pending(subject)).as("the same timer, moved").isEqualTo(1);

		CLOCK.advance(Duration.ofMinutes(5));
		await().atMost(PATIENCE).until(() -> visits(subject) == 2 && pending(subject) == 0);
	}

	@Test
	void aFailedFiringRollsBackItsWorkAndIsRetriedWithGrowingWaits() {
		String subject = "fails-" + UUID.randomUUID();
		this.visits.failTimes(subject, 2);
		this.visits.plan(subject, Next.done());
		schedule(subject, CLOCK.instant());

		await().atMost(PATIENCE).until(() -> this.visits.attempts(subject) == 1 && !picked(subject));
		assertThat(visits(subject)).as("the failed firing's row rolled back").isZero();
		assertThat(dueIn(subject)).isEqualTo(Duration.ofSeconds(10));

		CLOCK.advance(Duration.ofSeconds(10));
		await().atMost(PATIENCE).until(() -> this.visits.attempts(subject) == 2 && !picked(subject));
		assertThat(dueIn(subject)).isEqualTo(Duration.ofSeconds(30));

		CLOCK.advance(Duration.ofSeconds(30));
		await().atMost(PATIENCE).until(() -> visits(subject) == 1 && pending(subject) == 0);
	}

	@Test
	void aCancelledTimerNeverFiresAndAMovedOneFiresAtItsNewTime() {
		String cancelled = "cancelled-" + UUID.randomUUID();
		String moved = "moved-" + UUID.randomUUID();
		this.visits.plan(moved, Next.done());
		schedule(cancelled, CLOCK.instant().plus(Duration.ofMinutes(2)));
		schedule(moved, CLOCK.instant().plus(Duration.ofHours(3)));
		assertThat(cancel(cancelled)).isTrue();
		assertThat(cancel(cancelled)).as("already gone").isFalse();
		this.transactions.executeWithoutResult((status) -> this.timers.reschedule(VisitTimer.TASK, moved,
				CLOCK.instant().plus(Duration.ofMinutes(2))));
		Boolean added = this.transactions.execute(
				(status) -> this.timers.schedule(VisitTimer.TASK, moved, CLOCK.instant().plus(Duration.ofDays(1))));
		assertThat(added).as("one timer per task and subject").isFalse();

		CLOCK.advance(Duration.ofMinutes(2));
		await().atMost(PATIENCE).until(() -> visits(moved) == 1 && pending(moved) == 0);
		assertThat(pending(cancelled)).isZero();
		assertThat(this.visits.attempts(cancelled)).isZero();
	}

	@Test
	void aTimerScheduledInATransactionThatRollsBackNeverExisted() {
		String subject = "rolled-back-" + UUID.randomUUID();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.timers.schedule(VisitTimer.TASK, subject, CLOCK.instant());
			throw new IllegalStateException("the change that needed the timer failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(pending(subject)).isZero();
	}

	private Boolean cancel(String subject) {
		return this.transactions.execute((status) -> this.timers.cancel(VisitTimer.TASK, subject));
	}

	private void schedule(String subject, Instant at) {
		this.transactions.executeWithoutResult((status) -> this.timers.schedule(VisitTimer.TASK, subject, at));
	}

	private int visits(String subject) {
		return this.jdbc.queryForObject("SELECT count(*) FROM visit WHERE subject = ?", Integer.class, subject);
	}

	private int pending(String subject) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM scheduled_tasks WHERE task_name = 'test-visit' AND task_instance = ?",
				Integer.class, subject);
	}

	private boolean picked(String subject) {
		return this.jdbc.queryForObject(
				"SELECT picked FROM scheduled_tasks WHERE task_name = 'test-visit' AND task_instance = ?",
				Boolean.class, subject);
	}

	private Duration dueIn(String subject) {
		Timestamp at = this.jdbc.queryForObject(
				"SELECT execution_time FROM scheduled_tasks WHERE task_name = 'test-visit' AND task_instance = ?",
				Timestamp.class, subject);
		return Duration.between(CLOCK.instant(), at.toInstant());
	}

	/** Records a visit in the firing's transaction, then fails or answers as planned. */
	static class VisitTimer extends TimerHandler {

		static final TimerTask TASK = new TimerTask("test-visit");

		private final JdbcTemplate jdbc;

		private final Clock clock;

		private final Map<String, Queue<Next>> plans = new ConcurrentHashMap<>();

		private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

		private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

		VisitTimer(JdbcTemplate jdbc, Clock clock) {
			super(TASK);
			this.jdbc = jdbc;
			this.clock = clock;
		}

		void plan(String subject, Next... next) {
			this.plans.put(subject, new ConcurrentLinkedQueue<>(List.of(next)));
		}

		void failTimes(String subject, int times) {
			this.failuresLeft.put(subject, times);
		}

		int attempts(String subject) {
			return this.attempts.getOrDefault(subject, 0);
		}

		@Override
		public Next fire(String subject, Instant scheduledFor) {
			this.jdbc.update("INSERT INTO visit (subject, fired_at) VALUES (?, ?)", subject,
					Timestamp.from(this.clock.instant()));
			this.attempts.merge(subject, 1, Integer::sum);
			if (this.failuresLeft.merge(subject, -1, Integer::sum) >= 0) {
				throw new IllegalStateException("database down");
			}
			Queue<Next> plan = this.plans.get(subject);
			Next next = (plan != null) ? plan.poll() : null;
			return (next != null) ? next : Next.done();
		}

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TimerApplication {

		@Bean
		Clock clock() {
			return CLOCK;
		}

		@Bean
		VisitTimer visitTimer(JdbcTemplate jdbc, Clock clock) {
			return new VisitTimer(jdbc, clock);
		}

	}

}
