package org.peersupport.referral;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peersupport.testkit.architecture.ServiceArchitecture;

/** referral's boundaries (docs/architecture.md, "Boundaries that a test checks"). */
@AnalyzeClasses(packages = "org.peersupport.referral", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final ServiceArchitecture REFERRAL = ServiceArchitecture.of("referral");

	@ArchTest
	static final ArchRule usesNoOtherService = REFERRAL.usesNoOtherService();

	@ArchTest
	static final ArchRule featuresFormNoCycle = REFERRAL.featuresFormNoCycle();

}
