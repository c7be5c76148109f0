package org.peersupport.outreach.timing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.Actuality;
import org.peersupport.contracts.events.EventCategory;
import org.peersupport.contracts.events.HarmLevel;
import org.peersupport.outreach.clinician.Channel;
import org.peersupport.outreach.clinician.ClinicianContext;
import org.peersupport.outreach.clinician.ClinicianPreferences;
import org.peersupport.outreach.clinician.Shift;
import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.policy.PolicyReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default policy (America/New_York, quiet 21:00-07:00, 10 h rest after a night shift,
 * offers accepted within 2 h) applied to reports at chosen instants.
 */
class OfferTimingTests {

	private static final OutreachPolicy POLICY = defaultPolicy();

	private static final ClinicianContext NOBODY_SPECIAL = ClinicianContext.none("C-1");

	/** 14:00 in New York on a November weekday: outside quiet hours. */
	private static final Instant AFTERNOON = Instant.parse("2026-11-18T19:00:00Z");

	/** 23:30 in New York: inside quiet hours. */
	private static final Instant LATE_EVENING = Instant.parse("2026-11-19T04:30:00Z");

	@Test
	void deathSevereHarmAndHighImpactCategoriesAreOfferedAtOnceEvenAtNight() {
		for (HarmLevel harm : new HarmLevel[] { HarmLevel.DEATH, HarmLevel.SEVERE }) {
			OfferPlan plan = plan(LATE_EVENING, harm, null);
			assertThat(plan.dueAt()).isEqualTo(LATE_EVENING);
			assertThat(plan.windowEndsAt()).as("now, with the time supporters need to accept")
				.isEqualTo(LATE_EVENING.plus(Duration.ofHours(2)));
		}
		for (EventCategory category : new EventCategory[] { EventCategory.RESUSCITATION,
				EventCategory.VIOLENCE_AGAINST_STAFF, EventCategory.PATIENT_DEATH }) {
			assertThat(plan(LATE_EVENING, HarmLevel.MILD, category).dueAt()).isEqualTo(LATE_EVENING);
		}
	}

	@Test
	void moderateHarmIsOfferedAtOnceInTheDayAndDueWithin24Hours() {
		OfferPlan plan = plan(AFTERNOON, HarmLevel.MODERATE, null);
		assertThat(plan.dueAt()).as("a window is a deadline, not a delay").isEqualTo(AFTERNOON);
		assertThat(plan.windowEndsAt()).isEqualTo(AFTERNOON.plus(Duration.ofHours(24)));
	}

	@Test
	void mildHarmNoHarmAndNearMissesGet72Hours() {
		assertThat(plan(AFTERNOON, HarmLevel.MILD, null).windowEndsAt())
			.isEqualTo(AFTERNOON.plus(Duration.ofHours(72)));
		assertThat(plan(AFTERNOON, HarmLevel.NO_HARM, null).windowEndsAt())
			.isEqualTo(AFTERNOON.plus(Duration.ofHours(72)));
		OfferPlan nearMiss = OfferTiming.plan(POLICY,
				new CaseFacts(AFTERNOON, HarmLevel.UNKNOWN, Actuality.NEAR_MISS, null), NOBODY_SPECIAL);
		assertThat(nearMiss.windowEndsAt()).isEqualTo(AFTERNOON.plus(Duration.ofHours(72)));
	}

	@Test
	void quietHoursDeferAModerateReportToSevenInTheMorning() {
		OfferPlan plan = plan(LATE_EVENING, HarmLevel.MODERATE, null);
		assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-11-19T12:00:00Z"));
	}

