package org.peersupport.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * What one load run measured, and the Markdown table it is reported as.
 *
 * @param reports reports posted
 * @param clinicians clinicians named in each report
 * @param concurrency concurrent senders
 * @param latenciesNanos each post's round trip
 * @param postSeconds from the first post until every post was answered
 * @param drainSeconds from the first post until every case was offered
 * @param reportToOffer the dashboard's "report → offer" cells: count, median and p90 in
 * hours
 * @param wholeReads the sorted times of the dashboard's whole-program reads
 * @param filteredReads the sorted times of the dashboard's filtered reads
 */
record LoadReport(int reports, int clinicians, int concurrency, List<Long> latenciesNanos, double postSeconds,
		double drainSeconds, JsonNode reportToOffer, List<Long> wholeReads, List<Long> filteredReads) {

	String render() {
		List<Long> sorted = new ArrayList<>(this.latenciesNanos);
		Collections.sort(sorted);
		Runtime runtime = Runtime.getRuntime();
		long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
		return String.format(Locale.ROOT, """
				## Load run %s

				| figure | value |
				|---|---|
				| reports posted | %d (%d clinicians each, %d senders) |
				| intake throughput | %.1f reports/s |
				| intake latency p50 / p95 / p99 / max | %.1f / %.1f / %.1f / %.1f ms |
				| all %d cases offered after | %.1f s from the first post |
				| report to first offer, median / p90 (dashboard) | %.2f / %.2f s |
				| heap in use at the end (whole platform, one JVM) | %d MB |
				| cores | %d |
				""", Instant.now(), this.reports, this.clinicians, this.concurrency, this.reports / this.postSeconds,
				millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99), millis(sorted, 1.0),
				this.reports * this.clinicians, this.drainSeconds, hoursAsSeconds(this.reportToOffer.path(1)),
				hoursAsSeconds(this.reportToOffer.path(2)), usedMb, runtime.availableProcessors())
				+ String.format(Locale.ROOT, """
						| dashboard summary, whole program, p50 / p95 / max (%d reads) | %.1f / %.1f / %.1f ms |
						| dashboard summary, filtered by harm, p50 / p95 / max (%d reads) | %.1f / %.1f / %.1f ms |
						""", this.wholeReads.size(), millis(this.wholeReads, 0.50), millis(this.wholeReads, 0.95),
						millis(this.wholeReads, 1.0), this.filteredReads.size(), millis(this.filteredReads, 0.50),
						millis(this.filteredReads, 0.95), millis(this.filteredReads, 1.0));
	}

	private static double hoursAsSeconds(JsonNode cell) {
		return cell.path("value").asDouble(Double.NaN) * 3600;
	}

	/** Nearest-rank percentile. */
	private static double millis(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

}
