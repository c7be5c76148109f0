package org.peersupport.testkit.architecture.sample.matching.offer;

import org.peersupport.testkit.architecture.sample.intake.report.Report;

/** A sample of one service reaching into another instead of reading its event. */
public record Offer(Report report) {
}
