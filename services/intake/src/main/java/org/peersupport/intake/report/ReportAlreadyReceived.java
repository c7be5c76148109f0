package org.peersupport.intake.report;

/**
 * A report could not be recorded as new: a concurrent transaction recorded the same
 * {@code (source, reportId)} first. The store's own exception stays behind the
 * repository; the caller answers the report again as the retry it now is.
 */
class ReportAlreadyReceived extends RuntimeException {

	ReportAlreadyReceived(String source, String reportId, Throwable cause) {
		super("report " + reportId + " from " + source + " was recorded concurrently", cause);
	}

}
