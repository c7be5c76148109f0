package org.peersupport.accesstrail;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail's single writer. Requests hand their entry to a queue and wait for it to be
 * committed; one thread takes whatever is waiting and chains it in one transaction, so
 * many requests cost one lock and one round of inserts, and no request waits for another
 * request's work, only for the next batch.
 * <p>
 * Within the transaction a PostgreSQL advisory lock, named after the schema, makes the
 * chain safe when several instances of the service share it: each reads the last entry
 * and appends after it under the lock. Before the writer has started and after it has
 * stopped, entries are written at once by the caller, under the same locks.
 */
final class TrailWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TrailWriter.class);

	private static final int BATCH = 500;

	private static final String INSERT = "INSERT INTO access_trail (seq, recorded_at, service, actor_subject, "
			+ "actor_staff_id, actor_roles, purpose, action, route, resource_type, resource_id, outcome, client_address, "
			+ "identity_digest, pseudonymized, previous_hash, entry_hash) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)";

	private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final EntryHashing hashing;

	private final String service;

	private volatile boolean running;

	private Thread thread;

	TrailWriter(JdbcTemplate jdbc, TransactionTemplate transactions, EntryHashing hashing, String service) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.hashing = hashing;
		this.service = service;
	}

	/** Appends an entry; the future completes with its place once it is committed. */
	CompletableFuture<Long> append(AccessEntry entry) {
		Pending pending = new Pending(entry, new CompletableFuture<>());
		if (!this.running || !this.queue.offer(pending)) {
			// Not started, stopping, or a backlog: the caller writes, which also slows
			// the callers down rather than grow the queue.
			write(List.of(pending));
		}
		return pending.written();
	}

	private void drain() {
		while (this.running || !this.queue.isEmpty()) {
			try {
				Pending first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					List<Pending> batch = new ArrayList<>();
					batch.add(first);
					this.queue.drainTo(batch, BATCH - 1);
					write(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private synchronized void write(List<Pending> batch) {
		try {
			List<Long> places = this.transactions.execute((status) -> chain(batch));
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).written().complete(places.get(i));
			}
		}
		catch (RuntimeException ex) {
			// The exception's class only: a failed batch insert's message quotes every
			// value.
			log.error("could not record {} access trail entries: {}", batch.size(), ex.getClass().getSimpleName());
			batch.forEach((pending) -> pending.written().completeExceptionally(ex));
		}
	}

	private List<Long> chain(List<Pending> batch) {
		this.jdbc.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.access_trail'))", (rs) -> null);
		List<Object[]> last = this.jdbc.query("SELECT seq, entry_hash FROM access_trail ORDER BY seq DESC LIMIT 1",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) });
		long seq = last.isEmpty() ? 0 : (long) last.get(0)[0];
		String previous = last.isEmpty() ? EntryHashing.GENESIS : (String) last.get(0)[1];
		List<Object[]> rows = new ArrayList<>();
		List<Long> places = new ArrayList<>();
		for (Pending pending : batch) {
			AccessEntry entry = pending.entry();
			seq++;
			String digest = this.hashing.identityDigest(entry);
			String hash = EntryHashing.entryHash(previous, seq, this.service, entry, digest);
			rows.add(new Object[] { seq, entry.recordedAt().atOffset(ZoneOffset.UTC), this.service,
					entry.actorSubject(), entry.actorStaffId(), entry.actorRoles(), entry.purpose(), entry.action(),
					entry.route(), entry.resourceType(), entry.resourceId(), entry.outcome(), entry.clientAddress(),
					digest, previous, hash });
			places.add(seq);
			previous = hash;
		}
		this.jdbc.batchUpdate(INSERT, rows);
		return places;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::drain, "access-trail-writer-" + this.service);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread writer;
		synchronized (this) {
			writer = this.thread;
		}
		if (writer != null) {
			try {
				writer.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops after the web server (which stops earlier), so its last requests are kept.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private record Pending(AccessEntry entry, CompletableFuture<Long> written) {
	}

}
