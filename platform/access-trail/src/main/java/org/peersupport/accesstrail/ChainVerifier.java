package org.peersupport.accesstrail;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the trail in order and names every entry that breaks the chain: one whose content
 * no longer gives its hash (altered), one that does not follow the entry before it (an
 * entry before it altered with its hash recomputed, or removed), a gap in the places
 * (removed), or clear identifiable values that no longer give their digest (altered; not
 * checkable once pseudonymized). After a break it carries on from the stored hash, so one
 * altered entry is reported once, not with every entry after it.
 */
final class ChainVerifier {

	private static final int MAX_BREAKS = 100;

	private final TrailRows rows;

	private final EntryHashing hashing;

	ChainVerifier(TrailRows rows, EntryHashing hashing) {
		this.rows = rows;
		this.hashing = hashing;
	}

	Verification verify() {
		Walk walk = new Walk();
		this.rows.each(walk::visit);
		return new Verification(walk.breaks.isEmpty(), walk.entries, walk.firstSeq, walk.anchor,
				(walk.previous != null) ? walk.previous.seq() : null,
				(walk.previous != null) ? walk.previous.entryHash() : null, List.copyOf(walk.breaks));
	}

	private final class Walk {

		private final List<Verification.Break> breaks = new ArrayList<>();

		private long entries;

		private Long firstSeq;

		private String anchor;

		private TrailEntry previous;

		void visit(TrailEntry entry) {
			this.entries++;
			if (this.previous == null) {
				this.firstSeq = entry.seq();
				this.anchor = entry.previousHash();
			}
			else if (entry.seq() != this.previous.seq() + 1) {
				broken(entry, "entries " + (this.previous.seq() + 1) + " to " + (entry.seq() - 1) + " are missing");
			}
			else if (!entry.previousHash().equals(this.previous.entryHash())) {
				broken(entry, "does not follow entry " + this.previous.seq()
						+ ": that entry was altered and its hash recomputed, or replaced");
			}
			if (!entry.entryHash().equals(entry.expectedHash())) {
				broken(entry, "its content does not give its hash: the entry was altered");
			}
			else if (!entry.pseudonymized()
					&& !entry.identityDigest().equals(ChainVerifier.this.hashing.identityDigest(entry.entry()))) {
				broken(entry, "its subject, staff id, resource id or client address does not give its digest: "
						+ "the entry was altered");
			}
			this.previous = entry;
		}

		private void broken(TrailEntry entry, String reason) {
			if (this.breaks.size() < MAX_BREAKS) {
				this.breaks.add(new Verification.Break(entry.seq(), reason));
			}
		}

	}

}