	@Test
	void quietHoursEndAtSevenLocalTimeAcrossTheSpringForwardChange() {
		// 2026-03-08: clocks in New York jump from 02:00 EST to 03:00 EDT.
		Instant beforeChange = Instant.parse("2026-03-08T04:00:00Z"); // 23:00 EST on 7
																		// March
		OfferPlan plan = plan(beforeChange, HarmLevel.MODERATE, null);
		assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-03-08T11:00:00Z")); // 07:00
																					// EDT
		assertThat(plan.dueAt().atZone(ZoneId.of("America/New_York")).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
	}

	@Test
	void quietHoursEndAtSevenLocalTimeAcrossTheFallBackChange() {
		// 2026-11-01: clocks in New York fall back from 02:00 EDT to 01:00 EST.
		Instant beforeChange = Instant.parse("2026-11-01T03:00:00Z"); // 23:00 EDT on 31
																		// October
		OfferPlan plan = plan(beforeChange, HarmLevel.MODERATE, null);
		assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z")); // 07:00
																					// EST
		assertThat(Duration.between(beforeChange, plan.dueAt())).as("the night is an hour longer")
			.isEqualTo(Duration.ofHours(9));
	}

	@Test
	void quietHoursEndingInsideTheSpringGapEndAtTheFirstInstantAfterIt() {
		OfferTimingTests.ContactCheck check = new ContactCheck(LocalTime.of(22, 0), LocalTime.of(2, 30));
		Instant evening = Instant.parse("2026-03-08T04:00:00Z"); // 23:00 EST
		assertThat(check.earliest(evening)).isEqualTo(Instant.parse("2026-03-08T07:30:00Z")); // 03:30
																								// EDT
	}

	@Test
	void aNightShiftBuysRestUnlessTheHarmOverridesIt() {
		Instant shiftEnd = Instant.parse("2026-11-18T12:00:00Z"); // 07:00 New York
		ClinicianContext tired = new ClinicianContext(ClinicianPreferences.defaults("C-1"),
				new Shift("C-1", shiftEnd, true), null);
		Instant reported = shiftEnd.plus(Duration.ofHours(1));
		OfferPlan moderate = OfferTiming.plan(POLICY,
				new CaseFacts(reported, HarmLevel.MODERATE, Actuality.ACTUAL, null), tired);
		assertThat(moderate.dueAt()).isEqualTo(shiftEnd.plus(Duration.ofHours(10)));
		OfferPlan severe = OfferTiming.plan(POLICY, new CaseFacts(reported, HarmLevel.SEVERE, Actuality.ACTUAL, null),
				tired);
		assertThat(severe.dueAt()).isEqualTo(reported);
		ClinicianContext dayShift = new ClinicianContext(ClinicianPreferences.defaults("C-1"),
				new Shift("C-1", shiftEnd, false), null);
		assertThat(
				OfferTiming.plan(POLICY, new CaseFacts(reported, HarmLevel.MODERATE, Actuality.ACTUAL, null), dayShift)
					.dueAt())
			.isEqualTo(reported);
	}

	@Test
	void aSevereNearMissWaitsForContactHoursAndTheCaseIsJudgedByTheSameRule() {
		CaseFacts nearMiss = new CaseFacts(LATE_EVENING, HarmLevel.SEVERE, Actuality.NEAR_MISS, null);
		assertThat(OfferTiming.isUrgent(POLICY, nearMiss)).isFalse();
		assertThat(OfferTiming.plan(POLICY, nearMiss, NOBODY_SPECIAL).dueAt())
			.isEqualTo(Instant.parse("2026-11-19T12:00:00Z"));
		assertThat(OfferTiming.isUrgent(POLICY, nearMiss.actualHarm(), nearMiss.highImpact())).isFalse();
		CaseFacts actual = new CaseFacts(LATE_EVENING, HarmLevel.SEVERE, Actuality.ACTUAL, null);
		assertThat(OfferTiming.isUrgent(POLICY, actual.actualHarm(), actual.highImpact())).isTrue();
		assertThat(OfferTiming.isUrgent(POLICY,
				new CaseFacts(LATE_EVENING, HarmLevel.MILD, Actuality.NEAR_MISS, EventCategory.RESUSCITATION)))
			.as("a high-impact category is urgent, near miss or not")
			.isTrue();
	}

	@Test
	void theClinicianContactWindowIsHonouredInTheirOwnZone() {
		ClinicianPreferences evenings = new ClinicianPreferences("C-1", LocalTime.of(17, 0), LocalTime.of(20, 0),
				ZoneId.of("America/Chicago"), Channel.SMS, false, null);
		ClinicianContext context = new ClinicianContext(evenings, null, null);
		OfferPlan plan = OfferTiming.plan(POLICY, new CaseFacts(AFTERNOON, HarmLevel.MILD, Actuality.ACTUAL, null),
				context);
		assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-11-18T23:00:00Z")); // 17:00
																					// Chicago
	}

	@Test
	void rulesNeverPushAnOfferPastTheLastMomentThatStillLeavesTimeToAccept() {
		ClinicianContext resting = new ClinicianContext(ClinicianPreferences.defaults("C-1"),
				new Shift("C-1", AFTERNOON.plus(Duration.ofHours(30)), true), null);
		OfferPlan plan = OfferTiming.plan(POLICY, new CaseFacts(AFTERNOON, HarmLevel.MODERATE, Actuality.ACTUAL, null),
				resting);
		assertThat(plan.dueAt()).isEqualTo(plan.windowEndsAt().minus(Duration.ofHours(2)));
	}

	@Test
	void coalescingTakesTheEarlierDueTimeAndWindow() {
		OfferPlan mild = plan(AFTERNOON, HarmLevel.MILD, null);
		OfferPlan severe = plan(AFTERNOON.plus(Duration.ofHours(1)), HarmLevel.SEVERE, null);
		OfferPlan coalesced = mild.earliest(severe);
		assertThat(coalesced.windowEndsAt()).isEqualTo(severe.windowEndsAt());
		assertThat(coalesced.dueAt()).isEqualTo(mild.dueAt());
		assertThat(severe.earliest(mild)).isEqualTo(coalesced);
	}

	private static OfferPlan plan(Instant receivedAt, HarmLevel harm, EventCategory category) {
		return OfferTiming.plan(POLICY, new CaseFacts(receivedAt, harm, Actuality.ACTUAL, category), NOBODY_SPECIAL);
	}

	private record ContactCheck(LocalTime quietStart, LocalTime quietEnd) {

		Instant earliest(Instant from) {
			return ContactHours.outside(from, new OutreachPolicy.LocalTimeRange(this.quietStart, this.quietEnd),
					ZoneId.of("America/New_York"));
		}

	}

	private static OutreachPolicy defaultPolicy() {
		try (InputStream in = OfferTimingTests.class.getResourceAsStream("/outreach/default-policy.json")) {
			return PolicyReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)).policy();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
