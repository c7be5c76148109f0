package org.peersupport.matching.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes supporter e-mails. Following the Stanford model they name the colleague and how
 * to reach them, and nothing else: no harm level, no category, no unit, no event or case
 * id. The supporter does not need to know what happened; the colleague decides what to
 * share. Nor does an e-mail sitting in an inbox then hold anything clinical.
 */
final class EmailComposer {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'",
			Locale.ENGLISH);

	private static final String SIGNATURE = """

			If you are ever worried about someone's safety, act at once: call or text 988 (Suicide & Crisis
			Lifeline); physicians can also call the Physician Support Line, 1-888-409-0141. In immediate
			danger, call your local emergency number.

			Thank you for being there for your colleagues.
			The Peer Support Program

			Please do not forward this e-mail: its accept and decline links act on your behalf.
			""";

	private static final String INVITATION_SIGNATURE = """

			If you are ever worried about your own or someone's safety, act at once: call or text 988
			(Suicide & Crisis Lifeline). In immediate danger, call your local emergency number.

			The Peer Support Program
			""";

	private EmailComposer() {
	}

	/**
	 * A person as the e-mail names them.
	 *
	 * @param name their name
	 * @param email their address, or null
	 */
	record Person(String name, String email) {
	}

	/**
	 * The signed links of an offer e-mail.
	 *
	 * @param accept the accept link
	 * @param decline the decline link
	 * @param expires when both stop working
	 * @param portal the supporter's portal (a plain address: it asks them to sign in)
	 */
	record OfferLinks(String accept, String decline, Instant expires, String portal) {
	}

	static SupporterEmail offer(Person supporter, Person colleague, OfferLinks links) {
		String text = """
				Hello %s,

				A colleague has been through a difficult event at work, and we would like to offer them a
				check-in with you. We reach out to everyone after events like this: it is routine, and it is
				not a judgement of anyone.

				Your colleague:
				  %s
				  %s

				You will not be told what happened, and you do not need to know: your colleague decides what,
				if anything, to share.

				Can you reach out to them soon?
				  Accept:  %s
				  Decline: %s
				Each link asks you to confirm. They work until %s.
				Declining is always fine: the program will ask another supporter.

				Your offers, your check-ins, the check-in guide and the outcome form are on your page
				(sign in with your hospital account):
				  %s
				""".formatted(supporter.name(), colleague.name(), contact(colleague), links.accept(), links.decline(),
				WHEN.format(links.expires().atOffset(ZoneOffset.UTC)), links.portal());
		return new SupporterEmail(supporter.email(), "A colleague could use a check-in", text + SIGNATURE);
	}

	static SupporterEmail followUp(Person supporter, Person colleague, Instant dueAt, String portal) {
		String text = """
				Hello %s,

				It is time for a follow-up check-in with the colleague you have been supporting:
				  %s
				  %s

				It is due by %s. A short message to say you are thinking of them counts.

				The check-in guide and the outcome form are on your page (sign in with your hospital
				account):
				  %s
				""".formatted(supporter.name(), colleague.name(), contact(colleague),
				WHEN.format(dueAt.atOffset(ZoneOffset.UTC)), portal);
		return new SupporterEmail(supporter.email(), "A follow-up check-in is due", text + SIGNATURE);
	}

	/**
	 * The invitation to a team debrief. It names nobody else (not the others invited, not
	 * the facilitators) and says nothing about what happened: only "your team", when and
	 * where.
	 */
	static SupporterEmail debriefInvitation(Person invited, DebriefMeetings.Meeting meeting) {
		String text = """
				Hello %s,

				Your team has been through a difficult time at work. As we do for every team after events
				like this, we are holding a team debrief: a confidential conversation, led by trained peer
				facilitators, about how everyone is doing. It is not a review and nothing said there is
				written down.

				  When:  %s
				  Where: %s

				Coming is entirely your choice. If you would rather talk one-to-one, the check-in we offer
				each of you still stands.
				""".formatted(invited.name(), WHEN.format(meeting.startsAt().atOffset(ZoneOffset.UTC)),
				meeting.where());
		return new SupporterEmail(invited.email(), "An invitation to a team debrief", text + INVITATION_SIGNATURE);
	}

	/**
	 * Tells a supporter they facilitate a team debrief: when, where and the reference to
	 * record its outcome under (an id that names nobody); no names.
	 */
	static SupporterEmail debriefFacilitation(Person facilitator, DebriefMeetings.Meeting meeting, String reference) {
		String text = """
				Hello %s,

				Thank you for facilitating a team debrief:

				  When:  %s
				  Where: %s
				  Reference: %s

				The team has been invited; you will not be told what happened or who was involved.
				Afterwards please record, under this reference, only whether it was held, how many came
				and the follow-up needs you noticed, as codes: no notes are kept. Your debriefs are also
				listed for you, signed in, at /api/v1/facilitators/<your staff id>/team-debriefs.
				""".formatted(facilitator.name(), WHEN.format(meeting.startsAt().atOffset(ZoneOffset.UTC)),
				meeting.where(), reference);
		return new SupporterEmail(facilitator.email(), "You are facilitating a team debrief", text + SIGNATURE);
	}

	private static String contact(Person colleague) {
		return (colleague.email() != null) ? colleague.email() : "(no e-mail address on file)";
	}

}
