package org.peersupport.dashboard.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.peersupport.dashboard.figures.SupportRows.ActiveSupporter;
import org.peersupport.dashboard.figures.SupportRows.Crises;
import org.peersupport.dashboard.figures.SupportRows.Debriefs;
import org.peersupport.dashboard.figures.SupportRows.EscalatedPeople;
import org.peersupport.dashboard.figures.SupportRows.EscalationRow;
import org.peersupport.dashboard.figures.SupportRows.GroupedCounts;
import org.peersupport.dashboard.suppression.Measure;
import org.peersupport.dashboard.suppression.TableDraft;
import org.peersupport.dashboard.suppression.TableDraft.Position;

import org.springframework.stereotype.Component;

import static org.peersupport.dashboard.figures.TableLayout.count;
import static org.peersupport.dashboard.figures.TableLayout.label;

/**
 * The tables about what happens around a case, as the page and the CSV show them:
 * escalations, follow-ups, referrals, crises, team debriefs, supporter capacity and
 * incident milestones. The figures come from {@link SupportQueries}.
 */
@Component
class SupportTables {

	private final SupportQueries queries;

	private final DashboardSettings settings;

	private final Clock clock;

	SupportTables(SupportQueries queries, DashboardSettings settings, Clock clock) {
		this.queries = queries;
		this.settings = settings;
		this.clock = clock;
	}

	/** Escalations in the period and cases needing attention now, by reason. */
	TableDraft escalations(Slice slice) {
		TableDraft table = new TableDraft("escalations", "Escalations",
				List.of("Escalations in period", "Needing attention now"));
		long escalations = 0;
		long now = 0;
		for (EscalationRow row : this.queries.escalations(slice)) {
			String reason = String.valueOf(row.reason());
			int index = table.row(reason, label(reason));
			count(table, index, 0, row.period());
			count(table, index, 1, row.now());
			escalations += row.period().count();
			now += row.now().count();
		}
		EscalatedPeople people = this.queries.escalatedPeople(slice);
		int total = table.row("all", "All reasons");
		table.count(total, 0, escalations, people.period());
		table.count(total, 1, now, people.now());
		table.rowsAddUpTo(total);
		return table;
	}

	/** Follow-ups due in the period: done, missed or still pending. */
	TableDraft followUps(Slice slice) {
		TableDraft table = new TableDraft("follow-ups", "Follow-ups", List.of("Due", "Done", "Missed", "Pending"));
		return grouped(table, this.queries.followUps(slice));
	}

	/** Referrals made in the period by kind, how they closed, and the conversion. */
	TableDraft referrals(Slice slice) {
		List<GroupedCounts> rows = this.queries.referrals(slice);
		TableDraft table = new TableDraft("referrals", "Referrals by type",
				List.of("Made", "Connected", "Not connected", "Declined", "Open", "Conversion"));
		grouped(table, rows);
		for (int row = 0; row < table.rowCount(); row++) {
			List<Tally> tallies = rows.get(row).tallies();
			table.share(row, 5, tallies.get(1).count(), tallies.get(0).count(), new Position(row, 1),
					new Position(row, 0));
		}
		return table;
	}

	/**
	 * Rows of counts with a grouping-sets total: the first column is the sum of the
	 * others in each row, and the rows add up to the total in each column.
	 */
	private static TableDraft grouped(TableDraft table, List<GroupedCounts> rows) {
		int total = -1;
		for (GroupedCounts row : rows) {
			String key = row.total() ? "all" : String.valueOf(row.key());
			int index = table.row(key, row.total() ? "All" : label(key));
			if (row.total()) {
				total = index;
			}
			List<Tally> tallies = row.tallies();
			for (int column = 0; column < tallies.size(); column++) {
				count(table, index, column, tallies.get(column));
			}
			if (tallies.size() > 1) {
				List<Position> parts = new ArrayList<>();
				for (int column = 1; column < tallies.size(); column++) {
					parts.add(new Position(index, column));
				}
				table.sum(new Position(index, 0), parts);
			}
		}
		if (total >= 0) {
			table.rowsAddUpTo(total);
		}
		return table;
	}

