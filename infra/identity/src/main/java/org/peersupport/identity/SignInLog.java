package org.peersupport.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * One log line per sign-in at the login form, never with the password. A staff id is a
 * person's, so it is logged as the same short pseudonym the services log for a page
 * sign-in's subject (platform/security {@code PageSignIn}), and the two lines can be
 * matched; the accounts that are not a member of staff (admin, director, operator) are
 * named. A failed attempt's user name is always a pseudonym: people type passwords there.
 */
final class SignInLog {

	private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

	private final DemoUsers users;

	SignInLog(DemoUsers users) {
		this.users = users;
	}

	AuthenticationSuccessHandler succeeded() {
		SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			String name = authentication.getName();
			boolean staff = this.users.find(name).map((account) -> account.staffId() != null).orElse(true);
			log.info("sign-in succeeded for {}", staff ? "subject " + pseudonym(name) : "demo account " + name);
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failed() {
		SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			String name = request.getParameter("username");
			log.warn("sign-in failed for subject {}: {}", (name != null) ? pseudonym(name) : "(none)",
					exception.getClass().getSimpleName());
			next.onAuthenticationFailure(request, response, exception);
		};
	}

	/**
	 * The first six bytes of the name's SHA-256, in hex, as {@code PageSignIn} has it.
	 */
	static String pseudonym(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
