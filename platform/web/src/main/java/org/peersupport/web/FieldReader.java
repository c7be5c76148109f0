package org.peersupport.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/**
 * The one way services read input: a cursor on a JSON value that names its field with a
 * dotted, indexed path ({@code windows.byHarm[1].within}) and collects every problem it
 * meets, so that one 400 answer names all bad fields; {@link #check()} throws them as one
 * {@link InvalidInputException}. Readers of nested fields and list items share the
 * problems of the reader they came from.
 * <p>
 * Values are read strictly by JSON type: a number is not text, the string "true" is not a
 * flag. Missing, null and blank values are absent. Reasons never quote the value, which
 * may be private; they say what was expected instead.
 */
public final class FieldReader {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Property names that may be quoted back: a name of another shape may be text. */
	private static final Pattern ECHOABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

	private final JsonNode node;

	private final String path;

	private final List<FieldProblem> problems;

	private FieldReader(JsonNode node, String path, List<FieldProblem> problems) {
		this.node = (node != null) ? node : MissingNode.getInstance();
		this.path = path;
		this.problems = problems;
	}

	/** A reader of a whole body, whatever it holds. */
	public static FieldReader of(JsonNode body) {
		return new FieldReader(body, "", new ArrayList<>());
	}

	/**
	 * A reader of a body that must be a JSON object; anything else is refused at once.
	 */
	public static FieldReader ofObject(JsonNode body) {
		return ofObject(body, "must be a JSON object");
	}

	/** As {@link #ofObject(JsonNode)}, with the reason to give when it is not one. */
	public static FieldReader ofObject(JsonNode body, String reason) {
		if (body == null || !body.isObject()) {
			throw new InvalidInputException("body", reason);
		}
		return of(body);
	}

	/**
	 * A reader for path and query parameters, read one by one with {@link #parameter}.
	 */
	public static FieldReader parameters() {
		return of(NODES.objectNode());
	}

	/** A nested field of this object (absent when this is not an object). */
	public FieldReader field(String name) {
		JsonNode child = this.node.isObject() ? this.node.get(name) : null;
		return new FieldReader(child, this.path.isEmpty() ? name : this.path + "." + name, this.problems);
	}

	/** A named text value from outside the body, such as a query parameter. */
	public FieldReader parameter(String name, String value) {
		return new FieldReader((value != null) ? NODES.stringNode(value) : null, name, this.problems);
	}

	/** The field's path; the whole body is {@code body}. */
	public String path() {
		return this.path.isEmpty() ? "body" : this.path;
	}

	/** Whether the field was given (not missing and not null). */
	public boolean isPresent() {
		return JsonValues.given(this.node);
	}

	/** Whether the field is a JSON object. */
	public boolean isObject() {
		return this.node.isObject();
	}

	/** The property names of this object, in the order given. */
	public List<String> names() {
		return this.node.isObject() ? List.copyOf(this.node.propertyNames()) : List.of();
	}

	/** Records a problem with this field. */
	public void problem(String reason) {
		this.problems.add(new FieldProblem(path(), reason));
	}

	/**
	 * Refuses every property of this object not named here. A name that could be text
	 * rather than a field name is not quoted back: the problem then names this object.
	 */
	public void onlyFields(Collection<String> allowed, String reason) {
		for (String name : names()) {
			if (!allowed.contains(name)) {
				(ECHOABLE_NAME.matcher(name).matches() ? field(name) : this).problem(reason);
			}
		}
	}

	/** Whether any problem was recorded so far, by this reader or one it shares with. */
	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** Throws one {@link InvalidInputException} naming every problem, if there is any. */
	public void check() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

	/** Text, stripped, of at most this many characters and no control characters. */
	public FieldValue<String> text(int maxLength) {
		return JsonValues.text(this, this.node, maxLength, false);
	}

	/**
	 * Text of several lines: as {@link #text(int)}, but line breaks and tabs are allowed.
	 */
	public FieldValue<String> prose(int maxLength) {
		return JsonValues.text(this, this.node, maxLength, true);
	}

	/**
	 * One of the constants, in any case, with '-' or ' ' for '_' ({@code near-miss} is
	 * {@code NEAR_MISS}); a problem names the constants.
	 */
	public <E extends Enum<E>> FieldValue<E> choice(Class<E> type) {
		String constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		return JsonValues.parsed(this, this.node, "one of " + constants,
				(text) -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
	}

	/** An ISO-8601 duration such as {@code PT24H}; never negative. */
	public FieldValue<Duration> duration() {
		return JsonValues.parsed(this, this.node, "an ISO-8601 duration such as PT24H or P3D", Duration::parse)
			.must((duration) -> !duration.isNegative(), "must not be negative");
	}

	/** A time of day such as {@code 08:00}. */
	public FieldValue<LocalTime> time() {
		return JsonValues.parsed(this, this.node, "a time of day such as 08:00", LocalTime::parse);
	}

	/** A date such as {@code 2026-01-31}. */
	public FieldValue<LocalDate> date() {
		return JsonValues.parsed(this, this.node, "a date such as 2026-01-31", LocalDate::parse);
	}

	/** A time-zone id such as {@code America/New_York}. */
	public FieldValue<ZoneId> zone() {
		return JsonValues.parsed(this, this.node, "a time zone id such as America/New_York", ZoneId::of);
	}

	/**
	 * An instant with its offset, such as {@code 2026-03-01T14:30:00Z} or {@code +01:00}.
	 */
	public FieldValue<Instant> instant() {
		return JsonValues.parsed(this, this.node, "an ISO-8601 instant such as 2026-03-01T14:30:00Z", Instant::parse);
	}

	/** A JSON boolean. */
	public FieldValue<Boolean> flag() {
		return JsonValues.flag(this, this.node);
	}

	/** A JSON whole number that fits an {@code int}. */
	public FieldValue<Integer> integer() {
		return JsonValues.whole(this, this.node, this.node.canConvertToInt(), JsonNode::intValue);
	}

	/** A JSON whole number that fits a {@code long}. */
	public FieldValue<Long> wholeNumber() {
		return JsonValues.whole(this, this.node, this.node.canConvertToLong(), JsonNode::longValue);
	}

	/** A JSON array of at most this many items, a reader for each. */
	public FieldValue<List<FieldReader>> list(int maxItems) {
		if (!isPresent()) {
			return FieldValue.absent(this);
		}
		if (!this.node.isArray()) {
			return FieldValue.invalid(this, "must be an array");
		}
		if (this.node.size() > maxItems) {
			return FieldValue.invalid(this, "must hold at most " + maxItems + " items");
		}
		List<FieldReader> items = new ArrayList<>();
		for (int i = 0; i < this.node.size(); i++) {
			items.add(new FieldReader(this.node.get(i), this.path + "[" + i + "]", this.problems));
		}
		return FieldValue.present(this, items);
	}

	/**
	 * The items of an array (none when it is absent), each read by the function; items it
	 * answers null for (absent or invalid ones) are left out.
	 */
	public <T> List<T> listOf(int maxItems, Function<FieldReader, T> read) {
		List<T> values = new ArrayList<>();
		for (FieldReader item : list(maxItems).orElse(List.of())) {
			T value = read.apply(item);
			if (value != null) {
				values.add(value);
			}
		}
		return values;
	}

	/** A JSON object: this reader, to read its fields. */
	public FieldValue<FieldReader> object() {
		if (!isPresent()) {
			return FieldValue.absent(this);
		}
		return this.node.isObject() ? FieldValue.present(this, this) : FieldValue.invalid(this, "must be an object");
	}

}
