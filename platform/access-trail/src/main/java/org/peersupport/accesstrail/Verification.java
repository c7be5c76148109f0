package org.peersupport.accesstrail;

import java.util.List;

/**
 * What checking the chain found.
 *
 * @param intact whether every entry is as it was recorded
 * @param entries how many entries were checked
 * @param firstSeq the first entry's place (null when the trail is empty)
 * @param anchor the hash the first entry follows ({@link EntryHashing#GENESIS} unless
 * earlier entries were removed by retention)
 * @param headSeq the last entry's place
 * @param headHash the last entry's hash: an auditor who keeps it can later tell that
 * nothing up to it was rewritten, even by someone who recomputed every hash after it
 * @param breaks the entries that break the chain, each with why (the first 100)
 */
public record Verification(boolean intact, long entries, Long firstSeq, String anchor, Long headSeq, String headHash,
		List<Break> breaks) {

	/**
	 * An entry that breaks the chain.
	 *
	 * @param seq the entry's place
	 * @param reason what does not hold
	 */
	public record Break(long seq, String reason) {
	}

}
