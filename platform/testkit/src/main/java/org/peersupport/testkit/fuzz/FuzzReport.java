package org.peersupport.testkit.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run sent and got: answers by route and status, and every request that
 * failed a check, with the seed that replays them.
 */
public final class FuzzReport {

	private final String service;

	private final long seed;

	private final Map<String, Integer> byRouteAndStatus = new TreeMap<>();

	private final Map<Integer, Integer> byStatus = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private int cases;

	private boolean healthy;

	FuzzReport(String service, long seed) {
		this.service = service;
		this.seed = seed;
	}

	void record(int index, FuzzCase request, Answer answer) {
		this.cases++;
		this.byRouteAndStatus.merge(request.route() + " | " + answer.status(), 1, Integer::sum);
		this.byStatus.merge(answer.status(), 1, Integer::sum);
		if (!answer.acceptable()) {
			this.failures.add("#" + index + " " + request.describe() + " -> " + answer.status() + " " + answer.type());
		}
	}

	void healthy() {
		this.healthy = true;
	}

	/** How many requests were sent. */
	public int cases() {
		return this.cases;
	}

	/** How many answers had each status. */
	public Map<Integer, Integer> byStatus() {
		return Map.copyOf(this.byStatus);
	}

	/** How many answers were server errors (or no answer at all). */
	public int serverErrors() {
		return this.byStatus.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() == 0 || entry.getKey() >= 500)
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	void check() {
		if (!this.failures.isEmpty()) {
			throw new AssertionError(this.failures.size() + " of " + this.cases + " fuzz requests to " + this.service
					+ " failed (replay with -Dfuzz.seed=" + this.seed + " -Dfuzz.cases=" + this.cases + "):\n"
					+ String.join("\n", this.failures));
		}
	}

	/** One line: the service, the seed, the cases and the answers by status. */
	public String summary() {
		return "fuzz " + this.service + ": " + this.cases + " requests, seed " + this.seed + ", answers by status "
				+ this.byStatus + ", " + serverErrors() + " x 5xx" + (this.healthy ? ", healthy after" : "");
	}

	void write(Path file) {
		StringBuilder text = new StringBuilder("Fuzz run of " + this.service + ": " + this.cases + " requests, seed "
				+ this.seed + "\n\n| route | status | count |\n|---|---|---|\n");
		this.byRouteAndStatus.forEach((key, count) -> text.append("| ")
			.append(key.replace(" | ", " | "))
			.append(" | ")
			.append(count)
			.append(" |\n"));
		if (!this.failures.isEmpty()) {
			text.append("\nFailures:\n\n");
			this.failures.forEach((failure) -> text.append("- ").append(failure).append('\n'));
		}
		RouteFuzzer.writeFile(file, text.toString());
	}

}
