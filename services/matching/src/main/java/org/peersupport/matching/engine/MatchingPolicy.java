package org.peersupport.matching.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's matching settings ({@code peersupport.matching.*}). Everything a program
 * director may want to tune lives here, not in code.
 *
 * @param weights the soft-preference weights
 * @param departments the department rule per facility
 * @param coolDown how long a supporter rests after accepting a high-impact case
 * @param availabilityRequired whether a supporter who declared no availability at all is
 * treated as unavailable (false: treated as available, so a roster without availability
 * data keeps working)
 * @param recentWindow how far back "recent cases" reach for fairness and wellbeing
 * @param qualifyingTraining the training kinds that make a supporter trained
 * @param offers offer expiry and re-offer limits
 * @param batch the collection window for batch assignment
 * @param fatigue wellbeing thresholds
 */
@ConfigurationProperties("peersupport.matching")
public record MatchingPolicy(@DefaultValue Weights weights, @DefaultValue Departments departments,
		@DefaultValue("P3D") Duration coolDown, @DefaultValue("false") boolean availabilityRequired,
		@DefaultValue("P30D") Duration recentWindow, @DefaultValue("CORE_5H") Set<String> qualifyingTraining,
		@DefaultValue Offers offers, @DefaultValue Batch batch, @DefaultValue Fatigue fatigue) {

	/** The default policy, as configured with no properties at all. */
	public static MatchingPolicy defaults() {
		return new MatchingPolicy(new Weights(3, 2, 1, 2, 2, 3, 20), new Departments(DepartmentRule.ANY, Map.of()),
				Duration.ofDays(3), false, Duration.ofDays(30), Set.of("CORE_5H"),
				new Offers(Duration.ofHours(4), Duration.ofMinutes(15), 3), new Batch(Duration.ofSeconds(2)),
				new Fatigue(6, 2, 0.8));
	}

	public DepartmentRule departmentRuleFor(String facility) {
		return this.departments.ruleFor(facility);
	}

	/**
	 * Soft-preference weights; a weight of 0 switches a preference off.
	 *
	 * @param sameRole a physician for a physician, a nurse for a nurse
	 * @param similarSpecialty the same specialty
	 * @param moreSenior a supporter more senior than the clinician
	 * @param sharedLanguage a language both speak
	 * @param identity identity preferences the clinician chose to state
	 * @param fairness spread the load: fewer open and recent cases
	 * @param requestedSupport what a clinician asked for when they requested a check-in
	 * themselves (department, role, language); above the sum of the others by default, so
	 * a supporter who meets the request ranks first, while one who does not still may
	 * take the case
	 */
	public record Weights(@DefaultValue("3") double sameRole, @DefaultValue("2") double similarSpecialty,
			@DefaultValue("1") double moreSenior, @DefaultValue("2") double sharedLanguage,
			@DefaultValue("2") double identity, @DefaultValue("3") double fairness,
			@DefaultValue("20") double requestedSupport) {
	}

	/**
	 * The department rule: one default, overridden per facility code.
	 *
	 * @param defaultRule for facilities without their own rule
	 * @param facilities facility code to rule
	 */
	public record Departments(@DefaultValue("ANY") DepartmentRule defaultRule, Map<String, DepartmentRule> facilities) {

		public DepartmentRule ruleFor(String facility) {
			if (facility == null || this.facilities == null) {
				return this.defaultRule;
			}
			return this.facilities.getOrDefault(facility, this.defaultRule);
		}

	}

	/**
	 * Offer limits.
	 *
	 * @param maxResponseTime the longest a supporter has to answer, even when the case's
	 * window is longer
	 * @param minResponseTime the shortest, even when the case's window is nearly over
	 * @param maxFailures declined or expired offers before the case is given up as
	 * OFFERS_EXHAUSTED
	 */
	public record Offers(@DefaultValue("PT4H") Duration maxResponseTime,
			@DefaultValue("PT15M") Duration minResponseTime, @DefaultValue("3") int maxFailures) {
	}

	/**
	 * Batch assignment.
	 *
	 * @param window how long due cases are collected before they are assigned together; 0
	 * assigns every case at once on arrival
	 */
	public record Batch(@DefaultValue("PT2S") Duration window) {
	}

	/**
	 * Fatigue thresholds over the recent window.
	 *
	 * @param cases accepted cases at which a supporter is at the threshold
	 * @param highImpactCases accepted high-impact cases at which a supporter is at the
	 * threshold
	 * @param nearFraction the fraction of a threshold that counts as near it
	 */
	public record Fatigue(@DefaultValue("6") int cases, @DefaultValue("2") int highImpactCases,
			@DefaultValue("0.8") double nearFraction) {
	}

}
