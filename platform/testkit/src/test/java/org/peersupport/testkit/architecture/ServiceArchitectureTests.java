package org.peersupport.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules on samples (under {@code sample}) that copy outreach's two known cycles, a
 * service using another's class, and a platform class using a service.
 */
class ServiceArchitectureTests {

	private static final String SAMPLE = "org.peersupport.testkit.architecture.sample";

	private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(SAMPLE);

	@Test
	void bothOfOutreachsKnownCyclesAreReported() {
		String report = violations(ServiceArchitecture.of(SAMPLE, "outreach").featuresFormNoCycle());

		// ArchUnit puts each step of a cycle on a line of its own.
		assertThat(report.replaceAll("\\s+", " "))
			.contains("Cycle detected: outreach/escalation -> outreach/outreachcase -> outreach/escalation")
			.contains("Cycle detected: outreach/followup -> outreach/outreachcase -> outreach/followup")
			.contains("CaseClosing.close(", "FollowUps.cancel(", "Escalations.resolve(");
	}

	@Test
	void aServiceUsingAnotherServicesClassIsReported() {
		String report = violations(ServiceArchitecture.of(SAMPLE, "matching").usesNoOtherService());

		assertThat(report).contains("sample.matching.offer.Offer", "sample.intake.report.Report");
	}

	@Test
	void aServiceThatKeepsToItselfPasses() {
		assertThat(ServiceArchitecture.of(SAMPLE, "outreach").usesNoOtherService().evaluate(CLASSES).hasViolation())
			.isFalse();
		assertThat(ServiceArchitecture.of(SAMPLE, "matching").featuresFormNoCycle().evaluate(CLASSES).hasViolation())
			.isFalse();
	}

	@Test
	void aPlatformClassUsingAServiceIsReported() {
		String report = violations(ServiceArchitecture.platformUsesNoService(SAMPLE));

		assertThat(report).contains("sample.web.ProblemLinks", "sample.intake.report.Report")
			.doesNotContain("sample.matching.offer.Offer");
	}

	@Test
	void onlyTheFiveServicesHaveRules() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServiceArchitecture.of("identity"))
			.withMessageContaining("Not a service: identity");
	}

	private static String violations(ArchRule rule) {
		EvaluationResult result = rule.evaluate(CLASSES);
		assertThat(result.hasViolation()).as("violations of: %s", rule.getDescription()).isTrue();
		return result.getFailureReport().toString();
	}

}
