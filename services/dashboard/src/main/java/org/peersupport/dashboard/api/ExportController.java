package org.peersupport.dashboard.api;

import reactor.core.publisher.Mono;

import org.peersupport.dashboard.figures.Dashboard;
import org.peersupport.dashboard.figures.DashboardSettings;
import org.peersupport.dashboard.figures.DashboardView;
import org.peersupport.dashboard.figures.Slice;
import org.peersupport.dashboard.suppression.FigureTable;
import org.peersupport.security.Actor;
import org.peersupport.web.Blocking;
import org.peersupport.web.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CSV for every table (suppressed exactly as on the page) and for the attention list. */
@RestController
class ExportController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Dashboard dashboard;

	private final DashboardSettings settings;

	ExportController(Dashboard dashboard, DashboardSettings settings) {
		this.dashboard = dashboard;
		this.settings = settings;
	}

	@GetMapping("/api/v1/export/{table}.csv")
	Mono<ResponseEntity<String>> export(@PathVariable String table, @RequestParam MultiValueMap<String, String> query,
			Actor director) {
		if (!"attention".equals(table) && !Dashboard.tableNames().contains(table)) {
			throw new NotFoundException(
					"No table '" + table + "'; tables are attention, " + String.join(", ", Dashboard.tableNames()));
		}
		Slice slice = DirectorFacilities.limit(SliceParameters.parse(query, this.settings), director);
		return Blocking.call(() -> this.dashboard.view(slice)).map((view) -> csv(table, view));
	}

	private static ResponseEntity<String> csv(String table, DashboardView view) {
		FigureTable figures = view.tables().get(table);
		String body = (figures != null) ? Csv.of(figures) : Csv.of(view.attention());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + ".csv\"")
			.body(body);
	}

}
