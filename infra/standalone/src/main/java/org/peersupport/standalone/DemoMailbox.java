package org.peersupport.standalone;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;

import org.peersupport.standalone.logging.DemoLoggers;

/**
 * The demo's mail server: a real SMTP server (GreenMail) on the loopback interface that
 * matching sends supporter e-mails to, with IMAP to read them in a mail client. Each
 * delivered e-mail is logged with the supporter's portal link, so the demo can be
 * followed from the console. Staff names and addresses appear in that log; patient data
 * never reaches matching, so it cannot.
 */
public final class DemoMailbox implements AutoCloseable {

	private static final Logger log = DemoLoggers.of(DemoMailbox.class);

	private static final Pattern PORTAL_LINK = Pattern.compile("(https?://\\S+/portal/\\S+)");

	private static final String HOST = "127.0.0.1";

	private final GreenMail mail;

	private final int smtpPort;

	private final int imapPort;

	private final ScheduledExecutorService reader;

	private int logged;

	private DemoMailbox(int smtpPort, int imapPort) {
		this.smtpPort = smtpPort;
		this.imapPort = imapPort;
		this.mail = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP) });
		this.mail.start();
		this.reader = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "demo-mailbox");
			thread.setDaemon(true);
			return thread;
		});
		this.reader.scheduleWithFixedDelay(this::logNewMail, 1, 1, TimeUnit.SECONDS);
	}

	/** Starts SMTP and IMAP on the loopback interface. */
	public static DemoMailbox start(int smtpPort, int imapPort) {
		DemoMailbox mailbox = new DemoMailbox(smtpPort, imapPort);
		log.info("Demo mail server: SMTP {}:{}, IMAP {}:{} (log in with the supporter's e-mail address as both "
				+ "user name and password)", HOST, smtpPort, HOST, imapPort);
		return mailbox;
	}

	/** The settings that point matching at this server. */
	List<String> serviceArguments() {
		// GreenMail's own INFO lines name each new mailbox ("Created user login ..."):
		// only this class's lines, under the demo's logger names, are the stand-in's.
		return List.of("--peersupport.mail.host=" + HOST, "--peersupport.mail.port=" + this.smtpPort,
				"--logging.level.com.icegreen.greenmail=WARN");
	}

	int smtpPort() {
		return this.smtpPort;
	}

	int imapPort() {
		return this.imapPort;
	}

	/** Every e-mail delivered so far. */
	public List<MimeMessage> received() {
		return List.of(this.mail.getReceivedMessages());
	}

	private synchronized void logNewMail() {
		MimeMessage[] messages = this.mail.getReceivedMessages();
		for (; this.logged < messages.length; this.logged++) {
			try {
				MimeMessage message = messages[this.logged];
				Matcher portal = PORTAL_LINK.matcher(String.valueOf(message.getContent()));
				log.info("E-mail to {}: \"{}\"; their page: {}", message.getAllRecipients()[0], message.getSubject(),
						portal.find() ? portal.group(1) : "(no link)");
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				log.warn("Could not read a demo e-mail: {}", ex.toString());
			}
		}
	}

	@Override
	public void close() {
		this.reader.shutdownNow();
		this.mail.stop();
	}

}
