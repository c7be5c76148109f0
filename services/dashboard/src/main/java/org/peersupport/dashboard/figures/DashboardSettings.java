package org.peersupport.dashboard.figures;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's configuration ({@code peersupport.dashboard.*}).
 *
 * @param minCellSize k: figures drawn from fewer people are shown as "&lt;k"
 * @param departmentGroups group name to the department codes of the staff directory it
 * covers; unmapped departments fall into {@code other}
 * @param trainingExpiryDays how far ahead "training expires soon" looks
 * @param nearFatigueShare a supporter is near fatigue at this share of their maxActive
 * @param zone the time zone of days, weeks and months
 * @param refresh how often live pages re-check the figures even without a change signal
 * (changes handled by another instance of the dashboard)
 */
@ConfigurationProperties("peersupport.dashboard")
public record DashboardSettings(@DefaultValue("5") int minCellSize, Map<String, List<String>> departmentGroups,
		@DefaultValue("60") int trainingExpiryDays, @DefaultValue("0.8") double nearFatigueShare,
		@DefaultValue("UTC") ZoneId zone, @DefaultValue("10s") Duration refresh) {

	/** The group of units not mapped to any configured group. */
	public static final String OTHER_GROUP = "other";

	public DashboardSettings {
		departmentGroups = (departmentGroups != null) ? Map.copyOf(departmentGroups) : Map.of();
	}

	public List<String> groupNames() {
		List<String> names = new java.util.ArrayList<>(this.departmentGroups.keySet().stream().sorted().toList());
		names.add(OTHER_GROUP);
		return names;
	}

	public List<String> mappedDepartments() {
		return this.departmentGroups.values().stream().flatMap(List::stream).toList();
	}

}
