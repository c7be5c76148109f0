package org.peersupport.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key the tokens are signed with. Kept in the data directory when there is one,
 * so tokens and page sessions signed before a restart stay valid after it; without one, a
 * new key each start.
 */
final class SigningKey {

	static final String FILE_NAME = "identity-signing-key.json";

	private SigningKey() {
	}

	static RSAKey load(Path dataDir) {
		if (dataDir == null) {
			return generate();
		}
		Path file = dataDir.resolve(FILE_NAME);
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			RSAKey key = generate();
			write(file, key);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not keep the identity signing key in " + file, ex);
		}
	}

	private static RSAKey read(Path file) throws IOException {
		try {
			return JWK.parse(Files.readString(file, StandardCharsets.UTF_8)).toRSAKey();
		}
		catch (ParseException | ClassCastException ex) {
			throw new IllegalStateException(file + " is not an RSA key in JWK form; delete it to make a new one", ex);
		}
	}

	/**
	 * Written to a temporary file and moved, so a crash never leaves half a key behind.
	 */
	private static void write(Path file, RSAKey key) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
		try {
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				// A private key: readable by its owner only.
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("could not generate an RSA key", ex);
		}
	}

}
