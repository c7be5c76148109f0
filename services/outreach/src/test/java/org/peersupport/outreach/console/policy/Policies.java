package org.peersupport.outreach.console.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.peersupport.outreach.policy.OutreachPolicy;
import org.peersupport.outreach.policy.PolicyReader;

/** The built-in policy, as the console's tests start from it. */
final class Policies {

	private Policies() {
	}

	static String builtInJson() {
		try (InputStream in = Policies.class.getResourceAsStream("/outreach/default-policy.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static OutreachPolicy builtIn() {
		return PolicyReader.read(builtInJson()).policy();
	}

	/** The built-in policy with some text of its document replaced. */
	static OutreachPolicy builtInWith(UnaryOperator<String> edit) {
		return PolicyReader.read(edit.apply(builtInJson())).policy();
	}

}