	/** Crises raised in the period and how fast an on-call lead acknowledged them. */
	TableDraft crises(Slice slice) {
		Crises crises = this.queries.crises(slice);
		TableDraft table = new TableDraft("crises", "Crisis events", List.of("Value"));
		int raised = table.row("raised", "Crises raised");
		int acknowledged = table.row("acknowledged", "Acknowledged");
		int waiting = table.row("unacknowledged", "Not yet acknowledged");
		long ackPeople = crises.acknowledged().people();
		count(table, raised, 0, crises.raised());
		count(table, acknowledged, 0, crises.acknowledged());
		table.count(waiting, 0, crises.raised().count() - crises.acknowledged().count(),
				crises.raised().people() - ackPeople);
		table.sum(new Position(raised, 0), List.of(new Position(acknowledged, 0), new Position(waiting, 0)));
		table.statistic(table.row("median-minutes", "Median time to acknowledgement"), 0, Measure.MINUTES,
				crises.medianMinutes(), ackPeople);
		table.statistic(table.row("p90-minutes", "90th percentile time to acknowledgement"), 0, Measure.MINUTES,
				crises.p90Minutes(), ackPeople);
		return table;
	}

	/**
	 * Team debriefs: scheduled, staffed, held, how many attended and how soon after the
	 * report. Each count is protected by the people invited; attendance is a count of
	 * people. Proposals are in the escalations table (Team debrief proposed).
	 */
	TableDraft debriefs(Slice slice) {
		Debriefs debriefs = this.queries.debriefs(slice);
		TableDraft table = new TableDraft("team-debriefs", "Team debriefs", List.of("Debriefs", "People"));
		debriefRow(table, "scheduled", "Scheduled", debriefs.scheduled());
		debriefRow(table, "staffed", "Facilitators found", debriefs.staffed());
		debriefRow(table, "unstaffed", "No facilitator could be found", debriefs.unstaffed());
		debriefRow(table, "held", "Held", debriefs.held());
		debriefRow(table, "not-held", "Not held", debriefs.notHeld());
		int attended = table.row("attended", "Attended (people, debriefs held)");
		table.count(attended, 1, debriefs.attended(), debriefs.attended());
		table.statistic(table.row("median-hours", "Median hours from report to debrief"), 0, Measure.HOURS,
				debriefs.medianHours(), debriefs.attended());
		return table;
	}

	private static void debriefRow(TableDraft table, String key, String label, Tally debriefs) {
		int row = table.row(key, label);
		count(table, row, 0, debriefs);
		table.count(row, 1, debriefs.people(), debriefs.people());
	}

	/**
	 * Supporters now, by department group only: how many, how many near their fatigue
	 * threshold or with training about to expire, and how their loads spread.
	 */
	TableDraft capacity(Slice slice) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.settings.zone()));
		List<ActiveSupporter> supporters = this.queries.activeSupporters(slice, today);
		long expiring = 0;
		long nearFatigue = 0;
		long[] loads = new long[5];
		for (ActiveSupporter supporter : supporters) {
			long load = supporter.load();
			long max = supporter.maxActive();
			loads[(int) Math.min(load, 4)]++;
			if (max > 0 && load >= Math.ceil(this.settings.nearFatigueShare() * max)) {
				nearFatigue++;
			}
			LocalDate expires = supporter.trainingExpiresOn();
			if (expires != null && !expires.isAfter(today.plusDays(this.settings.trainingExpiryDays()))) {
				expiring++;
			}
		}
		TableDraft table = new TableDraft("capacity", "Supporter capacity", List.of("Supporters"));
		int active = table.row("active", "Active trained supporters");
		table.count(active, 0, supporters.size(), supporters.size());
		table.count(table.row("near-fatigue", "Near their fatigue threshold"), 0, nearFatigue, nearFatigue);
		table.count(
				table.row("training-expiring",
						"Training expires within " + this.settings.trainingExpiryDays() + " days"),
				0, expiring, expiring);
		List<Position> parts = new ArrayList<>();
		for (int load = 0; load < loads.length; load++) {
			int index = table.row("load-" + load, (load < 4) ? "Load " + load + " open cases" : "Load 4+ open cases");
			table.count(index, 0, loads[load], loads[load]);
			parts.add(new Position(index, 0));
		}
		table.sum(new Position(active, 0), parts);
		return table;
	}

	/**
	 * Incident milestones (RCA, peer review, disclosure, claims) scheduled in the period.
	 */
	TableDraft milestones(Slice slice) {
		TableDraft table = new TableDraft("milestones", "Incident milestones", List.of("Milestones"));
		return grouped(table, this.queries.milestones(slice));
	}

}
