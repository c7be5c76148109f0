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
						<style>
						body{font-family:system-ui,sans-serif;color:#1d2b36;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}
						h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.05rem;margin:1.5rem 0 .4rem}
						.muted{color:#5b6b78;font-size:.85rem}
						table{border-collapse:collapse;width:100%%;font-size:.85rem}
						th,td{padding:.25rem .5rem;border-bottom:1px solid #dde3e8;text-align:right;font-variant-numeric:tabular-nums}
						th:first-child,td:first-child{text-align:left}
						td.suppressed{font-style:italic;color:#5b6b78}
						section{break-inside:avoid;page-break-inside:avoid}
						.actions{margin:1rem 0}
						@page{size:A4;margin:15mm}
						@media print{body{margin:0;max-width:none}.actions{display:none}a{color:inherit;text-decoration:none}}
						</style>
						</head>
						<body>
						<h1>%1$s</h1>
						<p class="muted">%2$s. Figures drawn from fewer than %3$d people are shown as &lt;%3$d, and so is one
						more cell wherever a total would give them away. Generated %4$s.</p>
						<p class="actions"><button onclick="window.print()">Print</button> <a href="/">Back to the dashboard</a></p>
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
		if (view.slice().departmentGroup() != null) {
			text.append(", department group ").append(view.slice().departmentGroup());
		}
		if (view.slice().harm() != null) {
			text.append(", harm ").append(view.slice().harm());
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
