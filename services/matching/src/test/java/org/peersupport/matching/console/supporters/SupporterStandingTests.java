package org.peersupport.matching.console.supporters;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.directory.TrainingStatus;
import org.peersupport.matching.wellbeing.FatigueLevel;
import org.peersupport.matching.wellbeing.SupporterLoadView;

import static org.assertj.core.api.Assertions.assertThat;

/** How a supporter's standing reads, and what of it needs attention. */
class SupporterStandingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void trainingExpiringWithinThirtyDaysIsNearALimitAndExpiredTrainingIsPastIt() {
		SupporterStanding soon = standing(new TrainingStatus(true, TODAY.plusDays(12)), load(0, 3, FatigueLevel.OK));
		assertThat(soon.training()).isEqualTo("Expires in 12 days (19 Dec 2026)");
		assertThat(soon.trainingTone()).isEqualTo("warn");
		assertThat(soon.urgency()).isEqualTo(1);
		assertThat(soon.reasonLine()).isEqualTo("Training expires in 12 days");

		SupporterStanding later = standing(new TrainingStatus(true, TODAY.plusDays(31)), load(0, 3, FatigueLevel.OK));
		assertThat(later.training()).isEqualTo("Valid until 7 Jan 2027");
		assertThat(later.nearLimits()).isFalse();

		assertThat(standing(new TrainingStatus(true, TODAY), load(0, 3, FatigueLevel.OK)).training())
			.isEqualTo("Expires today (7 Dec 2026)");
		SupporterStanding expired = standing(new TrainingStatus(true, TODAY.minusDays(1)), load(0, 3, FatigueLevel.OK));
		assertThat(expired.training()).isEqualTo("Expired on 6 Dec 2026");
		assertThat(expired.urgency()).isEqualTo(2);
	}

	@Test
	void loadAtCapacityIsPastALimitAndOneShortIsNearIt() {
		TrainingStatus trained = new TrainingStatus(true, null);
		SupporterStanding full = standing(trained, load(3, 3, FatigueLevel.OK));
		assertThat(full.load()).isEqualTo("3 of 3");
		assertThat(full.reasonLine()).isEqualTo("At capacity");
		assertThat(full.urgency()).isEqualTo(2);
		assertThat(standing(trained, load(2, 3, FatigueLevel.OK)).reasonLine()).isEqualTo("One short of capacity");
		assertThat(standing(trained, load(1, 3, FatigueLevel.OK)).nearLimits()).isFalse();
	}

	@Test
	void theFatigueSignalAndAPauseWithALastDayReadInWords() {
		SupporterLoadView tired = new SupporterLoadView("S-1", true, TODAY.plusDays(3), 3, 0, 0, 4, 2,
				Instant.parse("2026-12-08T14:05:00Z"), FatigueLevel.AT);
		SupporterStanding standing = SupporterStanding.of("Sam", new TrainingStatus(true, null), tired, "30 days",
				TODAY);
		assertThat(standing.fatigue()).isEqualTo("At the fatigue limit");
		assertThat(standing.recentCases()).isEqualTo("4 cases in the last 30 days, 2 high-impact");
		assertThat(standing.coolDown()).isEqualTo("Until 8 Dec 2026, 14:05 UTC");
		assertThat(standing.state()).isEqualTo("Paused until 10 Dec 2026");
		assertThat(standing.urgency()).isEqualTo(2);
	}

	private static SupporterStanding standing(TrainingStatus training, SupporterLoadView load) {
		return SupporterStanding.of("Sam", training, load, "30 days", TODAY);
	}

	private static SupporterLoadView load(int open, int max, FatigueLevel fatigue) {
		return new SupporterLoadView("S-1", false, null, max, 0, open, 0, 0, null, fatigue);
	}

}
