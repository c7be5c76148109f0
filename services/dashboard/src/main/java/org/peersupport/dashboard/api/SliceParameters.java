package org.peersupport.dashboard.api;

import java.time.LocalDate;
import java.util.List;

import org.peersupport.contracts.events.CaseSource;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.dashboard.figures.DashboardSettings;
import org.peersupport.dashboard.figures.Slice;
import org.peersupport.dashboard.figures.Slice.Granularity;
import org.peersupport.web.FieldReader;

import org.springframework.util.MultiValueMap;

/** Reads the filters from query parameters; a bad one is a problem+json naming it. */
final class SliceParameters {

	private SliceParameters() {
	}

	static Slice parse(MultiValueMap<String, String> query, DashboardSettings settings) {
		FieldReader in = FieldReader.parameters();
		String facility = in.parameter("facility", query.getFirst("facility")).text(200).optional();
		String group = in.parameter("departmentGroup", query.getFirst("departmentGroup"))
			.text(200)
			.must(settings.groupNames()::contains, "must be one of " + String.join(", ", settings.groupNames()))
			.optional();
		HarmLevel harm = in.parameter("harm", query.getFirst("harm")).choice(HarmLevel.class).optional();
		CaseSource source = in.parameter("source", query.getFirst("source")).choice(CaseSource.class).optional();
		LocalDate from = in.parameter("from", query.getFirst("from")).date().optional();
		FieldReader toField = in.parameter("to", query.getFirst("to"));
		LocalDate to = toField.date().optional();
		if (from != null && to != null && to.isBefore(from)) {
			toField.problem("must not be before from");
		}
		Granularity granularity = in.parameter("granularity", query.getFirst("granularity"))
			.choice(Granularity.class)
			.orElse(Granularity.WEEK);
		in.check();
		return new Slice(facility, group, harm, source, from, to, granularity, List.of());
	}

}
