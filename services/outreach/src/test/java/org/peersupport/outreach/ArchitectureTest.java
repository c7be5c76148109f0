package org.peersupport.outreach;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Outreach's boundaries: its feature packages depend on each other without cycles, and it
 * never reaches into another service (they talk through events and the contracts only).
 */
@AnalyzeClasses(packages = "org.peersupport.outreach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.peersupport.outreach.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule noOtherServiceIsImported = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.peersupport.intake..", "org.peersupport.matching..", "org.peersupport.referral..",
				"org.peersupport.dashboard..");

}
