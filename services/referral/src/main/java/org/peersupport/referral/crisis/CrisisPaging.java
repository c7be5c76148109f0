package org.peersupport.referral.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.persistence.timer.DurableTimers;
import org.peersupport.persistence.timer.Next;
import org.peersupport.persistence.timer.TimerHandler;
import org.peersupport.persistence.timer.TimerTask;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages the on-call rota until someone acknowledges: one lead at a time, the next when
 * the last did not acknowledge in time or could not be paged, cycling around the rota.
 * Each step is a durable timer and each page is recorded, so escalation resumes where it
 * was after a restart.
 */
@Component
class CrisisPaging extends TimerHandler {

	static final TimerTask TASK = new TimerTask("crisis-paging");

	private static final Logger log = LoggerFactory.getLogger(CrisisPaging.class);

	private final CrisisRepository crises;

	private final OnCallRota rota;

	private final Pager pager;

	private final CrisisSettings settings;

	private final DurableTimers timers;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CrisisPaging(CrisisRepository crises, OnCallRota rota, Pager pager, CrisisSettings settings, DurableTimers timers,
			JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		super(TASK);
		this.crises = crises;
		this.rota = rota;
		this.pager = pager;
		this.settings = settings;
		this.timers = timers;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Pages the first lead at once, in the transaction that raises the crisis. */
	void start(Crisis crisis) {
		this.timers.schedule(TASK, crisis.id(), crisis.raisedAt());
	}

	/** The webhook must not run inside a transaction: see {@link #fire}. */
	@Override
	public boolean transactional() {
		return false;
	}

	/**
	 * Pages the next lead. The webhook is called outside any transaction, so a slow
	 * gateway never holds a lock an acknowledgement needs.
	 */
	@Override
	public Next fire(String crisisId, Instant scheduledFor) {
		Crisis crisis = this.crises.findById(crisisId).filter(Crisis::open).orElse(null);
		if (crisis == null) {
			return Next.done();
		}
		List<OnCallLead> leads = this.rota.current();
		if (leads.isEmpty()) {
			log.error("Crisis {} cannot be paged: the on-call rota is empty; retrying in {}", crisisId,
					this.settings.retryAfterFailedPage());
			return Next.againAt(
					this.clock.instant().truncatedTo(ChronoUnit.MICROS).plus(this.settings.retryAfterFailedPage()));
		}
		int position = crisis.nextPosition();
		OnCallLead lead = leads.get(position % leads.size());
		String failure = this.pager.send(new Pager.Page(crisisId, lead.leadId(), lead.pagerId(), crisis.facility(),
				crisis.raisedAt(), position + 1));
		return this.transactions.execute((status) -> recordPage(crisisId, position, lead, failure));
	}

	private Next recordPage(String crisisId, int position, OnCallLead lead, String failure) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.update("""
				INSERT INTO crisis_page (crisis_id, position, lead_id, pager_id, attempted_at, delivered, failure)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", crisisId, position, lead.leadId(), lead.pagerId(), Timestamp.from(now),
				failure == null, failure);
		Crisis crisis = this.crises.lockById(crisisId).orElseThrow();
		if (!crisis.open()) {
			return Next.done();
		}
		this.crises.update(crisis.pagedOnce());
		if (failure != null) {
			log.warn("Crisis {}: page {} failed ({}); paging the next lead in {}", crisisId, position + 1, failure,
					this.settings.retryAfterFailedPage());
			return Next.againAt(now.plus(this.settings.retryAfterFailedPage()));
		}
		log.info("Crisis {}: page {} sent; the next lead is paged unless acknowledged within {}", crisisId,
				position + 1, this.settings.acknowledgeWithin());
		return Next.againAt(now.plus(this.settings.acknowledgeWithin()));
	}

	/** The pages sent for a crisis, oldest first. */
	List<PageAttempt> pagesOf(String crisisId) {
		return this.jdbc.query(
				"SELECT crisis_id, position, lead_id, pager_id, attempted_at, delivered, failure FROM crisis_page "
						+ "WHERE crisis_id = ? ORDER BY id",
				(rs, row) -> new PageAttempt(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getBoolean(6), rs.getString(7)),
				crisisId);
	}

}
