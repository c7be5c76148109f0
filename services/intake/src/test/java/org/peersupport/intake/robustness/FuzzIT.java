package org.peersupport.intake.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import ca.uhn.fhir.context.FhirContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.peersupport.testkit.TestIdentity;
import org.peersupport.testkit.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws 10,000 generated payloads at the three endpoints: valid fixtures with mutations,
 * random JSON and XML. Every answer must be a 2xx or a 4xx, never a 5xx, and intake must
 * stay healthy and keep accepting good reports. Seeded, so a failure can be replayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "peersupport.intake.rate-limit.requests-per-period=1000000")
@AutoConfigureWebTestClient(timeout = "PT30S")
class FuzzIT {

	static final int PAYLOADS = 10_000;

	static final long SEED = 20261121L;

	private static final List<String> FIXTURES = List.of("bundle-practitioners", "contained-practitioner",
			"practitioner-role", "near-miss", "death", "medication-ncc-merp", "ahrq-harm", "no-staff", "nonconformant",
			"batch-mixed");

	private static final String NATIVE = """
			{"source":"fuzz","reportId":"F-1","occurredAt":"2026-11-20T03:10:00Z","harm":"SEVERE","category":"MEDICATION",
			 "unit":"ICU","involved":[{"staffId":"N-1","role":"PRIMARY"},{"staffId":"N-2","role":"WITNESS"}],
			 "patient":{"mrn":"x"},"narrative":"y"}""";

	private static final List<String> SEEDS = new ArrayList<>();

	@Autowired
	WebTestClient http;

