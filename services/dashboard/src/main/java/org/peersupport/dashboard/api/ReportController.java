package org.peersupport.dashboard.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import reactor.core.publisher.Mono;

import org.peersupport.dashboard.figures.Dashboard;
import org.peersupport.dashboard.figures.DashboardSettings;
import org.peersupport.dashboard.figures.Slice;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.InvalidInputException;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The printable monthly report, with the dashboard's other filters if given. */
@RestController
class ReportController {

	private final Dashboard dashboard;

	private final DashboardSettings settings;

	ReportController(Dashboard dashboard, DashboardSettings settings) {
		this.dashboard = dashboard;
		this.settings = settings;
	}

	@GetMapping(path = "/reports/monthly", produces = MediaType.TEXT_HTML_VALUE)
	Mono<String> monthly(@RequestParam MultiValueMap<String, String> query, Actor director) {
		YearMonth month = month(query.getFirst("month"));
		MultiValueMap<String, String> filters = new LinkedMultiValueMap<>(query);
		filters.set("from", month.atDay(1).toString());
		filters.set("to", month.atEndOfMonth().toString());
		filters.putIfAbsent("granularity", java.util.List.of("DAY"));
		Slice slice = DirectorFacilities.limit(SliceParameters.parse(filters, this.settings), director);
		return Blocking.call(() -> MonthlyReport.render(month, this.dashboard.view(slice)));
	}

	private static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("month", "is required, like 2026-11");
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "must be a month like 2026-11");
		}
	}

}
