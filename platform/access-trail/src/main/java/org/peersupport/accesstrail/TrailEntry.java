package org.peersupport.accesstrail;

/**
 * An entry as stored: its place in the chain, the entry, the keyed digest that stands for
 * its identifiable values, and the hashes that chain it.
 *
 * @param seq its place in the chain (1, 2, ...)
 * @param service the service that recorded it
 * @param entry what was recorded
 * @param identityDigest the keyed digest of the identifiable values as first recorded
 * @param pseudonymized whether the identifiable values were since replaced by pseudonyms
 * @param previousHash the hash of the entry before it ({@link EntryHashing#GENESIS} for
 * the first)
 * @param entryHash SHA-256 over the previous hash and this entry's content
 */
public record TrailEntry(long seq, String service, AccessEntry entry, String identityDigest, boolean pseudonymized,
		String previousHash, String entryHash) {

	/**
	 * The hash this entry's content and predecessor give, to compare with the stored one.
	 */
	public String expectedHash() {
		return EntryHashing.entryHash(this.previousHash, this.seq, this.service, this.entry, this.identityDigest);
	}

}
