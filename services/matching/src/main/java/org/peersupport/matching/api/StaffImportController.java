package org.peersupport.matching.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.matching.directory.CsvRoster;
import org.peersupport.matching.directory.RosterRow;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators import the roster as CSV. */
@RestController
class StaffImportController {

	private final StaffDirectory directory;

	StaffImportController(StaffDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The answer.
	 *
	 * @param imported how many rows were upserted
	 * @param rejected the rows that were not, and why
	 */
	record ImportReport(int imported, List<RosterRow> rejected) {
	}

	@PostMapping(path = "/api/v1/staff/import", consumes = "text/csv")
	Mono<ImportReport> importRoster(@RequestBody byte[] csv) {
		String text = new String(csv, StandardCharsets.UTF_8);
		return Blocking.call(() -> {
			CsvRoster.Parsed parsed = this.directory.importRoster(text);
			return new ImportReport(parsed.members().size(), parsed.rejected());
		});
	}

}
