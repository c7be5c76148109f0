package org.peersupport.outreach;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peersupport.testkit.architecture.ServiceArchitecture;

/** outreach's boundaries (docs/architecture.md, "Boundaries that a test checks"). */
@AnalyzeClasses(packages = "org.peersupport.outreach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final ServiceArchitecture OUTREACH = ServiceArchitecture.of("outreach");

	@ArchTest
	static final ArchRule usesNoOtherService = OUTREACH.usesNoOtherService();

	@ArchTest
	static final ArchRule featuresFormNoCycle = OUTREACH.featuresFormNoCycle();

}
