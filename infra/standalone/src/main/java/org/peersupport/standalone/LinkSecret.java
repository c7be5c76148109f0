package org.peersupport.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs the links in supporter e-mails, kept with the demo's data so that
 * links sent before a restart still work after it. Made once, readable by the owner only.
 */
final class LinkSecret {

	private static final String FILE = "link-secret";

	private LinkSecret() {
	}

	static String keptIn(Path dataDir) {
		Path file = dataDir.resolve(FILE);
		try {
			if (!Files.exists(file)) {
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.createDirectories(dataDir);
				Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(key),
						StandardCharsets.US_ASCII);
				ownerOnly(file);
			}
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the link secret in " + file, ex);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the data directory's own permissions
			// apply.
		}
	}

}
