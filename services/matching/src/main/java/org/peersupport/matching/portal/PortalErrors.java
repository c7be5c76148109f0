package org.peersupport.matching.portal;

import java.util.List;

import org.peersupport.web.ConflictException;
import org.peersupport.web.FieldProblem;
import org.peersupport.web.InvalidInputException;
import org.peersupport.web.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The pages are for people with a browser, so their errors are pages too (the API keeps
 * problem+json). Each says what happened and what to do, and never shows a stack trace.
 */
@ControllerAdvice(assignableTypes = { PortalController.class, OfferLinkController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

	@ExceptionHandler(InvalidLinkException.class)
	Rendering invalidLink(InvalidLinkException ex) {
		return switch (ex.reason()) {
			case EXPIRED -> page(HttpStatus.GONE, "This link has expired",
					"Links in our e-mails work for a limited time. Please use the link in the most recent e-mail, "
							+ "or ask the program for a new one.",
					List.of());
			case FORGED -> page(HttpStatus.FORBIDDEN, "This link is not valid",
					"The link may have been changed or cut short when it was copied. Please open it again from "
							+ "the e-mail.",
					List.of());
			case MALFORMED -> page(HttpStatus.BAD_REQUEST, "This link is incomplete",
					"Part of the link is missing. Please open it again from the e-mail.", List.of());
		};
	}

	/** Another supporter's page, or a signed-in colleague who is not on the roster. */
	@ExceptionHandler(AccessDeniedException.class)
	Rendering forbidden(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN, "This page is not yours",
				"Each supporter's page opens for that supporter only, signed in with their own account. If "
						+ "someone forwarded you an e-mail, please let them know it reached you instead.",
				List.of());
	}

	@ExceptionHandler(NotFoundException.class)
	Rendering notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "We could not find that",
				"It may have been withdrawn. Your page lists everything that is still open.", List.of());
	}

	@ExceptionHandler(ConflictException.class)
	Rendering conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, "This has already been answered", ex.getMessage(), List.of());
	}

	@ExceptionHandler(InvalidInputException.class)
	Rendering invalid(InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST, "Please check the form",
				"Nothing was recorded. Go back and correct these fields:", ex.problems());
	}

	private static Rendering page(HttpStatus status, String title, String message, List<FieldProblem> problems) {
		return Rendering.view("supporter/problem")
			.modelAttribute("title", title)
			.modelAttribute("message", message)
			.modelAttribute("problems", problems)
			.status(status)
			.build();
	}

}
