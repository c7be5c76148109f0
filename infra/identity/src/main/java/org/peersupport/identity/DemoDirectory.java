package org.peersupport.identity;

/**
 * The staff the demo identity provider lets sign in besides its fixed demo accounts: in
 * the standalone, everyone the directory topic has announced, so any member of staff a
 * demo report names can also sign in (user name = staff id, password {@code demo}).
 */
@FunctionalInterface
public interface DemoDirectory {

	/** Whether this staff id is a member of staff. */
	boolean knows(String staffId);

	/** A directory of these staff ids, to which more can be added. */
	static InMemoryDemoDirectory of(String... staffIds) {
		InMemoryDemoDirectory directory = new InMemoryDemoDirectory();
		for (String staffId : staffIds) {
			directory.add(staffId);
		}
		return directory;
	}

}
