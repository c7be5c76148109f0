package org.peersupport.dashboard.figures;

import java.util.List;
import java.util.Map;

import org.peersupport.contracts.events.CloseReason;
import org.peersupport.dashboard.figures.CaseQueries.Span;
import org.peersupport.dashboard.figures.CaseRows.CheckinsPerClinician;
import org.peersupport.dashboard.figures.CaseRows.FunnelRow;
import org.peersupport.dashboard.figures.CaseRows.Interval;
import org.peersupport.dashboard.figures.CaseRows.Involvement;
import org.peersupport.dashboard.figures.CaseRows.Operational;
import org.peersupport.dashboard.figures.CaseRows.PolicyWindow;
import org.peersupport.dashboard.figures.CaseRows.Reach;
import org.peersupport.dashboard.figures.CaseRows.TrendRow;
import org.peersupport.dashboard.suppression.Measure;
import org.peersupport.dashboard.suppression.TableDraft;
import org.peersupport.dashboard.suppression.TableDraft.Position;

import org.springframework.stereotype.Component;

import static org.peersupport.dashboard.figures.TableLayout.count;
import static org.peersupport.dashboard.figures.TableLayout.label;

/**
 * The case tables as the page and the CSV show them: reach, outcomes, timeliness and the
 * operational measures. Names, titles, columns, row keys and labels live here, and so do
 * the sums that suppression must know about; the figures come from {@link CaseQueries}.
 */
@Component
class CaseTables {

	private final CaseQueries queries;

	CaseTables(CaseQueries queries) {
		this.queries = queries;
	}

	/** Reach in distinct clinicians; also the headline's event count. */
	TableDraft reach(Slice slice) {
		Involvement involved = this.queries.involvement(slice);
		Reach reach = this.queries.reach(slice);
		TableDraft table = new TableDraft("reach", "Reach (distinct clinicians)", List.of("Clinicians"));
		table.count(table.row("events", "Events reported"), 0, involved.events(), involved.people());
		clinicians(table, "involved", "Involved clinicians", involved.people());
		clinicians(table, "opened", "With an outreach case", reach.opened());
		clinicians(table, "offered", "Offered to a supporter", reach.offered());
		clinicians(table, "accepted", "Accepted by a supporter", reach.accepted());
		clinicians(table, "reached", "Reached (first contact)", reach.reached());
		clinicians(table, "declined", "Declined support", reach.declined());
		clinicians(table, "opted-out", "Opted out", reach.optedOut());
		clinicians(table, "out-of-scope", "Out of scope", reach.outOfScope());
		return table;
	}

	private static void clinicians(TableDraft table, String key, String label, long people) {
		table.count(table.row(key, label), 0, people, people);
	}

	/** Cases by how they ended, which add up to all cases opened. */
	TableDraft outcomes(Slice slice) {
		Map<String, Tally> outcomes = this.queries.outcomes(slice);
		TableDraft table = new TableDraft("outcomes", "Case outcomes", List.of("Cases"));
		int total = table.row("all", "Cases opened");
		count(table, total, 0, this.queries.opened(slice));
		count(table, table.row("OPEN", "Still open"), 0, outcomes.getOrDefault("OPEN", Tally.NONE));
		for (CloseReason reason : CloseReason.values()) {
			count(table, table.row(reason.name(), label(reason.name())), 0,
					outcomes.getOrDefault(reason.name(), Tally.NONE));
		}
		table.rowsAddUpTo(total);
		return table;
	}

	/**
	 * The reach funnel in cases, broken down by facility, department group, harm or how
	 * the case started.
	 */
	TableDraft breakdown(Slice slice, Breakdown by) {
		TableDraft table = switch (by) {
			case FACILITY -> funnelTable("reach-by-facility", "facility");
			case DEPARTMENT_GROUP -> funnelTable("reach-by-department-group", "department group");
			case HARM -> funnelTable("reach-by-harm", "harm level");
			case SOURCE -> funnelTable("reach-by-source", "how the case started");
		};
		int total = -1;
		for (FunnelRow row : this.queries.funnel(slice, by)) {
			String key = row.total() ? "all" : String.valueOf(row.key());
			int index = table.row(key, row.total() ? "All" : key);
			if (row.total()) {
				total = index;
			}
			count(table, index, 0, row.cases());
			count(table, index, 1, row.offered());
			count(table, index, 2, row.accepted());
			count(table, index, 3, row.reached());
		}
		if (total >= 0) {
			table.rowsAddUpTo(total);
		}
		return table;
	}