	/** Every request here is a risk system's, with a real token. */
	@BeforeEach
	void signInAsRiskSystem() {
		this.http = this.http.mutate()
			.defaultHeaders(TestIdentity.bearer(TestIdentity.get().riskSystem("rl6")))
			.build();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.springProperties("intake").forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeAll
	static void loadSeeds() {
		for (String version : List.of("r4", "r5")) {
			for (String fixture : FIXTURES) {
				SEEDS.add(version + "|" + read("/fhir/" + version + "/" + fixture + ".json"));
			}
		}
	}

	@Test
	void tenThousandMalformedOrMutatedPayloadsNeverGetA5xx() throws IOException {
		Random random = new Random(SEED);
		Map<String, Integer> byStatus = new TreeMap<>();
		List<String> serverErrors = new ArrayList<>();
		for (int i = 0; i < PAYLOADS; i++) {
			Request request = generate(random);
			int status;
			try {
				status = this.http.post()
					.uri(request.path())
					.contentType(request.type())
					.bodyValue(request.body())
					.exchange()
					// Reading the body releases the connection; an unread body would pin
					// it.
					.expectBody(String.class)
					.returnResult()
					.getStatus()
					.value();
			}
			catch (IllegalStateException ex) {
				Files.writeString(Path.of("target", "fuzz-hang.txt"), i + " " + request + "\n");
				throw ex;
			}
			byStatus.merge(request.kind() + " " + status, 1, Integer::sum);
			if (status >= 500) {
				serverErrors.add(i + " " + request.kind() + " " + request.path());
			}
		}
		writeReport(byStatus);
		assertThat(serverErrors).isEmpty();
		assertThat(byStatus.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(PAYLOADS);
		assertThat(byStatus.keySet()).anyMatch((key) -> key.endsWith(" 400"))
			.anyMatch((key) -> key.endsWith(" 201") || key.endsWith(" 202") || key.endsWith(" 200"));
	}

	@Test
	void afterTheOnslaughtIntakeIsHealthyAndAcceptsAGoodReport() {
		Random random = new Random(SEED + 1);
		for (int i = 0; i < 200; i++) {
			Request request = generate(random);
			this.http.post()
				.uri(request.path())
				.contentType(request.type())
				.bodyValue(request.body())
				.exchange()
				.expectBody(String.class);
		}
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.post()
			.uri("/api/v1/adverse-events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(NATIVE.replace("F-1", "F-after"))
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	private static Request generate(Random random) {
		int kind = random.nextInt(100);
		if (kind < 40) {
			String[] seed = SEEDS.get(random.nextInt(SEEDS.size())).split("\\|", 2);
			boolean bundle = seed[1].contains("\"Bundle\"");
			return new Request("fhir-json", "/fhir/" + seed[0] + (bundle ? "" : "/AdverseEvent"),
					MediaType.parseMediaType("application/fhir+json"), mutate(seed[1], random));
		}
		if (kind < 55) {
			String[] seed = SEEDS.get(random.nextInt(SEEDS.size())).split("\\|", 2);
			FhirContext context = seed[0].equals("r4") ? FhirContext.forR4Cached() : FhirContext.forR5Cached();
			String xml = context.newXmlParser().encodeResourceToString(context.newJsonParser().parseResource(seed[1]));
			boolean bundle = xml.startsWith("<Bundle");
			return new Request("fhir-xml", "/fhir/" + seed[0] + (bundle ? "" : "/AdverseEvent"),
					MediaType.parseMediaType("application/fhir+xml"), mutate(xml, random));
		}
		if (kind < 80) {
			return new Request("native", "/api/v1/adverse-events", MediaType.APPLICATION_JSON, mutate(NATIVE, random));
		}
		String path = List.of("/api/v1/adverse-events", "/fhir/r4/AdverseEvent", "/fhir/r5", "/fhir/r4")
			.get(random.nextInt(4));
		MediaType type = path.startsWith("/fhir") ? MediaType.parseMediaType("application/fhir+json")
				: MediaType.APPLICATION_JSON;
		return new Request("random", path, type, randomJson(random, 0));
	}

	/**
	 * One to three edits: delete, duplicate or swap a span, insert junk, retype a value,
	 * truncate.
	 */
	static String mutate(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && out.length() > 2; e++) {
			int at = random.nextInt(out.length());
			int span = 1 + random.nextInt(Math.min(40, out.length() - at));
			switch (random.nextInt(6)) {
				case 0 -> out.delete(at, at + span);
				case 1 -> out.insert(at, out.substring(at, at + span));
				case 2 -> out.insert(at, junk(random));
				case 3 -> out.replace(at, at + span,
						List.of("null", "42", "[]", "{}", "\"\"", "true", "-1e309").get(random.nextInt(7)));
				case 4 -> out.setLength(at);
				default -> {
					int other = random.nextInt(out.length());
					char swap = out.charAt(at);
					out.setCharAt(at, out.charAt(other));
					out.setCharAt(other, swap);
				}
			}
		}
		return out.toString();
	}

	private static String junk(Random random) {
		String[] pieces = { "\"", "{", "}", "[", "]", ",", ":", "<", ">", "&", "\\u0000", "\u00e9", "\ud83d\ude00",
				"<!--", "]]>", "%s", "'", "\\", "9".repeat(30) };
		return pieces[random.nextInt(pieces.length)];
	}

	static String randomJson(Random random, int depth) {
		int pick = (depth > 3) ? random.nextInt(4) : random.nextInt(6);
		return switch (pick) {
			case 0 -> "null";
			case 1 -> Long.toString(random.nextLong());
			case 2 -> "\"" + Long.toHexString(random.nextLong()) + "\"";
			case 3 -> Boolean.toString(random.nextBoolean());
			case 4 -> {
				StringBuilder array = new StringBuilder("[");
				for (int i = random.nextInt(4); i > 0; i--) {
					array.append(randomJson(random, depth + 1)).append(i > 1 ? "," : "");
				}
				yield array.append(']').toString();
			}
			default -> {
				StringBuilder object = new StringBuilder("{");
				String[] keys = { "resourceType", "source", "harm", "involved", "entry", "type", "reportId", "x" };
				for (int i = random.nextInt(4); i > 0; i--) {
					object.append('"')
						.append(keys[random.nextInt(keys.length)])
						.append("\":")
						.append(randomJson(random, depth + 1))
						.append(i > 1 ? "," : "");
				}
				yield object.append('}').toString();
			}
		};
	}

	private static void writeReport(Map<String, Integer> byStatus) throws IOException {
		StringBuilder report = new StringBuilder("| payload kind and answer | count |\n|---|---|\n");
		byStatus.forEach((key, count) -> report.append("| ").append(key).append(" | ").append(count).append(" |\n"));
		Path target = Path.of("target", "fuzz-report.md");
		Files.createDirectories(target.getParent());
		Files.writeString(target, "Fuzz run: " + PAYLOADS + " payloads, seed " + SEED + "\n\n" + report);
	}

	private static String read(String resource) {
		try (InputStream in = FuzzIT.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Request(String kind, String path, MediaType type, String body) {
	}

}
