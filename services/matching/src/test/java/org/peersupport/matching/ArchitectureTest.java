package org.peersupport.matching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peersupport.testkit.architecture.ServiceArchitecture;

/** matching's boundaries (docs/architecture.md, "Boundaries that a test checks"). */
@AnalyzeClasses(packages = "org.peersupport.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final ServiceArchitecture MATCHING = ServiceArchitecture.of("matching");

	@ArchTest
	static final ArchRule usesNoOtherService = MATCHING.usesNoOtherService();

	@ArchTest
	static final ArchRule featuresFormNoCycle = MATCHING.featuresFormNoCycle();

}
