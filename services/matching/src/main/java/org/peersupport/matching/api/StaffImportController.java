package org.peersupport.matching.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import reactor.core.publisher.Mono;

import org.peersupport.matching.directory.RosterChanges;
import org.peersupport.matching.directory.RosterRow;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.web.Blocking;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators import the roster as CSV. With {@code ?dryRun=true} nothing changes: the
 * answer says what the import would do, from the same parser and comparison as the import
 * itself (the console's preview uses it too).
 */
@RestController
class StaffImportController {

	private final StaffDirectory directory;

	StaffImportController(StaffDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The answer.
	 *
	 * @param imported how many rows were (or, in a dry run, would be) upserted
	 * @param rejected the rows that were not, and why
	 * @param added people new to the directory
	 * @param changed people whose entry changed
	 * @param unchanged people whose entry stayed as it was
	 * @param leavers people whose last day came with this file
	 * @param dryRun whether nothing was changed
	 */
	record ImportReport(int imported, List<RosterRow> rejected, int added, int changed, int unchanged, int leavers,
			boolean dryRun) {

		static ImportReport of(RosterChanges changes, boolean dryRun) {
			return new ImportReport(changes.accepted(), changes.rejected(), changes.added(), changes.changed(),
					changes.unchanged(), changes.leavers(), dryRun);
		}

	}

	@PostMapping(path = "/api/v1/staff/import", consumes = "text/csv")
	Mono<ImportReport> importRoster(@RequestBody byte[] csv,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun) {
		String text = new String(csv, StandardCharsets.UTF_8);
		return Blocking.call(() -> ImportReport
			.of(dryRun ? this.directory.previewRoster(text) : this.directory.applyRoster(text), dryRun));
	}

}
