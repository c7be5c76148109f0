package org.peersupport.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.peersupport.security.LogPseudonyms;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * One log line per sign-in at the login form, never with the password. A staff id is a
 * person's, so it is logged as the same keyed pseudonym the services log for a page
 * sign-in's subject ({@link LogPseudonyms}), and the two lines can be matched; the
 * accounts that are not a member of staff (admin, director, operator) are named. A failed
 * attempt's user name is always a pseudonym: people type passwords there.
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
			log.info("sign-in succeeded for {}", staff ? "subject " + LogPseudonyms.of(name) : "demo account " + name);
			next.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failed() {
		SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			String name = request.getParameter("username");
			log.warn("sign-in failed for subject {}: {}", (name != null) ? LogPseudonyms.of(name) : "(none)",
					exception.getClass().getSimpleName());
			next.onAuthenticationFailure(request, response, exception);
		};
	}

}
