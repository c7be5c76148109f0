package org.peersupport.web;

/**
 * A request that contradicts the current state, such as declining an accepted offer
 * (409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
