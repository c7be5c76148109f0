package org.peersupport.standalone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.peersupport.testkit.architecture.ServiceArchitecture;

/**
 * The root rules, checked here because the standalone is the one module with every
 * platform module and every service on its class path (the platform modules cannot see
 * the services, and the testkit cannot see the platform modules, which use it in their
 * tests).
 */
@AnalyzeClasses(packages = "org.peersupport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule servicesUseNoOtherService = ServiceArchitecture.servicesUseNoOtherService();

	@ArchTest
	static final ArchRule platformUsesNoService = ServiceArchitecture.platformUsesNoService();

}
