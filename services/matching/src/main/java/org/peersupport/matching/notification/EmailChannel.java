package org.peersupport.matching.notification;

import java.nio.charset.StandardCharsets;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP behind the {@code email} retry and circuit breaker (configured
 * under {@code resilience4j.retry.instances.email} and
 * {@code resilience4j.circuitbreaker.instances.email}). The retry covers a blip; the
 * breaker stops hammering a server that is down, and the dispatcher tries again later
 * from the database.
 */
@Component
class EmailChannel {

	static final String INSTANCE = "email";

	private final JavaMailSender mail;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final String from;

	EmailChannel(JavaMailSender mail, CircuitBreakerRegistry breakers, RetryRegistry retries,
			NotificationProperties properties) {
		this.mail = mail;
		this.breaker = breakers.circuitBreaker(INSTANCE);
		this.retry = retries.retry(INSTANCE);
		this.from = properties.from();
	}

	/**
	 * @throws org.springframework.mail.MailException when the e-mail could not be sent
	 * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException while the
	 * breaker is open
	 */
	void send(SupporterEmail email) {
		MimeMessage message = prepare(email);
		Runnable attempt = CircuitBreaker.decorateRunnable(this.breaker, () -> this.mail.send(message));
		Retry.decorateRunnable(this.retry, attempt).run();
	}

	private MimeMessage prepare(SupporterEmail email) {
		try {
			MimeMessage message = this.mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), false);
			return message;
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("could not prepare the e-mail", ex);
		}
	}

}
