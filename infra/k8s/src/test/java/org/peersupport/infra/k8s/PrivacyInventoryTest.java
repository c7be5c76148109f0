package org.peersupport.infra.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.peersupport.contracts.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/privacy.md lists every table of every service and every topic with what in it
 * identifies a person, who reads it and when it is deleted. This keeps the list in step
 * with the Flyway migrations and {@link Topics}: a new table or topic without a row, a
 * row for one that is gone, or a row without a retention rule fails the build.
 */
class PrivacyInventoryTest {

	private static final Path ROOT = ManifestsTest.MODULE.resolve("../..").normalize();

	/**
	 * Tables the platform creates in the schema of every service that uses it, and those
	 * it creates in a shared schema of its own (named with their schema: the keyring).
	 */
	private static final List<Path> PLATFORM_MIGRATIONS = List.of(
			ROOT.resolve("platform/messaging/src/main/resources/db/platform"),
			ROOT.resolve("platform/persistence/src/main/resources/db/timers"),
			ROOT.resolve("platform/access-trail/src/main/resources/db/access-trail"),
			ROOT.resolve("platform/shredding/src/main/resources/db/keyring"));

	private static final Pattern CREATE = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?(\\w+(?:\\.\\w+)?)");

	private static final Pattern VERSION = Pattern.compile("^V(\\d+)(?:_(\\d+))?__");

	private static final Pattern DROP = Pattern.compile("(?i)DROP TABLE (?:IF EXISTS )?(\\w+(?:\\.\\w+)?)");

	/** Flyway's order: V before R, then by version number (V2 before V10). */
	private static final Comparator<Path> MIGRATION_ORDER = Comparator
		.comparing((Path file) -> file.getFileName().toString().startsWith("R__"))
		.thenComparing((file) -> version(file.getFileName().toString()));

	/** A row of one of the page's tables: | `name` | identifies | readers | deleted | */
	private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|(.*)\\|\\s*$");

	@Test
	void everyTableOfEveryServiceHasARowAndEveryRowATable() {
		assertThat(documented("## Tables").keySet()).as("tables in docs/privacy.md")
			.containsExactlyInAnyOrderElementsOf(migratedTables());
	}

	@Test
	void everyTopicHasARowAndEveryRowATopic() {
		Set<String> topics = new TreeSet<>(declaredTopics());
		topics.add(Topics.deadLetterTopic("*"));
		assertThat(documented("## Topics").keySet()).as("topics in docs/privacy.md")
			.containsExactlyInAnyOrderElementsOf(topics);
	}

	@Test
	void everyRowSaysWhatIdentifiesWhoReadsAndWhenItIsDeleted() {
		Map<String, List<String>> rows = new TreeMap<>(documented("## Tables"));
		rows.putAll(documented("## Topics"));
		assertThat(rows).isNotEmpty().allSatisfy((name, cells) -> {
			assertThat(cells).as(name).hasSize(3);
			assertThat(cells).as(name).allSatisfy((cell) -> assertThat(cell).isNotBlank());
		});
	}

	/**
	 * In Kubernetes the Topic Operator creates the topics from the manifests, not the
	 * services: they must not keep staff ids longer than the services would (the default
	 * {@code peersupport.kafka.retention}, 7 days).
	 */
	@Test
	void noTopicManifestKeepsRecordsLongerThanThePlatformRetention() throws IOException {
		long week = Duration.ofDays(7).toMillis();
		List<Path> manifests;
		try (Stream<Path> files = Files.list(ManifestsTest.MODULE.resolve("base/kafka/topics"))) {
			manifests = files.filter((f) -> f.toString().endsWith(".yaml")).sorted().toList();
		}
		assertThat(manifests).hasSizeGreaterThan(15).allSatisfy((file) -> {
			JsonNode config = Manifests.YAML.readTree(file.toFile()).at("/spec/config");
			String limit = "compact".equals(config.path("cleanup.policy").asText()) ? "max.compaction.lag.ms"
					: "retention.ms";
			assertThat(config.path(limit).asLong(Long.MAX_VALUE)).as(file.getFileName() + " " + limit)
				.isLessThanOrEqualTo(week);
			// Kafka deletes whole segments: a week-long segment would keep records a
			// second
			// week.
			assertThat(config.path("segment.ms").asLong(Long.MAX_VALUE)).as(file.getFileName() + " segment.ms")
				.isLessThanOrEqualTo(Duration.ofDays(1).toMillis());
		});
	}

	@Test
	void theMigrationReaderSeesServiceAndPlatformTables() {
		// Guards the reader itself: were the paths wrong, both sides of the first test
		// could be empty and agree.
		assertThat(migratedTables())
			.contains("outreach.outreach_case", "intake.received_report", "*.outbox_message", "*.scheduled_tasks",
					"keyring.person_key")
			.hasSizeGreaterThan(40);
		assertThat(declaredTopics()).contains(Topics.OUTREACH_DUE, Topics.STAFF_DIRECTORY).hasSizeGreaterThan(15);
	}

	/** schema.table for each service's own tables, *.table for the platform's. */
	static Set<String> migratedTables() {
		Set<String> platform = new TreeSet<>();
		PLATFORM_MIGRATIONS.forEach((dir) -> platform.addAll(tablesIn(dir)));
		Set<String> tables = new TreeSet<>();
		platform.forEach((table) -> tables.add(table.contains(".") ? table : "*." + table));
		try (Stream<Path> services = Files.list(ROOT.resolve("services"))) {
			for (Path service : services.sorted().toList()) {
				String schema = service.getFileName().toString();
				Path migrations = service.resolve("src/main/resources/db/" + schema);
				for (String table : tablesIn(migrations)) {
					tables.add((platform.contains(table) ? "*" : schema) + "." + table);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	/** The tables that exist after the directory's migrations, in version order. */
	private static Set<String> tablesIn(Path migrations) {
		Set<String> tables = new TreeSet<>();
		if (!Files.isDirectory(migrations)) {
			return tables;
		}
		try (Stream<Path> files = Files.list(migrations)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).sorted(MIGRATION_ORDER).toList()) {
				String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
				Matcher created = CREATE.matcher(sql);
				while (created.find()) {
					tables.add(created.group(1).toLowerCase());
				}
				Matcher dropped = DROP.matcher(sql);
				while (dropped.find()) {
					tables.remove(dropped.group(1).toLowerCase());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tables;
	}

	private static BigDecimal version(String file) {
		Matcher version = VERSION.matcher(file);
		if (!version.find()) {
			return BigDecimal.ZERO;
		}
		return new BigDecimal(version.group(1) + "." + ((version.group(2) != null) ? version.group(2) : "0"));
	}

	static Set<String> declaredTopics() {
		Set<String> topics = new TreeSet<>();
		for (Field field : Topics.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					topics.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return topics;
	}

	/** The rows of one section of docs/privacy.md: name → the other cells. */
	private static Map<String, List<String>> documented(String section) {
		List<String> lines;
		try {
			lines = Files.readAllLines(ROOT.resolve("docs/privacy.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<String>> rows = new TreeMap<>();
		boolean inside = false;
		for (String line : lines) {
			if (line.startsWith("## ")) {
				inside = line.equals(section);
				continue;
			}
			Matcher row = ROW.matcher(line);
			if (inside && row.matches()) {
				List<String> cells = new ArrayList<>();
				for (String cell : row.group(2).split("\\|", -1)) {
					cells.add(cell.strip());
				}
				assertThat(rows.put(row.group(1), cells)).as("a second row for " + row.group(1)).isNull();
			}
		}
		return rows;
	}

}
