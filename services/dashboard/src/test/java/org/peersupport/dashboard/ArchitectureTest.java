package org.peersupport.dashboard;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peersupport.testkit.architecture.ServiceArchitecture;

/** dashboard's boundaries (docs/architecture.md, "Boundaries that a test checks"). */
@AnalyzeClasses(packages = "org.peersupport.dashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final ServiceArchitecture DASHBOARD = ServiceArchitecture.of("dashboard");

	@ArchTest
	static final ArchRule usesNoOtherService = DASHBOARD.usesNoOtherService();

	@ArchTest
	static final ArchRule featuresFormNoCycle = DASHBOARD.featuresFormNoCycle();

}
