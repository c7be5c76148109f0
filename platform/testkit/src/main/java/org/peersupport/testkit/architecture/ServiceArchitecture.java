package org.peersupport.testkit.architecture;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the platform as ArchUnit rules, so that a service's
 * {@code ArchitectureTest} fails when the code drifts across one.
 * <p>
 * A service talks to another only through events and HTTP, never through its classes, and
 * its feature packages ({@code org.peersupport.<service>.<feature>..}) depend on each
 * other in one direction only. The platform modules serve every service and depend on
 * none.
 * <p>
 * Each service's {@code ArchitectureTest} imports its main classes with
 * {@code @AnalyzeClasses(packages = "org.peersupport.<service>", importOptions = DoNotIncludeTests.class)}
 * and holds {@code of("<service>").usesNoOtherService()} and
 * {@code of("<service>").featuresFormNoCycle()} as {@code @ArchTest} fields. The
 * standalone, which sees every module, checks {@link #platformUsesNoService()}.
 */
public final class ServiceArchitecture {

	/** The services, each a package directly under {@code org.peersupport}. */
	public static final List<String> SERVICES = List.of("intake", "outreach", "matching", "referral", "dashboard");

	/** The platform modules' packages, which every service may use. */
	public static final List<String> PLATFORM = List.of("contracts", "persistence", "messaging", "web", "security",
			"embedded", "testkit");

	private static final String ROOT = "org.peersupport";

	private final String root;

	private final String service;

	private ServiceArchitecture(String root, String service) {
		this.root = root;
		this.service = service;
	}

	/** The rules for one of {@link #SERVICES}. */
	public static ServiceArchitecture of(String service) {
		if (!SERVICES.contains(service)) {
			throw new IllegalArgumentException("Not a service: " + service + " (the services are " + SERVICES + ")");
		}
		return new ServiceArchitecture(ROOT, service);
	}

	// The rules' own tests check them on small sample packages under another root.
	static ServiceArchitecture of(String root, String service) {
		return new ServiceArchitecture(root, service);
	}

	/** No class of this service uses a class of another service. */
	public ArchRule usesNoOtherService() {
		return noClasses().that()
			.resideInAPackage(packageOf(this.root, this.service))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(
					packagesOf(this.root, SERVICES.stream().filter((other) -> !other.equals(this.service)).toList()))
			.because("services talk through events and HTTP, so each can change and deploy on its own");
	}

	/**
	 * The service's feature packages, with their subpackages, form no dependency cycle.
	 */
	public ArchRule featuresFormNoCycle() {
		return slices().matching(this.root + "." + this.service + ".(*)..")
			.namingSlices(this.service + "/$1")
			.should()
			.beFreeOfCycles()
			.because("a feature that depends on one depending on it cannot be understood or changed alone;"
					+ " break the cycle with a narrower type, an event or a callback");
	}

	/**
	 * No service uses a class of another: every service's {@link #usesNoOtherService()}.
	 */
	public static ArchRule servicesUseNoOtherService() {
		return CompositeArchRule.of(SERVICES.stream().map((service) -> of(service).usesNoOtherService()).toList());
	}

	/** No platform class uses a class of any service. */
	public static ArchRule platformUsesNoService() {
		return platformUsesNoService(ROOT);
	}

	static ArchRule platformUsesNoService(String root) {
		return noClasses().that()
			.resideInAnyPackage(packagesOf(root, PLATFORM))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packagesOf(root, SERVICES))
			.because("the platform serves every service, so it must not know any of them");
	}

	private static String[] packagesOf(String root, List<String> names) {
		return names.stream().map((name) -> packageOf(root, name)).toArray(String[]::new);
	}

	private static String packageOf(String root, String name) {
		return root + "." + name + "..";
	}

}
