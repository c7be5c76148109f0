package org.peersupport.shredding;

/**
 * A sealed value that does not open with its person's key: altered, cut short, sealed for
 * someone else, or in an envelope version this code does not know. Never a destroyed key,
 * which is an empty answer, not an error.
 */
public class SealRefusedException extends RuntimeException {

	SealRefusedException(String message, Throwable cause) {
		super(message, cause);
	}

}
