package org.peersupport.identity;

import java.util.List;

/**
 * Who a demo user is, as the tokens tell the services.
 *
 * @param username what they type to sign in; also the tokens' subject
 * @param staffId their staff id, or {@code null} for accounts that are not a member of
 * staff (administrator, director, operator)
 * @param roles the platform roles they hold ({@code roles} claim)
 * @param facilities the facilities they are limited to; empty for none
 */
record DemoAccount(String username, String staffId, List<String> roles, List<String> facilities) {

	DemoAccount {
		roles = List.copyOf(roles);
		facilities = List.copyOf(facilities);
	}

	static DemoAccount staff(String staffId) {
		return new DemoAccount(staffId, staffId, List.of(), List.of());
	}

}
