package org.peersupport.dashboard.api;

import java.util.Locale;

import org.peersupport.dashboard.figures.ProgramSummary;

/**
 * Renders the summary as a plain HTML page. Only numbers are rendered, so nothing needs
 * escaping.
 */
final class SummaryPage {

	private SummaryPage() {
	}

	static String render(ProgramSummary s) {
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta http-equiv="refresh" content="5">
				<title>Peer Support Program</title>
				<style>
				body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2b36}
				dl{display:grid;grid-template-columns:max-content max-content;gap:.4rem 2rem}
				dt{color:#4a5a66}dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums}
				</style>
				</head>
				<body>
				<h1>Peer Support Program</h1>
				<p>Every clinician involved in an adverse event is offered a check-in from a trained peer.</p>
				<dl>
				<dt>Events reported</dt><dd id="eventsReported">%d</dd>
				<dt>Outreach cases opened</dt><dd id="casesOpened">%d</dd>
				<dt>Offers to supporters</dt><dd id="offers">%d</dd>
				<dt>Offers accepted</dt><dd id="acceptances">%d</dd>
				<dt>Offers declined</dt><dd id="declines">%d</dd>
				<dt>Cases needing attention</dt><dd id="casesNeedingAttention">%d</dd>
				<dt>Median time to first offer</dt><dd id="median">%s</dd>
				<dt>90th percentile time to first offer</dt><dd id="p90">%s</dd>
				</dl>
				<p><small>Figures refresh every 5 seconds. JSON: <a href="/api/v1/summary">/api/v1/summary</a></small></p>
				</body>
				</html>
				"""
			.formatted(s.eventsReported(), s.casesOpened(), s.offers(), s.acceptances(), s.declines(),
					s.casesNeedingAttention(), seconds(s.medianSecondsToFirstOffer()),
					seconds(s.p90SecondsToFirstOffer()));
	}

	private static String seconds(Double value) {
		return (value == null) ? "no offers yet" : String.format(Locale.ROOT, "%.1f s", value);
	}

}
