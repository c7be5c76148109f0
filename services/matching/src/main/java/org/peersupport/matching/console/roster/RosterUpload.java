package org.peersupport.matching.console.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.peersupport.web.InvalidInputException;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads the roster file of the console's upload form (a multipart form, which the API's
 * input guard does not read) to the same text the API's body becomes: UTF-8, without a
 * byte-order mark, refused when it holds control characters or is larger than
 * {@link #MOST_BYTES}. Each refusal names the form's {@code file} field.
 */
final class RosterUpload {

	static final String FIELD = "file";

	static final int MOST_BYTES = 4 * 1024 * 1024;

	private RosterUpload() {
	}

	static Mono<String> read(ServerWebExchange exchange) {
		return exchange.getMultipartData()
			.flatMap((parts) -> Mono.justOrEmpty(Optional.ofNullable(parts.getFirst(FIELD))))
			.filter((part) -> part instanceof FilePart file && !file.filename().isBlank())
			.switchIfEmpty(Mono.error(() -> new InvalidInputException(FIELD, "Choose a roster file (CSV) to upload.")))
			.flatMap(RosterUpload::bytes)
			// The form's parts are read by the codecs under the same limit
			// (spring.webflux.multipart.*), in memory.
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> new InvalidInputException(FIELD,
							"The file is larger than " + (MOST_BYTES / 1024 / 1024)
									+ " MB; split it into smaller files."))
			.map(RosterUpload::text);
	}

	private static Mono<byte[]> bytes(Part part) {
		return DataBufferUtils.join(part.content(), MOST_BYTES).map((buffer) -> {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				return bytes;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).defaultIfEmpty(new byte[0]);
	}

	private static String text(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException(FIELD, "The file is not text in UTF-8: save it as \"CSV UTF-8\".");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int line = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
				throw new InvalidInputException(FIELD,
						"Line " + line + " holds a character that is not text; save the file as CSV again.");
			}
		}
		if (text.isBlank()) {
			throw new InvalidInputException(FIELD, "The file is empty.");
		}
		return text;
	}

}
