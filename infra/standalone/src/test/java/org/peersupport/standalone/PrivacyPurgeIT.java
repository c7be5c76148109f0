package org.peersupport.standalone;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.peersupport.contracts.Topics;
import org.peersupport.dashboard.figures.Dashboard;
import org.peersupport.embedded.KraftBroker;
import org.peersupport.embedded.PostgresServer;
import org.peersupport.testkit.ShiftedClock;
import org.peersupport.testkit.TableScan;
import org.peersupport.testkit.TestInfrastructure;
import org.peersupport.testkit.TopicReader;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Identifiable data that deletes itself (issue 14, part 4), on the whole platform: real
 * services, a broker of this test's own with a 30-second topic retention, the real
 * PostgreSQL, and one clock for every service that the test moves past the retention.
 * <p>
 * Four canary people, each with a staff id, a name and an e-mail address nobody else has:
 * Quinn's case closes and is purged a retention later; Riley is erased on request; Uma's
 * crisis is never acknowledged; Gale is not in the roster, so her case waits open for the
 * administrator. After the purge Riley is nowhere, Quinn is only in the directory
 * (sealed), and Uma's crisis and Gale's open case are untouched.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyPurgeIT {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	/**
	 * Ticking from the middle of a UTC day: no facility's quiet hours hold the offers
	 * back, whatever the hour CI runs at.
	 */
	private static ShiftedClock CLOCK;

	private static Canary QUINN;

	private static Canary RILEY;

	private static Canary UMA;

	private static Canary GALE;

	private static KraftBroker broker;

	private static PlatformUnderTest platform;

	@BeforeAll
	static void startPlatform() {
		// New people and a new clock for each run, a rerun too.
		CLOCK = new ShiftedClock(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(16)));
		QUINN = Canary.named("Quinn");
		RILEY = Canary.named("Riley");
		UMA = Canary.named("Uma");
		GALE = Canary.named("Gale");
		broker = KraftBroker.startEphemeral();
		platform = PlatformUnderTest.start("purge",
				List.of("--peersupport.kafka.retries=2", "--peersupport.kafka.retention=PT30S",
						"--peersupport.dashboard.min-cell-size=1",
						// intake sweeps hourly; here the moved clock must not wait an
						// hour of real time
						"--peersupport.intake.retention-sweep=2s"),
				broker.bootstrapServers(), CLOCK);
		platform.importRoster("""
				staffId,name,email,department,role,supervisorId,supporter,trained,maxActive
				P-1,Pat Peer,pat@hospital.test,ED,RN,,true,true,6
				P-2,Lee Peer,lee@hospital.test,Surgery,MD,,true,true,6
				""" + QUINN.rosterLine() + RILEY.rosterLine() + UMA.rosterLine()).jsonPath("$.imported").isEqualTo(5);
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void afterTheRetentionOnlyWhatMustStayIsLeftAndNoCanaryInAnyTableTopicOrLog(CapturedOutput output) {
		// Quinn declines the check-in: the case closes at once.
		String quinnSupporter = acceptedOffer(QUINN, "purge-q");
		checkin(quinnSupporter, QUINN, "{\"contact\":\"DECLINED\",\"needs\":[],\"referrals\":[],"
				+ "\"referralConsent\":false,\"crisis\":false,\"followUpWanted\":false}");
		awaitCase(QUINN, "CLOSED");

		// Riley is reached, referred with consent, and in a crisis a lead acknowledges.
		String rileySupporter = acceptedOffer(RILEY, "purge-r");
		checkin(rileySupporter, RILEY, "{\"contact\":\"REACHED\",\"needs\":[\"SLEEP\"],\"referrals\":[\"EAP\"],"
				+ "\"referralConsent\":true,\"crisis\":true,\"followUpWanted\":false}");
		acknowledge(awaitOpenCrisis(RILEY));

		// Uma's crisis is never acknowledged; Gale is not in the roster.
		String umaSupporter = acceptedOffer(UMA, "purge-u");
		checkin(umaSupporter, UMA, "{\"contact\":\"REACHED\",\"needs\":[],\"referrals\":[],"
				+ "\"referralConsent\":false,\"crisis\":true,\"followUpWanted\":false}");
		String umaCrisis = awaitOpenCrisis(UMA);
		postReport(report("purge-g", GALE.staffId()));
		String galeCase = String.valueOf(awaitCase(GALE, "NEEDS_ATTENTION").get("id"));

		// Riley asks to be erased; an administrator asks on their behalf.
		platform.client("outreach", "admin")
			.post()
			.uri("/api/v1/erasure-requests")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"staffId\":\"" + RILEY.staffId() + "\"}")
			.exchange()
			.expectStatus()
			.isAccepted();

		// A retention (30 days by default) and a day pass.
		CLOCK.advance(Duration.ofDays(31));

		// Every table of every service: Riley nowhere; Quinn only in the directory, whose
		// name and address are sealed with a key of Quinn's own.
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<TableScan.Row> rows = everyRow();
			assertThat(rows).as("Riley, erased").noneMatch(RILEY::isIn);
			assertThat(rows).as("Quinn's name and address, in clear").noneMatch(QUINN::contactIsIn);
			assertThat(tablesWith(rows, QUINN.staffId())).as("tables still naming Quinn, who still works here")
				.isSubsetOf(DIRECTORY_TABLES);
		});
		// What must stay, stays: an open case, and a crisis nobody has acknowledged.
		List<TableScan.Row> rows = everyRow();
		assertThat(rows).filteredOn((row) -> row.table().equals("outreach.outreach_case"))
			.anyMatch((row) -> row.contains(galeCase));
		assertThat(rows).filteredOn((row) -> row.table().equals("referral.crisis"))
			.anyMatch((row) -> row.contains(umaCrisis) && row.contains(UMA.staffId()));
		assertThat(openCrises()).contains(umaCrisis);

		// Every topic: once the topic retention has run, no record names Riley or Quinn
		// but the compacted directory's, where no name or address reads in clear and
		// Riley's last record is a tombstone. (Compaction drops the sealed entry before
		// it once the partition moves on, within max.compaction.lag.ms: TopicRetentionIT
		// checks the setting; this test does not wait for Kafka's cleaner.)
		await().atMost(PATIENCE).untilAsserted(() -> {
			List<ConsumerRecord<String, String>> records = TopicReader.readAll(broker.bootstrapServers(),
					TopicReader.allTopics(broker.bootstrapServers()));
			assertThat(records).as("names and addresses in clear")
				.noneMatch((r) -> QUINN.contactIsIn(r.value()) || RILEY.contactIsIn(r.value()));
			for (Canary canary : List.of(QUINN, RILEY)) {
				assertThat(records).as(canary.name() + " outside the directory")
					.filteredOn((r) -> canary.isIn(r.key()) || canary.isIn(r.value()))
					.allMatch((r) -> Topics.STAFF_DIRECTORY.equals(r.topic()));
			}
			assertThat(records).filteredOn((r) -> RILEY.staffId().equals(r.key()))
				.last()
				.satisfies((tombstone) -> assertThat(tombstone.value()).isNull());
		});

		// The dashboard's exports carry pseudonyms and codes only.
		List<String> exports = new java.util.ArrayList<>(Dashboard.tableNames());
		exports.add("attention");
		for (String table : exports) {
			String csv = platform.client("dashboard", "director")
				.get()
				.uri("/api/v1/export/{table}.csv", table)
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(List.of(QUINN, RILEY, UMA, GALE)).as(table + ".csv").noneMatch((c) -> c.isIn(csv));
		}
		// The platform's own logs (not the demo mail server and pager, which stand for
		// the
		// hospital's) never named any of them.
		String platformLog = output.getAll()
			.lines()
			.filter((line) -> !line.contains("standalone.demo"))
			.collect(Collectors.joining("\n"));
		assertThat(List.of(QUINN, RILEY, UMA, GALE)).as("platform log").noneMatch((c) -> c.isIn(platformLog));
	}

	/** Where the directory keeps a person who still works here (docs/privacy.md). */
	private static final Set<String> DIRECTORY_TABLES = Set.of("matching.staff_member",
			"matching.directory_publication", "outreach.staff_profile", "keyring.person_key");

	private static Set<String> tablesWith(List<TableScan.Row> rows, String value) {
		return rows.stream().filter((row) -> row.contains(value)).map(TableScan.Row::table).collect(Collectors.toSet());
	}

	private static List<TableScan.Row> everyRow() {
		PostgresServer postgres = TestInfrastructure.postgres();
		return TableScan.everyRow(platform.jdbcUrl(), postgres.user(), postgres.password());
	}

	/**
	 * Reports the canary's event, waits for the offer and has the supporter accept it.
	 */
	private static String acceptedOffer(Canary canary, String reportId) {
		postReport(report(reportId, canary.staffId()));
		String supporter = String.valueOf(awaitCase(canary, "OFFERED").get("supporterId"));
		platform.client("matching", supporter)
			.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/accept", supporter, liveOffer(supporter, canary))
			.exchange()
			.expectStatus()
			.isOk();
		awaitCase(canary, "ACCEPTED");
		return supporter;
	}

	private static void checkin(String supporter, Canary canary, String body) {
		platform.client("matching", supporter)
			.post()
			.uri("/api/v1/supporters/{s}/offers/{o}/checkins", supporter, offerOf(supporter, canary))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private static String awaitOpenCrisis(Canary canary) {
		return await().atMost(PATIENCE)
			.until(() -> crises(true).stream()
				.filter((crisis) -> canary.staffId().equals(crisis.get("staffId")))
				.map((crisis) -> String.valueOf(crisis.get("id")))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private static List<String> openCrises() {
		return crises(true).stream().map((crisis) -> String.valueOf(crisis.get("id"))).toList();
	}

	private static List<Map<String, Object>> crises(boolean open) {
		return platform.client("referral", "lead-1")
			.get()
			.uri("/api/v1/crises?open={open}", open)
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static void acknowledge(String crisisId) {
		platform.client("referral", "lead-1")
			.post()
			.uri("/api/v1/crises/{id}/acknowledgement", crisisId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"leadId\":\"" + DemoPager.LEAD_ID + "\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static String report(String reportId, String staffId) {
		// The sender's own report id is kept for replays: it must not name anyone.
		return "{\"source\":\"rl6-purge\",\"reportId\":\"" + reportId + "-" + UUID.randomUUID()
				+ "\",\"occurredAt\":\"2026-11-20T03:10:00Z\",\"harm\":\"SEVERE\",\"category\":\"MEDICATION\","
				+ "\"unit\":\"ICU-3\",\"involved\":[{\"staffId\":\"" + staffId + "\",\"role\":\"PRIMARY\"}]}";
	}

	private static void postReport(String body) {
		platform.client("intake", "risk-system")
			.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private static Map<String, Object> awaitCase(Canary canary, String status) {
		return await().atMost(PATIENCE).until(() -> {
			List<Map<String, Object>> found = admin().get()
				.uri("/api/v1/outreach-cases?staffId={staffId}", canary.staffId())
				.exchange()
				.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
				})
				.returnResult()
				.getResponseBody();
			return found.isEmpty() ? Map.<String, Object>of() : found.get(0);
		}, (c) -> status.equals(c.get("status")));
	}

	private static String liveOffer(String supporter, Canary canary) {
		return offers(supporter).stream()
			.filter((o) -> canary.staffId().equals(o.get("staffId")) && "OFFERED".equals(o.get("status")))
			.map((o) -> String.valueOf(o.get("id")))
			.findFirst()
			.orElseThrow();
	}

	private static String offerOf(String supporter, Canary canary) {
		return offers(supporter).stream()
			.filter((o) -> canary.staffId().equals(o.get("staffId")))
			.map((o) -> String.valueOf(o.get("id")))
			.findFirst()
			.orElseThrow();
	}

	private static List<Map<String, Object>> offers(String supporter) {
		return platform.client("matching", supporter)
			.get()
			.uri("/api/v1/supporters/{id}/offers", supporter)
			.exchange()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static WebTestClient admin() {
		return platform.client("outreach", "admin");
	}

	/** A person nobody else is: a staff id, a name and an address found nowhere else. */
	private record Canary(String staffId, String name, String email) {

		static Canary named(String first) {
			StringBuilder tag = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				tag.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
			}
			String surname = Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
			return new Canary(first.substring(0, 1) + "-" + tag.toString().toUpperCase(Locale.ROOT),
					first + " " + surname, first.toLowerCase(Locale.ROOT) + "." + tag + "@hospital.test");
		}

		String rosterLine() {
			return this.staffId + "," + this.name + "," + this.email + ",ICU,RN,,false,false,0\n";
		}

		boolean isIn(String text) {
			return text != null && (text.contains(this.staffId) || contactIsIn(text));
		}

		boolean isIn(TableScan.Row row) {
			return isIn(row.text());
		}

		boolean contactIsIn(String text) {
			return text != null && (text.contains(this.name) || text.contains(this.email));
		}

		boolean contactIsIn(TableScan.Row row) {
			return contactIsIn(row.text());
		}

	}

}
