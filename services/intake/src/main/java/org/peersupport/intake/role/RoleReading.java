package org.peersupport.intake.role;

import org.peersupport.contracts.events.InvolvementRole;

/**
 * How a role text was understood. Only the vocabulary's own word is ever quoted back,
 * never the sender's text: a role field can hold more than a role.
 *
 * @param role the platform's role
 * @param how how the text led to it
 * @param word the vocabulary word that decided it; null when none did
 */
public record RoleReading(InvolvementRole role, How how, String word) {

	/** How a text led to its role. */
	public enum How {

		/** The text is the role's own name ({@code primary}, {@code Witness}). */
		OWN_NAME,
		/** The whole text is a word or phrase of the vocabulary ({@code prescriber}). */
		PHRASE,
		/**
		 * A word or phrase of the vocabulary within a longer text ({@code nurse} in
		 * {@code Charge Nurse!!}).
		 */
		WITHIN,
		/** Nothing in the text is in the vocabulary: OTHER. */
		UNKNOWN,
		/** No text was given: OTHER. */
		ABSENT

	}

	/** Whether the text named something the vocabulary knows. */
	public boolean known() {
		return this.how == How.OWN_NAME || this.how == How.PHRASE || this.how == How.WITHIN;
	}

	/**
	 * What the sender should know about how the field was read, starting with its path;
	 * null when the text was the role's own name.
	 * @param path where the text was ({@code involved[1].role})
	 * @param what what kind of text it is, for the unknown case ({@code role})
	 */
	public String note(String path, String what) {
		return switch (this.how) {
			case OWN_NAME -> null;
			case PHRASE -> path + ": \"" + this.word + "\" taken as " + this.role;
			case WITHIN -> path + ": taken as " + this.role + ", for the word \"" + this.word + "\"";
			case UNKNOWN -> path + ": not a known " + what + ", taken as " + this.role;
			case ABSENT -> path + ": not given, taken as " + this.role;
		};
	}

}
