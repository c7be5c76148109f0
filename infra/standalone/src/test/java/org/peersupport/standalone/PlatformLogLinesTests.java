package org.peersupport.standalone;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

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
	void theWatchSeesEveryLoggedEventAndKeepsThePlatformsThatNameSomeone() {
		PlatformLogLines.Watch watch = PlatformLogLines.watch(PEOPLE);
		try {
			LoggerFactory.getLogger("org.peersupport.matching.offer.Offering").info("Offered case 1 to {}", "C-10");
			LoggerFactory.getLogger("org.peersupport.messaging.deadletter.DeadLetters")
				.error("Dead-lettering", new IllegalStateException("Key (email)=(dana@hospital.test)"));
			LoggerFactory.getLogger("org.peersupport.matching.offer.Offering").info("Offer {} made", "7f3e");
			LoggerFactory.getLogger("org.peersupport.standalone.demo.DemoMailbox").info("E-mail to dana@hospital.test");
		}
		finally {
			watch.close();
		}
		LoggerFactory.getLogger("org.peersupport.matching.offer.Offering").info("after the watch: C-10");

		assertThat(watch.platformLines()).hasSize(2)
			.anyMatch((line) -> line.contains("to C-10"))
			.anyMatch((line) -> line.contains("IllegalStateException"));
		assertThat(watch.standInLines()).isEqualTo(1);
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
