package org.peersupport.matching.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.notification.EmailComposer.OfferLinks;
import org.peersupport.matching.notification.EmailComposer.Person;

import static org.assertj.core.api.Assertions.assertThat;

class EmailComposerTests {

	private static final Person PAT = new Person("Pat Peer", "pat@hospital.test");

	private static final Person DANA = new Person("Dana Reyes", "dana@hospital.test");

	@Test
	void anOfferNamesTheColleagueAndHowToReachThemWithBothLinksAndThePortal() {
		SupporterEmail email = EmailComposer.offer(PAT, DANA, new OfferLinks("https://x/offers/1/accept?s=a",
				"https://x/offers/1/decline?s=d", Instant.parse("2026-11-24T14:00:00Z"), "https://x/portal/P-1"));
		assertThat(email.to()).isEqualTo("pat@hospital.test");
		assertThat(email.subject()).isEqualTo("A colleague could use a check-in");
		assertThat(email.text()).contains("Hello Pat Peer", "Dana Reyes", "dana@hospital.test",
				"Accept:  https://x/offers/1/accept?s=a", "Decline: https://x/offers/1/decline?s=d",
				"Tue 24 Nov 2026, 14:00 UTC", "https://x/portal/P-1", "sign in with your hospital account", "988",
				"1-888-409-0141");
	}

	@Test
	void aFollowUpNamesTheColleagueAndTheDueDateOnly() {
		SupporterEmail email = EmailComposer.followUp(PAT, new Person("Dana Reyes", null),
				Instant.parse("2026-11-25T09:30:00Z"), "https://x/portal/P-1");
		assertThat(email.subject()).isEqualTo("A follow-up check-in is due");
		assertThat(email.text()).contains("Dana Reyes", "(no e-mail address on file)", "Wed 25 Nov 2026, 09:30 UTC",
				"https://x/portal/P-1", "sign in with your hospital");
	}

	@Test
	void backoffDoublesFromTheFirstWaitUpToTheLongest() {
		NotificationProperties properties = new NotificationProperties("x <x@y>", Duration.ofSeconds(2), 20,
				Duration.ofSeconds(30), Duration.ofMinutes(5));
		assertThat(properties.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.backoff(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.backoff(4)).isEqualTo(Duration.ofSeconds(240));
		assertThat(properties.backoff(5)).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.backoff(500)).isEqualTo(Duration.ofMinutes(5));
	}

}
