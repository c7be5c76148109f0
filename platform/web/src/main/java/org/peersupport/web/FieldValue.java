package org.peersupport.web;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One value a {@link FieldReader} read: present, absent (missing, null or blank), or
 * invalid, in which case its problem is already recorded. Further rules narrow a present
 * value; the first rule it breaks records a problem and makes it invalid, so one field
 * gets one problem. Terminals give the value: {@link #required()}, {@link #optional()} or
 * {@link #orElse(Object)}.
 *
 * @param <T> the type read
 */
public final class FieldValue<T> {

	private enum State {

		PRESENT, ABSENT, BLANK, INVALID

	}

	private final FieldReader field;

	private final State state;

	private final T value;

	private FieldValue(FieldReader field, State state, T value) {
		this.field = field;
		this.state = state;
		this.value = value;
	}

	static <T> FieldValue<T> present(FieldReader field, T value) {
		return new FieldValue<>(field, State.PRESENT, value);
	}

	static <T> FieldValue<T> absent(FieldReader field) {
		return new FieldValue<>(field, State.ABSENT, null);
	}

	static <T> FieldValue<T> blank(FieldReader field) {
		return new FieldValue<>(field, State.BLANK, null);
	}

	/** Records the problem and answers an invalid value. */
	static <T> FieldValue<T> invalid(FieldReader field, String reason) {
		field.problem(reason);
		return new FieldValue<>(field, State.INVALID, null);
	}

	/** A present value must satisfy the rule, or the field has this problem. */
	public FieldValue<T> must(Predicate<? super T> rule, String reason) {
		if (this.state == State.PRESENT && !rule.test(this.value)) {
			return invalid(this.field, reason);
		}
		return this;
	}

	/** A present value, as text, must match the whole pattern. */
	public FieldValue<T> matching(Pattern pattern, String reason) {
		return must((present) -> pattern.matcher(String.valueOf(present)).matches(), reason);
	}

	/**
	 * Refuses an empty or blank string, for inputs where sending one is a sender's
	 * mistake rather than a way of leaving the field out.
	 */
	public FieldValue<T> notBlank() {
		return (this.state == State.BLANK) ? invalid(this.field, "must not be blank") : this;
	}

	/** Whether a valid value was given. */
	public boolean isPresent() {
		return this.state == State.PRESENT;
	}

	/** The value; "is required" when absent; null when absent or invalid. */
	public T required() {
		return required("is required");
	}

	/** The value; the given problem when absent; null when absent or invalid. */
	public T required(String reason) {
		if (this.state == State.ABSENT || this.state == State.BLANK) {
			this.field.problem(reason);
		}
		return this.value;
	}

	/** The value, or null when absent or invalid. */
	public T optional() {
		return this.value;
	}

	/**
	 * The value, or the fallback when absent. An invalid value also answers the fallback
	 * (its problem is recorded, so the input is refused anyway), so a caller can unbox or
	 * compare it without a null check.
	 */
	public T orElse(T fallback) {
		return (this.state == State.PRESENT) ? this.value : fallback;
	}

}
