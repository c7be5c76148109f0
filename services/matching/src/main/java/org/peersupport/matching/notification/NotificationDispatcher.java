package org.peersupport.matching.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.matching.checkin.CaseContext;
import org.peersupport.matching.checkin.FollowUp;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.notification.EmailComposer.OfferLinks;
import org.peersupport.matching.notification.EmailComposer.Person;
import org.peersupport.matching.offer.Offer;
import org.peersupport.matching.offer.OfferRepository;
import org.peersupport.matching.offer.OfferStatus;
import org.peersupport.matching.portal.LinkAction;
import org.peersupport.matching.portal.SupporterLinks;
import org.peersupport.matching.portal.SupporterLinks.SignedLink;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending e-mails from the database. It runs on its own thread, so a slow or dead
 * SMTP server never delays the outbox relay or the Kafka consumers. A failed e-mail stays
 * pending and is tried again later, with a growing wait, for as long as it takes.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private final SupporterNotificationRepository notifications;

	private final OfferRepository offers;

	private final StaffMemberRepository staff;

	private final CaseContext cases;

	private final SupporterLinks links;

	private final EmailChannel channel;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	private final DebriefMeetings meetings;

	private final Contacts contacts;

	private volatile ScheduledExecutorService executor;

	NotificationDispatcher(SupporterNotificationRepository notifications, OfferRepository offers,
			StaffMemberRepository staff, CaseContext cases, SupporterLinks links, EmailChannel channel,
			NotificationProperties properties, TransactionTemplate transactions, java.time.Clock clock,
			DebriefMeetings meetings, Contacts contacts) {
		this.contacts = contacts;
		this.notifications = notifications;
		this.offers = offers;
		this.staff = staff;
		this.cases = cases;
		this.links = links;
		this.channel = channel;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.meetings = meetings;
	}

	/** What became of one e-mail. */
	private enum Delivery {

		DONE, RETRY_LATER, CIRCUIT_OPEN

	}

	/**
	 * Claims and sends one batch of due e-mails.
	 * @return whether the batch was full and went through, so more may be waiting
	 */
	boolean dispatchDue() {
		Boolean more = this.transactions.execute((status) -> {
			List<SupporterNotification> due = this.notifications.claimDue(this.clock.instant(),
					this.properties.batchSize());
			for (SupporterNotification notification : due) {
				if (deliver(notification) == Delivery.CIRCUIT_OPEN) {
					// The rest stay pending; the breaker says when to try again.
					return false;
				}
			}
			return due.size() == this.properties.batchSize();
		});
		return Boolean.TRUE.equals(more);
	}

	private Delivery deliver(SupporterNotification notification) {
		Instant now = this.clock.instant();
		Optional<String> stale = notification.kind().aboutDebrief() ? staleDebrief(notification)
				: staleOffer(notification);
		if (stale.isPresent()) {
			this.notifications.update(notification.closed(NotificationStatus.SKIPPED, stale.get()));
			return Delivery.DONE;
		}
		Optional<StaffMember> supporter = this.staff.findById(notification.supporterId());
		// Opened here, at the point of use: empty too once their key is destroyed (they
		// left).
		Optional<String> address = supporter.flatMap(this.contacts::email);
		if (address.isEmpty()) {
			log.warn("Notification {} cannot be sent: its supporter has no e-mail address", notification.id());
			this.notifications.update(notification.closed(NotificationStatus.UNDELIVERABLE, "no e-mail address"));
			return Delivery.DONE;
		}
		try {
			this.channel.send(compose(notification, supporter.get(), address.get()));
		}
		catch (CallNotPermittedException ex) {
			this.notifications
				.update(notification.retryAfter(this.properties.retryInitial(), false, "circuit breaker open", now));
			return Delivery.CIRCUIT_OPEN;
		}
		catch (RuntimeException ex) {
			// Mail failures mostly; anything else is retried the same way, so one bad row
			// can
			// never roll back and block the batch.
			int attempt = notification.attempts() + 1;
			SupporterNotification later = notification.retryAfter(this.properties.backoff(attempt), true, summary(ex),
					now);
			this.notifications.update(later);
			// The exception's class only: a mail server's message quotes the address.
			log.warn("E-mail {} failed (attempt {}); trying again at {}: {}", notification.id(), attempt,
					later.nextAttemptAt(), ex.getClass().getSimpleName());
			return Delivery.RETRY_LATER;
		}
		this.notifications.update(notification.sent(this.clock.instant()));
		log.info("E-mailed notification {} ({}, offer {}, debrief {})", notification.id(), notification.kind(),
				notification.offerId(), notification.debriefId());
		return Delivery.DONE;
	}

	/** Why an offer's e-mail is no longer needed: the offer was answered or is gone. */
	private Optional<String> staleOffer(SupporterNotification notification) {
		Optional<Offer> offer = this.offers.findById(notification.offerId());
		OfferStatus needed = (notification.kind() == NotificationKind.OFFER) ? OfferStatus.OFFERED
				: OfferStatus.ACCEPTED;
		return (offer.isPresent() && offer.get().status() == needed) ? Optional.empty()
				: Optional.of("offer is " + offer.map((o) -> o.status().name()).orElse("unknown"));
	}

	private Optional<String> staleDebrief(SupporterNotification notification) {
		return this.meetings.meeting(notification.debriefId()).isPresent() ? Optional.empty()
				: Optional.of("debrief is no longer staffed");
	}

	private SupporterEmail compose(SupporterNotification notification, StaffMember supporter, String address) {
		Person to = new Person(this.contacts.name(supporter).orElse("colleague"), address);
		if (notification.kind().aboutDebrief()) {
			DebriefMeetings.Meeting meeting = this.meetings.meeting(notification.debriefId()).orElseThrow();
			return (notification.kind() == NotificationKind.DEBRIEF_INVITATION)
					? EmailComposer.debriefInvitation(to, meeting)
					: EmailComposer.debriefFacilitation(to, meeting, notification.debriefId().toString());
		}
		Offer offer = this.offers.findById(notification.offerId()).orElseThrow();
		Person colleague = this.staff.findById(notification.staffId())
			.map((c) -> new Person(this.contacts.name(c).orElse("your colleague"), this.contacts.email(c).orElse(null)))
			.orElse(new Person("your colleague", null));
		String portal = this.links.portal(supporter.staffId());
		if (notification.kind() == NotificationKind.OFFER) {
			SignedLink accept = this.links.offer(offer.id(), LinkAction.ACCEPT, offer.expiresAt());
			SignedLink decline = this.links.offer(offer.id(), LinkAction.DECLINE, offer.expiresAt());
			return EmailComposer.offer(to, colleague,
					new OfferLinks(accept.url(), decline.url(), accept.expires(), portal));
		}
		Instant dueAt = this.cases.followUp(notification.followUpId())
			.map(FollowUp::dueAt)
			.orElse(this.clock.instant());
		return EmailComposer.followUp(to, colleague, dueAt, portal);
	}

	private static String summary(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		String text = root.getClass().getSimpleName() + ": " + root.getMessage();
		return (text.length() > 300) ? text.substring(0, 300) : text;
	}

	private void poll() {
		try {
			while (dispatchDue()) {
				// a full batch: more may be waiting
			}
		}
		catch (RuntimeException ex) {
			// The database may be briefly away; the next poll tries again.
			log.warn("Sending supporter e-mails failed; retrying at the next poll: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "supporter-email");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.pollInterval().toMillis();
		started.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
