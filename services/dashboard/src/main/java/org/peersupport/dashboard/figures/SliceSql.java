package org.peersupport.dashboard.figures;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Turns a slice into SQL conditions and parameters for a query whose facility, harm,
 * department and time live in the given columns.
 */
final class SliceSql {

	/**
	 * The source column of a figure about reported events: every report is an incident,
	 * so a slice of self requests or campaigns holds none of them.
	 */
	static final String INCIDENT = "'INCIDENT'";

	private final Slice slice;

	private final DashboardSettings settings;

	private final MapSqlParameterSource params = new MapSqlParameterSource();

	SliceSql(Slice slice, DashboardSettings settings) {
		this.slice = slice;
		this.settings = settings;
		if (slice.from() != null) {
			this.params.addValue("from", Timestamp.from(slice.from().atStartOfDay(settings.zone()).toInstant()));
		}
		if (slice.to() != null) {
			this.params.addValue("to",
					Timestamp.from(slice.to().plusDays(1).atStartOfDay(settings.zone()).toInstant()));
		}
		this.params.addValue("facility", slice.facility());
		this.params.addValue("within", slice.within().isEmpty() ? List.of("") : slice.within());
		this.params.addValue("harm", (slice.harm() != null) ? slice.harm().name() : null);
		this.params.addValue("source", (slice.source() != null) ? slice.source().name() : null);
		this.params.addValue("zone", settings.zone().getId());
		List<String> mapped = settings.mappedDepartments();
		this.params.addValue("mapped", mapped.isEmpty() ? List.of("") : mapped);
		if (slice.departmentGroup() != null && !DashboardSettings.OTHER_GROUP.equals(slice.departmentGroup())) {
			List<String> departments = settings.departmentGroups().getOrDefault(slice.departmentGroup(), List.of());
			this.params.addValue("departments", departments.isEmpty() ? List.of("") : departments);
		}
	}

	MapSqlParameterSource params() {
		return this.params;
	}

	MapSqlParameterSource params(Map<String, ?> extra) {
		extra.forEach(this.params::addValue);
		return this.params;
	}

	/**
	 * Conditions (each starting with AND) on the given columns; a null column means the
	 * dimension does not apply to the query. A case's source is stored as it arrived, so
	 * a record from before sources existed (null) counts as an incident.
	 */
	String where(String facility, String harm, String source, String department, String time) {
		List<String> conditions = new ArrayList<>();
		if (this.slice.facility() != null && facility != null) {
			conditions.add(facility + " = :facility");
		}
		if (!this.slice.within().isEmpty() && facility != null) {
			// NULL IN (...) is not true: a record without a facility is outside every
			// limit.
			conditions.add(facility + " IN (:within)");
		}
		if (this.slice.harm() != null && harm != null) {
			conditions.add(harm + " = :harm");
		}
		if (this.slice.source() != null && source != null) {
			conditions.add("COALESCE(" + source + ", 'INCIDENT') = :source");
		}
		if (this.slice.departmentGroup() != null && department != null) {
			conditions.add(DashboardSettings.OTHER_GROUP.equals(this.slice.departmentGroup())
					? "(" + department + " IS NULL OR " + department + " NOT IN (:mapped))"
					: department + " IN (:departments)");
		}
		if (this.slice.from() != null && time != null) {
			conditions.add(time + " >= :from");
		}
		if (this.slice.to() != null && time != null) {
			conditions.add(time + " < :to");
		}
		return conditions.stream().map((c) -> " AND " + c).reduce("", String::concat);
	}

	/** An SQL expression naming the department group of a department column. */
	String departmentGroup(String department) {
		if (this.settings.departmentGroups().isEmpty()) {
			return "'" + DashboardSettings.OTHER_GROUP + "'";
		}
		StringBuilder sql = new StringBuilder("CASE");
		int i = 0;
		for (Map.Entry<String, List<String>> group : this.settings.departmentGroups().entrySet()) {
			this.params.addValue("groupName" + i, group.getKey());
			this.params.addValue("groupDepartments" + i, group.getValue().isEmpty() ? List.of("") : group.getValue());
			sql.append(" WHEN ")
				.append(department)
				.append(" IN (:groupDepartments")
				.append(i)
				.append(") THEN :groupName")
				.append(i);
			i++;
		}
		return sql.append(" ELSE '").append(DashboardSettings.OTHER_GROUP).append("' END").toString();
	}

	String bucket(String time) {
		String unit = this.slice.granularity().name().toLowerCase(java.util.Locale.ROOT);
		return "to_char(date_trunc('" + unit + "', " + time + " AT TIME ZONE :zone), 'YYYY-MM-DD')";
	}

}