	private static TableDraft funnelTable(String name, String dimension) {
		return new TableDraft(name, "Cases by " + dimension, List.of("Cases", "Offered", "Accepted", "Reached"));
	}

	/** Median and p90 of the three intervals, in hours. */
	TableDraft timeliness(Slice slice) {
		TableDraft table = new TableDraft("timeliness", "Timeliness", List.of("Cases", "Median", "90th percentile"));
		interval(table, "report-to-offer", "Report → offer", this.queries.interval(slice, Span.REPORT_TO_OFFER));
		interval(table, "offer-to-acceptance", "Offer → acceptance",
				this.queries.interval(slice, Span.OFFER_TO_ACCEPTANCE));
		interval(table, "report-to-first-contact", "Report → first contact",
				this.queries.interval(slice, Span.REPORT_TO_FIRST_CONTACT));
		return table;
	}

	private static void interval(TableDraft table, String key, String label, Interval interval) {
		int index = table.row(key, label);
		long people = interval.cases().people();
		count(table, index, 0, interval.cases());
		table.statistic(index, 1, Measure.HOURS, interval.median(), people);
		table.statistic(index, 2, Measure.HOURS, interval.p90(), people);
	}

	/** Cases first offered before the end of their policy window ({@code respondBy}). */
	TableDraft policyWindow(Slice slice) {
		PolicyWindow window = this.queries.policyWindow(slice);
		long offered = window.offered().count();
		long within = window.within().count();
		TableDraft table = new TableDraft("policy-window", "Offered within the policy window",
				List.of("Cases", "Share"));
		int all = table.row("offered", "Offered (with a policy window)");
		int in = table.row("within", "Offered within the window");
		int late = table.row("late", "Offered after the window");
		count(table, all, 0, window.offered());
		count(table, in, 0, window.within());
		table.count(late, 0, offered - within, window.offered().people() - window.within().people());
		table.share(in, 1, within, offered, new Position(in, 0), new Position(all, 0));
		table.share(late, 1, offered - within, offered, new Position(late, 0), new Position(all, 0));
		table.sum(new Position(all, 0), List.of(new Position(in, 0), new Position(late, 0)));
		return table;
	}

	/**
	 * Cases opened, median report → offer and the share within the window, per bucket.
	 */
	TableDraft trend(Slice slice) {
		TableDraft table = new TableDraft("trend", "Trend per " + slice.granularity().name().toLowerCase(),
				List.of("Cases opened", "Median report → offer", "Offered within window"));
		long cases = 0;
		long people = 0;
		for (TrendRow row : this.queries.trend(slice)) {
			String bucket = String.valueOf(row.bucket());
			int index = table.row(bucket, bucket);
			count(table, index, 0, row.cases());
			table.statistic(index, 1, Measure.HOURS, row.medianHoursToOffer(), row.offeredPeople());
			table.share(index, 2, row.within(), row.windowed());
			cases += row.cases().count();
			people += row.cases().people();
		}
		int total = table.row("all", "All");
		table.count(total, 0, cases, people);
		table.rowsAddUpTo(total);
		return table;
	}

	/** The program measures the literature reports; defined in docs/dashboard.md. */
	TableDraft operational(Slice slice) {
		Operational row = this.queries.operational(slice);
		CheckinsPerClinician checkins = this.queries.checkins(slice);
		long people = row.cases().people();
		TableDraft table = new TableDraft("operational", "Operational evaluation",
				List.of("Value", "Numerator", "Denominator"));
		ratio(table, "reach-rate", "Reach (clinicians reached ÷ clinicians with a case)",
				new Tally(row.reached(), row.reached()), new Tally(people, people));
		ratio(table, "decline-rate", "Decline rate (declined ÷ offered)", new Tally(row.declined(), row.declined()),
				new Tally(row.offered(), row.offered()));
		ratio(table, "escalation-rate", "Escalation rate (cases escalated ÷ cases opened)", row.escalated(),
				row.cases());
		int median = table.row("median-interactions", "Median check-ins per clinician with a check-in");
		table.statistic(median, 0, Measure.NUMBER, checkins.median(), checkins.people());
		table.count(median, 2, checkins.people(), checkins.people());
		return table;
	}

	private static void ratio(TableDraft table, String key, String label, Tally part, Tally whole) {
		int index = table.row(key, label);
		count(table, index, 1, part);
		count(table, index, 2, whole);
		table.share(index, 0, part.count(), whole.count(), new Position(index, 1), new Position(index, 2));
	}

}
