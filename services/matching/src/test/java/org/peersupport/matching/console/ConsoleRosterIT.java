package org.peersupport.matching.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.peersupport.matching.SupporterTestSupport;
import org.peersupport.testkit.TestIdentity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's roster: a preview shows every refused row with its line in the file and
 * changes nothing (not the directory's rows, not a message for the directory topic);
 * "Apply" imports exactly the previewed file, once, for the administrator who previewed
 * it; the API's dry run is the same preview; the directory shows facility-limited
 * administrators their facilities' people only; nobody else reaches any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
class ConsoleRosterIT {

	private static final int SMTP_PORT = SupporterTestSupport.freePort();

	private static final GreenMail SMTP = SupporterTestSupport.startMailServer(SMTP_PORT);

	private static final String HEADER = "staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,facility\n";

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	WebTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SupporterTestSupport.properties(registry, SMTP_PORT);
	}

	@AfterAll
	static void stopMail() {
		SMTP.stop();
	}

	@Test
	void aPreviewListsEveryRefusedRowWithItsLineAndChangesNothing() {
		SupporterTestSupport.importRoster(this.http,
				HEADER + id("A") + ",Ada Able,ada@hospital.test,ICU,RN,,false,false,0,MAIN\n");
		List<Map<String, Object>> rowsBefore = directoryRows();
		long outboxBefore = outboxSequence();

		String page = preview(admin(),
				HEADER + id("A") + ",Ada Able,ada@hospital.test,ED,RN,,false,false,0,MAIN\n" + id("B")
						+ ",Ben Bold,ben@hospital.test,ICU,MD,,true,true,2,MAIN\n" + id("C")
						+ ",Cy Crooked,cy@hospital.test,ICU,RN,,maybe,false,0,MAIN\n" + id("D") + ",Dee Short\n",
				HttpStatus.OK);

		assertThat(page).contains("Nothing has changed yet")
			.contains("<dt>New people</dt><dd>1</dd>")
			.contains("<dt>Changed</dt><dd>1</dd>")
			.contains("<dt>Rows that cannot be used</dt><dd>2</dd>");
		assertThat(page).as("the file's lines, the header being line 1")
			.contains("<tr><td>4</td><td>" + id("C")
					+ "</td><td>Supporter must be true or false, was &#39;maybe&#39;.</td></tr>")
			.contains("<tr><td>5</td><td>" + id("D") + "</td><td>The line has 2 fields, expected 10.</td></tr>");
		assertThat(directoryRows()).as("the directory's rows").isEqualTo(rowsBefore);
		assertThat(outboxSequence()).as("nothing published to the directory topic").isEqualTo(outboxBefore);
		assertThat(count(id("B"))).isZero();
	}

	@Test
	void applyImportsExactlyThePreviewedFileOnceAndOnlyForItsUploader() {
		String page = preview(admin(), HEADER + id("E") + ",Eve Early,eve@hospital.test,ICU,RN,,false,false,0,MAIN\n"
				+ id("F") + ",Fay Faulty,not-an-address,ICU,RN,,false,false,0,MAIN\n", HttpStatus.OK);
		String token = token(page);

		// Another administrator cannot apply someone else's preview.
		String other = TestIdentity.get().token().subject("another-admin").roles("ADMINISTRATOR").sign();
		assertThat(apply(other, token, HttpStatus.BAD_REQUEST)).contains("no longer kept");
		assertThat(count(id("E"))).isZero();

		this.http.post()
			.uri("/console/roster/apply")
			.headers(TestIdentity.bearer(admin()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("token", token))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER)
			.expectHeader()
			.value(HttpHeaders.LOCATION, (location) -> assertThat(location).isEqualTo("/console/roster?done=applied"));
		assertThat(count(id("E"))).isOne();
		assertThat(count(id("F"))).as("the refused row").isZero();
		assertThat(this.jdbc.queryForObject("SELECT name FROM staff_member WHERE staff_id = ?", String.class, id("E")))
			.as("sealed like every import")
			.startsWith("ps1:");
		assertThat(SupporterTestSupport.html(
				this.http.get().uri("/console/roster?done=applied").headers(TestIdentity.bearer(admin())),
				HttpStatus.OK))
			.contains("The roster was imported");
		assertThat(apply(admin(), token, HttpStatus.BAD_REQUEST)).as("a preview applies once")
			.contains("no longer kept");
	}

	@Test
	void aFileWithoutItsColumnsIsRefusedNextToTheFileField() {
		String page = preview(admin(), "staffId,name\nX,Y\n", HttpStatus.BAD_REQUEST);
		assertThat(page).contains("aria-invalid=\"true\"")
			.contains("The first line (the column names) is missing column(s) email, department, role");
	}

	@Test
	void theApiDryRunAnswersAsThePreviewAndChangesNothing() {
		long outboxBefore = outboxSequence();
		String csv = HEADER + id("G") + ",Gus Good,gus@hospital.test,ICU,RN,,false,false,0,MAIN\n" + id("H")
				+ ",Hal Bad,hal@hospital.test,ICU,RN,,false,false,many,MAIN\n";
		importApi(csv, true).jsonPath("$.dryRun")
			.isEqualTo(true)
			.jsonPath("$.added")
			.isEqualTo(1)
			.jsonPath("$.imported")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].line")
			.isEqualTo(3)
			.jsonPath("$.rejected[0].staffId")
			.isEqualTo(id("H"))
			.jsonPath("$.rejected[0].reason")
			.isEqualTo("maxActive must be a whole number, was 'many'");
		assertThat(count(id("G"))).isZero();
		assertThat(outboxSequence()).isEqualTo(outboxBefore);

		importApi(csv, false).jsonPath("$.dryRun").isEqualTo(false).jsonPath("$.added").isEqualTo(1);
		assertThat(count(id("G"))).isOne();
		importApi(csv, true).jsonPath("$.added").isEqualTo(0).jsonPath("$.unchanged").isEqualTo(1);
	}

	@Test
	void theDirectoryIsSearchedByNameAndShowsALimitedAdministratorTheirFacilitiesOnly() {
		SupporterTestSupport.importRoster(this.http,
				HEADER + id("M") + ",Mara Mainly,mara@hospital.test,ICU,RN,,true,true,2,MAIN\n" + id("N")
						+ ",Nora Northly,nora@hospital.test,ICU,RN,,false,false,0,NORTH\n");

		String all = directory(admin(), this.run);
		assertThat(all).contains("Mara Mainly", "Nora Northly", id("M"), "MAIN", "NORTH");
		String byName = directory(admin(), "nora north");
		assertThat(byName).contains("Nora Northly").doesNotContain("Mara Mainly");
		String main = directory(TestIdentity.get().administrator("MAIN"), this.run);
		assertThat(main).contains("Mara Mainly").doesNotContain("Nora Northly", id("N"));
		assertThat(main).contains("You see the people of MAIN only");
		String byRole = directory(TestIdentity.get().administrator("NORTH"), "icu");
		assertThat(byRole).contains("Nora Northly").doesNotContain("Mara Mainly");
	}

	@Test
	void nobodyButAnAdministratorReachesTheRosterOrItsDryRun() {
		String clinician = TestIdentity.get().clinician("C-" + this.run);
		for (String path : new String[] { "/console/roster", "/console/roster/directory" }) {
			this.http.get().uri(path).headers(TestIdentity.bearer(clinician)).exchange().expectStatus().isForbidden();
		}
		this.http.post()
			.uri("/api/v1/staff/import?dryRun=true")
			.headers(TestIdentity.bearer(clinician))
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(HEADER)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.post()
			.uri("/console/roster/preview")
			.headers(TestIdentity.bearer(TestIdentity.get().director()))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(file(HEADER).build()))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private String id(String letter) {
		return "R" + letter + "-" + this.run;
	}

	private static String admin() {
		return TestIdentity.get().administrator();
	}

	private String preview(String token, String csv, HttpStatus status) {
		return SupporterTestSupport.html(this.http.post()
			.uri("/console/roster/preview")
			.headers(TestIdentity.bearer(token))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(file(csv).build())), status);
	}

	private String apply(String token, String previewToken, HttpStatus status) {
		return SupporterTestSupport.html(this.http.post()
			.uri("/console/roster/apply")
			.headers(TestIdentity.bearer(token))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("token", previewToken)), status);
	}

	private String directory(String token, String query) {
		return SupporterTestSupport.html(this.http.get()
			.uri((uri) -> uri.path("/console/roster/directory").queryParam("q", query).build())
			.headers(TestIdentity.bearer(token)), HttpStatus.OK);
	}

	private WebTestClient.BodyContentSpec importApi(String csv, boolean dryRun) {
		return this.http.post()
			.uri("/api/v1/staff/import?dryRun=" + dryRun)
			.headers(TestIdentity.bearer(admin()))
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private static MultipartBodyBuilder file(String csv) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "roster.csv";
			}
		}).contentType(MediaType.parseMediaType("text/csv"));
		return parts;
	}

	private static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("the preview's apply form").isTrue();
		return matcher.group(1);
	}

	private List<Map<String, Object>> directoryRows() {
		return this.jdbc.queryForList("SELECT * FROM staff_member ORDER BY staff_id");
	}

	private long outboxSequence() {
		return this.jdbc.queryForObject("SELECT last_value FROM outbox_message_seq_seq", Long.class);
	}

	private int count(String staffId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM staff_member WHERE staff_id = ?", Integer.class, staffId);
	}

}
