package org.peersupport.intake.role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.contracts.events.InvolvementRole;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one mapping from a hospital's words for how someone took part (the native form's
 * {@code involved[].role}, FHIR's {@code participant.function}) to the platform's
 * {@link InvolvementRole}. A report is never refused for its role: a text the vocabulary
 * does not know is OTHER, and that person is still offered support. Only the mapped role
 * is stored and published, never the text.
 */
@Component
@EnableConfigurationProperties(RoleWords.class)
public class RoleVocabulary {

	/**
	 * When a longer text holds words of several roles, the most specific wins: words of
	 * involvement ("administering", "witnessing") say more than the professions, which
	 * map to PARTICIPANT ("administering nurse", "nurse witness").
	 */
	private static final List<InvolvementRole> PRECEDENCE = List.of(InvolvementRole.PRIMARY, InvolvementRole.WITNESS,
			InvolvementRole.REPORTER, InvolvementRole.PARTICIPANT, InvolvementRole.OTHER);

	/** Longer texts are read up to here: a role is a few words. */
	static final int MAX_READ = 200;

	/**
	 * Normalized word or phrase → role: the hospital's meaning first, then the built-in
	 * one; within one list, a word given two roles keeps the first in precedence.
	 */
	private final Map<String, InvolvementRole> words = new LinkedHashMap<>();

	/** The built-in words, with the hospital's own words winning over them. */
	public RoleVocabulary(RoleWords hospital) {
		add(hospital);
		add(RoleWords.BUILT_IN);
	}

	private void add(RoleWords words) {
		Map<InvolvementRole, List<String>> byRole = words.byRole();
		for (InvolvementRole role : PRECEDENCE) {
			for (String word : byRole.getOrDefault(role, List.of())) {
				String key = normalized(word);
				if (!key.isEmpty()) {
					this.words.putIfAbsent(key, role);
				}
			}
		}
	}

	/** The role a text names; OTHER when it names none. */
	public RoleReading read(String text) {
		String key = normalized(text);
		if (key.isEmpty()) {
			return new RoleReading(InvolvementRole.OTHER, RoleReading.How.ABSENT, null);
		}
		InvolvementRole whole = this.words.get(key);
		if (whole != null) {
			boolean ownName = key.equals(normalized(whole.name()));
			return new RoleReading(whole, ownName ? RoleReading.How.OWN_NAME : RoleReading.How.PHRASE, key);
		}
		return within(key);
	}

	/** The most specific word or phrase of the vocabulary that the text holds whole. */
	private RoleReading within(String key) {
		String padded = " " + key + " ";
		String best = null;
		for (Map.Entry<String, InvolvementRole> word : this.words.entrySet()) {
			if (padded.contains(" " + word.getKey() + " ") && (best == null || moreSpecific(word, best))) {
				best = word.getKey();
			}
		}
		return (best != null) ? new RoleReading(this.words.get(best), RoleReading.How.WITHIN, best)
				: new RoleReading(InvolvementRole.OTHER, RoleReading.How.UNKNOWN, null);
	}

	private boolean moreSpecific(Map.Entry<String, InvolvementRole> word, String best) {
		int rank = PRECEDENCE.indexOf(word.getValue());
		int bestRank = PRECEDENCE.indexOf(this.words.get(best));
		return rank < bestRank || (rank == bestRank && word.getKey().length() > best.length());
	}

	/**
	 * Lower case, every run of characters that are not letters or digits one space
	 * ({@code Charge-Nurse!!} is {@code charge nurse}), at most {@value #MAX_READ}
	 * characters read.
	 */
	static String normalized(String text) {
		if (text == null) {
			return "";
		}
		String head = (text.length() > MAX_READ) ? text.substring(0, MAX_READ) : text;
		return head.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
