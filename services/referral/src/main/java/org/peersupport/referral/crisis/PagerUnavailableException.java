package org.peersupport.referral.crisis;

/**
 * The pager gateway did not accept a page; the {@code pager} retry configuration retries
 * it.
 */
public class PagerUnavailableException extends RuntimeException {

	public PagerUnavailableException(String message) {
		super(message);
	}

}
