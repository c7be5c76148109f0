package org.peersupport.testkit.architecture.sample.outreach.outreachcase;

/** A sample of outreach before its cycles were broken: the case other features read. */
public record OutreachCase(String id) {
}
