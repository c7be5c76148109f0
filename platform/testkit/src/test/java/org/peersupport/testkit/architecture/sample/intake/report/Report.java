package org.peersupport.testkit.architecture.sample.intake.report;

/** A sample of a service's class that other services and the platform must not use. */
public record Report(String id) {
}
