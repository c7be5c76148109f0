package org.peersupport.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The demo accounts: a fixed list, one per platform role and a few clinicians, then any
 * staff id the directory knows. Every password is {@code demo}.
 */
final class DemoUsers implements UserDetailsService {

	/** Stored as is ({@code {noop}}): it is the same well-known demo password for all. */
	static final String PASSWORD = "{noop}demo";

	static final Map<String, DemoAccount> FIXED = fixed();

	private final DemoDirectory directory;

	DemoUsers(DemoDirectory directory) {
		this.directory = directory;
	}

	Optional<DemoAccount> find(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		DemoAccount fixed = FIXED.get(username);
		if (fixed != null) {
			return Optional.of(fixed);
		}
		return this.directory.knows(username) ? Optional.of(DemoAccount.staff(username)) : Optional.empty();
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// A new object every time: the authentication provider erases the password of the
		// one it is given, and a shared one would refuse the next sign-in.
		return find(username)
			.map((account) -> User.withUsername(account.username())
				.password(PASSWORD)
				.authorities(account.roles().stream().map((role) -> "ROLE_" + role).toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("no such demo user"));
	}

	private static Map<String, DemoAccount> fixed() {
		return Stream
			.of(new DemoAccount("admin", null, List.of("ADMINISTRATOR"), List.of()),
					new DemoAccount("director", null, List.of("DIRECTOR"), List.of()),
					new DemoAccount("lead-1", "LEAD-1", List.of("ON_CALL_LEAD"), List.of()),
					new DemoAccount("operator", null, List.of("OPERATOR"), List.of()), DemoAccount.staff("C-100"),
					DemoAccount.staff("C-101"), DemoAccount.staff("P-1"), DemoAccount.staff("P-2"),
					DemoAccount.staff("S-900"))
			.collect(Collectors.toUnmodifiableMap(DemoAccount::username, Function.identity()));
	}

}
