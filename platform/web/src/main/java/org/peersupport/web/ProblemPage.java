package org.peersupport.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * A problem document as a page, for a person whose browser asked for one: the same
 * status, title, detail and field problems as the problem+json answer, in a minimal
 * accessible page (language, title, heading, a way home). Every value is escaped; there
 * is no style or script, so the services' content security policy needs nothing more.
 */
public final class ProblemPage {

	private static final List<MediaType> PAGES = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

	private static final List<MediaType> DOCUMENTS = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON, MediaType.valueOf("application/*+json"));

	private ProblemPage() {
	}

	/**
	 * Whether the request names a page type and ranks it above any JSON type, as a
	 * browser's navigation does. {@code *}{@code /*} alone, or no Accept header, names no
	 * page: API clients keep problem+json.
	 * @param headers the request's headers
	 * @return true to answer a page
	 */
	public static boolean preferred(HttpHeaders headers) {
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(headers.get(HttpHeaders.ACCEPT));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		double page = quality(accepted, PAGES);
		return page > 0 && page > quality(accepted, DOCUMENTS);
	}

	/**
	 * The highest quality the request gives to a type it names explicitly (no wildcard).
	 */
	private static double quality(List<MediaType> accepted, List<MediaType> wanted) {
		double best = 0;
		for (MediaType type : accepted) {
			if (type.isWildcardType()) {
				continue;
			}
			for (MediaType candidate : wanted) {
				if (candidate.isCompatibleWith(type) && !type.isWildcardSubtype()) {
					best = Math.max(best, type.getQualityValue());
				}
			}
		}
		return best;
	}

	/**
	 * The page for a problem.
	 * @param title the problem's title ("Not found")
	 * @param detail what happened, may be null
	 * @param problems the field problems, may be empty
	 * @return the HTML document
	 */
	public static String render(String title, String detail, List<FieldProblem> problems) {
		String heading = escape((title != null && !title.isBlank()) ? title : "Something went wrong");
		StringBuilder page = new StringBuilder(512).append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>")
			.append(heading)
			.append("</title>\n</head>\n<body>\n<main>\n<h1>")
			.append(heading)
			.append("</h1>\n");
		if (detail != null && !detail.isBlank()) {
			page.append("<p>").append(escape(detail)).append("</p>\n");
		}
		if (!problems.isEmpty()) {
			page.append("<ul>\n");
			for (FieldProblem problem : problems) {
				page.append("<li><strong>")
					.append(escape(problem.field()))
					.append("</strong>: ")
					.append(escape(problem.reason()))
					.append("</li>\n");
			}
			page.append("</ul>\n");
		}
		return page.append("<p><a href=\"/\">Go back to the start page</a></p>\n</main>\n</body>\n</html>\n")
			.toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(String.valueOf(text), "UTF-8");
	}

}
