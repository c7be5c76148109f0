package org.peersupport.dashboard.figures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.peersupport.dashboard.suppression.Cell;
import org.peersupport.dashboard.suppression.FigureTable;
import org.peersupport.dashboard.suppression.SmallCellSuppression;
import org.peersupport.dashboard.suppression.TableDraft;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every table for a slice and protects it. Each table is also computed for the
 * slice's parents (one filter removed each), so suppression can stop differencing between
 * a filtered and a less filtered view.
 */
@Service
public class Dashboard {

	private final CaseTables cases;

	private final SupportTables support;

	private final SupportQueries attention;

	private final SmallCellSuppression suppression;

	private final JdbcTemplate jdbc;

	private final DashboardSettings settings;

	private final Clock clock;

	Dashboard(CaseTables cases, SupportTables support, SupportQueries attention, SmallCellSuppression suppression,
			JdbcTemplate jdbc, DashboardSettings settings, Clock clock) {
		this.cases = cases;
		this.support = support;
		this.attention = attention;
		this.suppression = suppression;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The tables in the order the page and the monthly report show them. */
	private List<Function<Slice, TableDraft>> tables() {
		return List.of(this.cases::reach, this.cases::outcomes, (s) -> this.cases.breakdown(s, Breakdown.FACILITY),
				(s) -> this.cases.breakdown(s, Breakdown.DEPARTMENT_GROUP),
				(s) -> this.cases.breakdown(s, Breakdown.HARM), (s) -> this.cases.breakdown(s, Breakdown.SOURCE),
				this.cases::timeliness, this.cases::policyWindow, this.cases::trend, this.support::escalations,
				this.support::followUps, this.support::referrals, this.support::crises, this.support::debriefs,
				this.support::capacity, this.cases::operational, this.support::milestones);
	}

	public static List<String> tableNames() {
		return List.of("reach", "outcomes", "reach-by-facility", "reach-by-department-group", "reach-by-harm",
				"reach-by-source", "timeliness", "policy-window", "trend", "escalations", "follow-ups", "referrals",
				"crises", "team-debriefs", "capacity", "operational", "milestones");
	}

	@Transactional(readOnly = true)
	public DashboardView view(Slice slice) {
		Map<String, FigureTable> tables = new LinkedHashMap<>();
		List<Slice> parents = slice.parents();
		for (Function<Slice, TableDraft> table : tables()) {
			TableDraft draft = table.apply(slice);
			List<TableDraft> wider = new ArrayList<>();
			for (Slice parent : parents) {
				wider.add(table.apply(parent));
			}
			tables.put(draft.name(), this.suppression.protect(draft, wider));
		}
		return new DashboardView(slice, this.suppression.minCellSize(), this.clock.instant(), headline(tables), tables,
				this.attention.needingAttention(slice), facilities(slice), this.settings.groupNames());
	}

	private static Map<String, Cell> headline(Map<String, FigureTable> tables) {
		Map<String, Cell> headline = new LinkedHashMap<>();
		headline.put("eventsReported", tables.get("reach").cell("events", 0));
		headline.put("involvedClinicians", tables.get("reach").cell("involved", 0));
		headline.put("casesOpened", tables.get("outcomes").cell("all", 0));
		headline.put("reached", tables.get("reach").cell("reached", 0));
		headline.put("medianHoursToOffer", tables.get("timeliness").cell("report-to-offer", 1));
		headline.put("offeredWithinWindow", tables.get("policy-window").cell("within", 1));
		headline.put("casesNeedingAttention", tables.get("escalations").cell("all", 1));
		headline.put("crisesRaised", tables.get("crises").cell("raised", 0));
		headline.put("activeSupporters", tables.get("capacity").cell("active", 0));
		return headline;
	}

	/** The facilities to filter on: within the viewer's limit, if any. */
	private List<String> facilities(Slice slice) {
		return this.jdbc.queryForList("""
				SELECT facility FROM case_timeline WHERE facility IS NOT NULL
				UNION SELECT facility FROM reported_event WHERE facility IS NOT NULL ORDER BY 1""", String.class)
			.stream()
			.filter((facility) -> slice.within().isEmpty() || slice.within().contains(facility))
			.toList();
	}

}
