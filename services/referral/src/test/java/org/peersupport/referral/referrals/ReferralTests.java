package org.peersupport.referral.referrals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.contracts.events.ReferralOutcome;
import org.peersupport.web.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralTests {

	private static final Instant MADE = Instant.parse("2026-03-01T10:00:00Z");

	private static final Instant LATER = MADE.plus(Duration.ofDays(2));

	@Test
	void walksForwardOneStepAtATimeToClosedAsConnected() {
		Referral accepted = offered().moveTo(ReferralStatus.ACCEPTED, null, LATER);
		Referral connected = accepted.moveTo(ReferralStatus.CONNECTED, null, LATER);
		Referral closed = connected.moveTo(ReferralStatus.CLOSED, null, LATER);
		assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(connected.status()).isEqualTo(ReferralStatus.CONNECTED);
		assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(ReferralOutcome.CONNECTED);
		assertThat(closed.closedAt()).isEqualTo(LATER);
	}

	@Test
	void neverSkipsAStepNorGoesBack() {
		assertThatThrownBy(() -> offered().moveTo(ReferralStatus.CONNECTED, null, LATER))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("OFFERED cannot become CONNECTED");
		Referral connected = offered().moveTo(ReferralStatus.ACCEPTED, null, LATER)
			.moveTo(ReferralStatus.CONNECTED, null, LATER);
		assertThatThrownBy(() -> connected.moveTo(ReferralStatus.ACCEPTED, null, LATER))
			.isInstanceOf(ConflictException.class);
		Referral closed = connected.moveTo(ReferralStatus.CLOSED, null, LATER);
		assertThatThrownBy(() -> closed.moveTo(ReferralStatus.CLOSED, null, LATER))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void closingEarlyEndsAsDeclinedOrNotConnectedButNeverAsConnected() {
		assertThat(offered().moveTo(ReferralStatus.CLOSED, null, LATER).outcome()).isEqualTo(ReferralOutcome.DECLINED);
		Referral accepted = offered().moveTo(ReferralStatus.ACCEPTED, null, LATER);
		assertThat(accepted.moveTo(ReferralStatus.CLOSED, null, LATER).outcome())
			.isEqualTo(ReferralOutcome.NOT_CONNECTED);
		assertThat(accepted.moveTo(ReferralStatus.CLOSED, ReferralOutcome.DECLINED, LATER).outcome())
			.isEqualTo(ReferralOutcome.DECLINED);
		assertThatThrownBy(() -> accepted.moveTo(ReferralStatus.CLOSED, ReferralOutcome.CONNECTED, LATER))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("not CONNECTED");
	}

	@Test
	void anOutcomeBelongsOnlyToClosing() {
		assertThatThrownBy(() -> offered().moveTo(ReferralStatus.ACCEPTED, ReferralOutcome.CONNECTED, LATER))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void leavesTheWorklistOnceConnected() {
		Referral due = offered().moveTo(ReferralStatus.ACCEPTED, null, LATER).markedDue(LATER);
		assertThat(due.followUpDue()).isTrue();
		assertThat(due.moveTo(ReferralStatus.CONNECTED, null, LATER).followUpDue()).isFalse();
		Referral closed = offered().markedDue(LATER).closedUnconnected(LATER);
		assertThat(closed.followUpDue()).isFalse();
		assertThat(closed.outcome()).isEqualTo(ReferralOutcome.NOT_CONNECTED);
	}

	private static Referral offered() {
		return new Referral("R-1", "CHK-1", "CASE-1", "S-1", ReferralKind.THERAPY, "THERAPY-REFERRAL", "MAIN",
				ReferralStatus.OFFERED, null, MADE, MADE, MADE.plus(Duration.ofDays(7)), MADE.plus(Duration.ofDays(21)),
				false, null);
	}

}
