package org.peersupport.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.context.reactive.AnnotationConfigReactiveWebApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The input guard in a small WebFlux application with the platform's auto-configuration:
 * what it refuses, how the refusal reads, and that what it lets through reaches the
 * controller unchanged.
 */
class InputGuardTests {

	private static AnnotationConfigReactiveWebApplicationContext context;

	private static WebTestClient web;

	@BeforeAll
	static void start() {
		context = new AnnotationConfigReactiveWebApplicationContext();
		context.register(Application.class);
		context.refresh();
		web = WebTestClient.bindToApplicationContext(context).build();
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void aNulInAPathVariableIsRefusedNamingTheVariable() {
		refused(get("/supporters/P%001/pause"), "supporterId", "must not contain control characters");
	}

	@Test
	void everyOtherC0ControlInAPathIsRefusedTooButOrdinaryUnicodeIsNot() {
		for (String control : List.of("%01", "%09", "%0A", "%0D", "%1F", "%7F")) {
			refused(get("/supporters/P" + control + "/pause"), "supporterId", "must not contain control characters");
		}
		get("/supporters/P-%C3%A9%F0%9F%98%80/pause").expectStatus().isOk();
	}

	@Test
	void aControlCharacterOutsideAnyRouteIsRefusedAsThePath() {
		refused(get("/nowhere/%00"), "path", "must not contain control characters");
	}

	@Test
	void aNulInAQueryValueIsRefusedNamingTheParameter() {
		refused(get("/cases?staffId=%00"), "staffId", "must not contain control characters");
		refused(get("/cases?staffId=C-1&x%00=1"), "query", "parameter name");
	}

	@Test
	void overLongPathSegmentsAndQueryValuesAreRefused() {
		refused(get("/supporters/" + "P".repeat(257) + "/pause"), "supporterId", "at most 256 characters");
		refused(get("/cases?staffId=" + "C".repeat(2001)), "staffId", "at most 2000 characters");
		get("/cases?staffId=" + "C".repeat(2000)).expectStatus().isOk();
	}

	@Test
	void jsonNestedDeeperThanTheLimitIsRefusedAndAtTheLimitPasses() {
		refused(json(nested(65)), "body", "nests deeper than 64 levels");
		refused(json(nested(2000)), "body", "nests deeper than 64 levels");
		json(nested(64)).expectStatus().isOk().expectBody(String.class).isEqualTo("read " + nested(64).length());
	}

	@Test
	void aControlCharacterInAJsonStringIsRefusedNamingItsField() {
		refused(json("{\"involved\":[{\"staffId\":\"N-1\"},{\"staffId\":\"N\\u0000\"}]}"), "involved[1].staffId",
				"must not contain control characters");
		refused(json("{\"a\":{\"b\\u0001\":1}}"), "a", "property name with a control character");
		refused(json("[\"\\u001b[31m\"]"), "[0]", "must not contain control characters");
	}

	@Test
	void tabsAndLineBreaksInJsonStringsPass() {
		json("{\"narrative\":\"one\\ttwo\\nthree\\r\\n\"}").expectStatus().isOk();
	}

	@Test
	void aNumberLongerThanTheParsersLimitIsRefused() {
		refused(json("{\"count\":" + "9".repeat(2000) + "}"), "count", "longer than the limit");
	}

	@Test
	void malformedJsonIsLeftToTheEndpointsReader() {
		json("{\"a\":").expectStatus().isOk().expectBody(String.class).isEqualTo("read 5");
	}

	@Test
	void aControlCharacterInATextBodyIsRefusedWithItsLine() {
		refused(web.post()
			.uri("/echo")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("staffId,name\nC-1,Dana\nC-2,\u0000\n")
			.exchange(), "body", "(line 3)");
		web.post()
			.uri("/echo")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue("staffId\tname\r\nC-1\tDana\r\n")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aLeadingByteOrderMarkIsDroppedFromJsonAndXmlBodiesAndTheLengthFollows() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/fhir+json"),
				MediaType.parseMediaType("application/fhir+xml"), MediaType.TEXT_XML,
				MediaType.parseMediaType("text/csv"))) {
			byte[] body = (type.getSubtype().contains("json") ? "{}" : "<a/>").getBytes(StandardCharsets.UTF_8);
			starts(type, concat(bom, body)).isEqualTo(hex(body) + " " + body.length + "/" + body.length);
			starts(type, body).isEqualTo(hex(body) + " " + body.length + "/" + body.length);
		}
		// Only the first: a mark inside the document is the sender's text.
		byte[] twice = concat(bom, concat(bom, "{}".getBytes(StandardCharsets.UTF_8)));
		starts(MediaType.APPLICATION_JSON, twice).isEqualTo("efbbbf 5/5");
		// A body the guard does not read is left as sent.
		starts(MediaType.APPLICATION_OCTET_STREAM, concat(bom, new byte[] { 1 })).isEqualTo("efbbbf 4/4");
	}

	private static WebTestClient.BodySpec<String, ?> starts(MediaType type, byte[] body) {
		return web.post()
			.uri("/start")
			.contentType(type)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private static String hex(byte[] body) {
		return HexFormat.of().formatHex(body, 0, Math.min(3, body.length));
	}

	@Test
	void aBodyOverTheCodecsLimitIsA413ProblemDocument() {
		web.post()
			.uri("/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("\"" + "x".repeat(300 * 1024) + "\"")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413);
	}

	@Test
	void anEmptyBodyStaysEmpty() {
		web.post()
			.uri("/echo")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("no body");
	}

	@Test
	void aParserExceptionWithoutALocationStillGetsAClearProblem() {
		JsonMapper mapper = JsonMapper.builder().build();
		JacksonException deep = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class,
				() -> mapper.readTree(nested(2000)));
		assertThat(UnreadableJson.problem("body", deep).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.reason()).contains("nested too deeply"));
		JacksonException syntax = org.junit.jupiter.api.Assertions.assertThrows(JacksonException.class,
				() -> mapper.readTree("{\n\"a\":}"));
		assertThat(UnreadableJson.problem("body", syntax).problems().get(0).reason())
			.startsWith("is not well-formed JSON (line 2, column ");
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> {
			throw UnreadableJson.problem("body", syntax.clearLocation());
		}).satisfies((ex) -> assertThat(ex.problems().get(0).reason()).isEqualTo("is not well-formed JSON"));
	}

	/**
	 * The path and query exactly as written: a template would encode the escapes again.
	 */
	private static WebTestClient.ResponseSpec get(String uri) {
		return web.get().uri(URI.create(uri)).exchange();
	}

	private static WebTestClient.ResponseSpec json(String body) {
		return web.post().uri("/echo").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static void refused(WebTestClient.ResponseSpec response, String field, String reason) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://peersupport.org/problems/invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo(field)
			.jsonPath("$.errors[0].reason")
			.value(String.class, (text) -> assertThat(text).contains(reason));
	}

	private static String nested(int depth) {
		return "[".repeat(depth) + "]".repeat(depth);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	@Import(WebAutoConfiguration.class)
	static class Application {

		@Bean
		Routes routes() {
			return new Routes();
		}

	}

	@RestController
	static class Routes {

		@GetMapping("/supporters/{supporterId}/pause")
		String pause(@PathVariable String supporterId) {
			return "ok";
		}

		@GetMapping("/cases")
		String cases(@RequestParam(required = false) String staffId) {
			return "ok";
		}

		/**
		 * The first bytes the handler sees, and its length as read and as the header
		 * says.
		 */
		@PostMapping("/start")
		String start(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_LENGTH) long length) {
			return HexFormat.of().formatHex(body, 0, Math.min(3, body.length)) + " " + body.length + "/" + length;
		}

		@PostMapping("/echo")
		String echo(@RequestBody(required = false) byte[] body) {
			return (body == null) ? "no body" : "read " + new String(body, StandardCharsets.UTF_8).length();
		}

	}

}
