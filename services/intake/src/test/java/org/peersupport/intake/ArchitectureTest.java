package org.peersupport.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peersupport.testkit.architecture.ServiceArchitecture;

/** intake's boundaries (docs/architecture.md, "Boundaries that a test checks"). */
@AnalyzeClasses(packages = "org.peersupport.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final ServiceArchitecture INTAKE = ServiceArchitecture.of("intake");

	@ArchTest
	static final ArchRule usesNoOtherService = INTAKE.usesNoOtherService();

	@ArchTest
	static final ArchRule featuresFormNoCycle = INTAKE.featuresFormNoCycle();

}
