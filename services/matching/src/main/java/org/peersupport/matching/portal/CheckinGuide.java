package org.peersupport.matching.portal;

import java.util.List;

/**
 * The five steps of a peer check-in, with questions a supporter can borrow. They are
 * invitations, not a script: the colleague leads.
 */
final class CheckinGuide {

	/**
	 * One step.
	 *
	 * @param number 1 to 5
	 * @param title what the step is
	 * @param purpose what it is for and how to go about it
	 * @param questions suggested words
	 */
	record Step(int number, String title, String purpose, List<String> questions) {
	}

	static final List<Step> STEPS = List.of(new Step(1, "Connect",
			"Reach out soon, by phone or in person if you can; a short message to find a time is fine. Introduce "
					+ "yourself as a peer, not as a manager or an investigator. Say that it is routine, that it is "
					+ "confidential, and that no notes are kept.",
			List.of("Hi, I'm calling from the peer support program. We reach out to everyone after a difficult "
					+ "event at work. Is now a good time to talk for a few minutes?",
					"This is just between us, and nothing goes in your file. Would now or later today suit you better?",
					"I've had hard days at work too. How are you doing?")),
			new Step(2, "Elicit the story and offer empathy",
					"Invite the story, don't investigate it. Listen more than you speak. Reactions like guilt, "
							+ "anger, numbness or going over it again and again are normal after an event like this; "
							+ "say so. Avoid judging, and avoid easy reassurance.",
					List.of("Would you like to tell me what happened, from where you stood?",
							"What has been the hardest part for you?",
							"That sounds really hard. Many of us have felt exactly that after something like this.",
							"What went through your mind at the time, and since?")),
			new Step(3, "Assess impact, including crisis",
					"Ask gently about sleep, concentration, work and home, and ask directly about safety: asking "
							+ "does not put the idea in anyone's head. If you are worried about their safety, stay with "
							+ "them and use the crisis resources on this page now.",
					List.of("How have you been sleeping since it happened?",
							"Do you find it coming back to you when you don't want it to?",
							"How are things at home? And how does going back to work feel?",
							"Is anything else weighing on you, such as a review, legal worries, or what colleagues think?",
							"Sometimes after an event like this, people have thoughts of harming themselves, or feel "
									+ "that life isn't worth living. Have you had thoughts like that?")),
			new Step(4, "Intervene and refer",
					"Recognise what is already helping, share what the program offers, and offer a referral when a "
							+ "peer is not enough. Ask before you record that you offered one.",
					List.of("What has helped you get through hard times before?",
							"Would it help to talk with the employee assistance program, or a counsellor who works with "
									+ "clinicians?",
							"Would you like help with questions about the legal side, talking with the family, or "
									+ "spiritual care?",
							"May I note that I offered this, so the program can check it worked out? Only the kind of "
									+ "help is recorded, never what you told me.")),
			new Step(5, "Follow up",
					"Agree on the next contact before you say goodbye. Meetings and reviews about the event can "
							+ "reopen it; offer to be in touch around them.",
					List.of("Would it be all right if I checked in again in a few days?",
							"Reviews or meetings about the event can bring it all back. Would you like me to get in "
									+ "touch around then?",
							"You can reach me any time. You are not alone in this.")));

	private CheckinGuide() {
	}

}
