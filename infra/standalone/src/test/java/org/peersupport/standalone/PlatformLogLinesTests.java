package org.peersupport.standalone;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformLogLinesTests {

	private static final List<String> PEOPLE = List.of("C-10", "Dana Reyes", "dana@hospital.test");

	@Test
	void aStaffIdANameOrAnAddressInAPlatformLineIsFound() {
		String output = """
				{"log":{"logger":"org.peersupport.matching.offer.Offering"},"message":"Offered case 1 to C-10"}
				12:00:01 INFO Checkins: recorded by Dana Reyes
				{"message":"E-mailed dana@hospital.test"}
				{"message":"Offer 7f3e of case 9a1c made"}
				""";

		assertThat(PlatformLogLines.naming(output, PEOPLE)).hasSize(3).noneMatch((line) -> line.contains("7f3e"));
	}

	@Test
	void anIdIsMatchedAsAWholeTokenOnly() {
		String output = """
				{"message":"Case closed for C-100"}
				{"message":"Case closed for XC-10"}
				{"message":"Case closed for C-10b"}
				{"message":"Case closed for (C-10)"}
				""";

		assertThat(PlatformLogLines.naming(output, PEOPLE)).containsExactly("{\"message\":\"Case closed for (C-10)\"}");
	}

	@Test
	void theDemoStandInsLinesAreNotPlatformLogs() {
		String output = """
				{"log":{"logger":"org.peersupport.standalone.demo.DemoMailbox"},"message":"E-mail to dana@hospital.test"}
				12:00:01.000 [main] INFO org.peersupport.standalone.demo.DemoPager -- page for C-10
				12:00:02 INFO o.p.standalone.demo.DemoMailbox : E-mail to Dana Reyes
				""";

		assertThat(PlatformLogLines.naming(output, PEOPLE)).isEmpty();
	}

}
