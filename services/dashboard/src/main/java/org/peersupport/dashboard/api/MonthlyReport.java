package org.peersupport.dashboard.api;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

import org.peersupport.dashboard.figures.AttentionCase;
import org.peersupport.dashboard.figures.DashboardView;
import org.peersupport.dashboard.suppression.Cell;
import org.peersupport.dashboard.suppression.FigureTable;

import org.springframework.web.util.HtmlUtils;

/**
 * The printable monthly report: every table of the month, suppressed as everywhere else,
 * on plain HTML with print styles (A4, no navigation, tables never split across pages).
 * Its styles and its print button's script are files under {@code /assets/}: the
 * platform's content security policy runs no inline script or style.
 */
final class MonthlyReport {

	private MonthlyReport() {
	}

	static String render(YearMonth month, DashboardView view) {
		String title = "Peer Support Program · " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
				+ month.getYear();
		StringBuilder html = new StringBuilder(
				"""
						<!doctype html>
						<html lang="en">
						<head>
						<meta charset="utf-8">
						<meta name="viewport" content="width=device-width, initial-scale=1">
						<title>%1$s</title>
						<link rel="stylesheet" href="/assets/report.css">
						<script src="/assets/report.js" defer></script>
						</head>
						<body>
						<h1>%1$s</h1>
						<p class="muted">%2$s. Figures drawn from fewer than %3$d people are shown as &lt;%3$d, and so is one
						more cell wherever a total would give them away. Generated %4$s.</p>
						<p class="actions"><button type="button" id="print">Print</button> <a href="/">Back to the dashboard</a></p>
						"""
					.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(filters(view)), view.minCellSize(),
							view.generatedAt()));
		for (FigureTable table : view.tables().values()) {
			if (!"trend".equals(table.name()) || !table.rows().isEmpty()) {
				table(html, table);
			}
		}
		attention(html, view);
		return html.append("</body>\n</html>\n").toString();
	}

	private static String filters(DashboardView view) {
		StringBuilder text = new StringBuilder("Cases opened ").append(view.slice().from())
			.append(" to ")
			.append(view.slice().to());
		if (view.slice().facility() != null) {
			text.append(", facility ").append(view.slice().facility());
		}
		else if (!view.slice().within().isEmpty()) {
			text.append(", facilities ").append(String.join(", ", view.slice().within()));
		}
		if (view.slice().departmentGroup() != null) {
			text.append(", department group ").append(view.slice().departmentGroup());
		}
		if (view.slice().harm() != null) {
			text.append(", harm ").append(view.slice().harm());
		}
		if (view.slice().source() != null) {
			text.append(", started by ").append(view.slice().source());
		}
		return text.toString();
	}

	private static void table(StringBuilder html, FigureTable table) {
		html.append("<section><h2>")
			.append(HtmlUtils.htmlEscape(table.title()))
			.append("</h2>\n<table><thead><tr><th></th>");
		for (String column : table.columns()) {
			html.append("<th>").append(HtmlUtils.htmlEscape(column)).append("</th>");
		}
		html.append("</tr></thead><tbody>\n");
		for (FigureTable.Row row : table.rows()) {
			html.append("<tr><td>").append(HtmlUtils.htmlEscape(row.label())).append("</td>");
			for (Cell cell : row.cells()) {
				html.append(cell.suppressed() ? "<td class=\"suppressed\">" : "<td>")
					.append(HtmlUtils.htmlEscape(cell.display()))
					.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody></table></section>\n");
	}

	private static void attention(StringBuilder html, DashboardView view) {
		html.append("<section><h2>Cases needing attention at the time of printing</h2>\n");
		if (view.attention().isEmpty()) {
			html.append("<p class=\"muted\">None.</p></section>\n");
			return;
		}
		html.append("<table><thead><tr><th>Case</th><th>Reason</th><th>Since</th></tr></thead><tbody>\n");
		for (AttentionCase attention : view.attention()) {
			html.append("<tr><td>")
				.append(HtmlUtils.htmlEscape(attention.caseId()))
				.append("</td><td>")
				.append(HtmlUtils.htmlEscape(attention.reason()))
				.append("</td><td>")
				.append(attention.since())
				.append("</td></tr>\n");
		}
		html.append("</tbody></table></section>\n");
	}

}
