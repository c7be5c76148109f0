package org.peersupport.outreach.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.peersupport.outreach.clinician.Channel;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation wording per facility and channel: the facility's own, else the
 * administrator's default, else the built-in text. The built-in text says what the best
 * programs say: we reach out to everyone involved in events like this, as routine. It
 * says nothing about the event.
 */
@Service
public class InvitationTemplates {

	private static final String DEFAULT = "";

	private static final Map<Channel, InvitationTemplate> BUILT_IN = Map.of(Channel.EMAIL,
			new InvitationTemplate(null, Channel.EMAIL, "Checking in with you", """
					Dear {{name}},

					After events like the one you were part of recently, we reach out to everyone involved. \
					It is routine: we do it for every colleague, every time, and it says nothing about \
					how anyone performed.

					A trained peer from {{programName}} would be glad to talk with you, in confidence. \
					Nothing is written in your file, and "no thanks" is always a fine answer.

					If you would like to talk, just reply to this message.

					{{programName}}
					"""), Channel.SMS,
			new InvitationTemplate(null, Channel.SMS, "Checking in",
					"Hi {{name}}, {{programName}} here. We reach out to everyone involved in events like this, "
							+ "as routine. A peer is happy to talk, in confidence. Reply YES to talk, or ignore this."),
			Channel.PHONE,
			new InvitationTemplate(null, Channel.PHONE, "Routine check-in call",
					"Hello {{name}}, I am calling from {{programName}}. We call everyone involved in events like "
							+ "this one, as routine. Would you like to talk for a few minutes, now or later? "
							+ "No is a fine answer."));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	InvitationTemplates(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public InvitationTemplate forFacility(String facility, Channel channel) {
		return find(key(facility), channel).or(() -> find(DEFAULT, channel)).orElse(BUILT_IN.get(channel));
	}

	/** Replaces a template after validating it; an invalid one changes nothing. */
	@Transactional
	public InvitationTemplate replace(String facility, Channel channel, String subject, String body, String actor) {
		InvitationWording.validate(subject, body);
		this.jdbc.update("""
				INSERT INTO invitation_template (facility, channel, subject, body, changed_by, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (facility, channel) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body,
				    changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
				""", key(facility), channel.name(), subject, body, actor, Timestamp.from(this.clock.instant()));
		return new InvitationTemplate(facility, channel, subject, body);
	}

	private Optional<InvitationTemplate> find(String facility, Channel channel) {
		return this.jdbc
			.query("SELECT subject, body FROM invitation_template WHERE facility = ? AND channel = ?",
					(rs, i) -> new InvitationTemplate(facility.isEmpty() ? null : facility, channel, rs.getString(1),
							rs.getString(2)),
					facility, channel.name())
			.stream()
			.findFirst();
	}

	private static String key(String facility) {
		return (facility == null) ? DEFAULT : facility.trim();
	}

}
