package org.peersupport.identity;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DemoDirectory} held in memory. Safe to add to while the server answers
 * sign-ins: the standalone adds staff as directory events arrive.
 */
public final class InMemoryDemoDirectory implements DemoDirectory {

	private final Set<String> staffIds = ConcurrentHashMap.newKeySet();

	InMemoryDemoDirectory() {
	}

	/** Lets this member of staff sign in from now on. */
	public InMemoryDemoDirectory add(String staffId) {
		if (staffId != null && !staffId.isBlank()) {
			this.staffIds.add(staffId.trim());
		}
		return this;
	}

	/** Someone the directory forgot (they left or were erased) can no longer sign in. */
	public InMemoryDemoDirectory remove(String staffId) {
		if (staffId != null) {
			this.staffIds.remove(staffId.trim());
		}
		return this;
	}

	@Override
	public boolean knows(String staffId) {
		return staffId != null && this.staffIds.contains(staffId);
	}

}
