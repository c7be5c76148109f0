package org.peersupport.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the actor out of a token's claims, as configured: a staff id makes the caller a
 * clinician; role or group claims and a machine client's scopes map to the other roles.
 */
public final class ActorClaims {

	/** The SMART Backend Services scope a risk system holds to post reports. */
	public static final String REPORT_SCOPE = "system/AdverseEvent.write";

	/** The scope an identity system holds to provision the staff directory (SCIM). */
	public static final String PROVISIONING_SCOPE = "peersupport.scim";

	private final SecurityProperties.Claims claims;

	private final Map<String, Role> mapping;

	public ActorClaims(SecurityProperties properties) {
		this.claims = properties.claims();
		this.mapping = properties.roleMapping();
	}

	public Actor actor(String subject, Map<String, Object> tokenClaims) {
		String staffId = text(read(tokenClaims, this.claims.staffId()));
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (staffId != null) {
			roles.add(Role.CLINICIAN);
		}
		for (String value : values(read(tokenClaims, this.claims.roles()))) {
			role(value, roles);
		}
		for (String scope : values(read(tokenClaims, this.claims.scope()))) {
			if (REPORT_SCOPE.equals(scope)) {
				roles.add(Role.RISK_SYSTEM);
			}
			else if (PROVISIONING_SCOPE.equals(scope)) {
				roles.add(Role.DIRECTORY_PROVISIONING);
			}
			else if (this.mapping.containsKey(scope)) {
				roles.add(this.mapping.get(scope));
			}
		}
		if (staffId != null) {
			// A person is never a machine, whatever their token's scopes say.
			roles.remove(Role.RISK_SYSTEM);
			roles.remove(Role.DIRECTORY_PROVISIONING);
		}
		String clientId = text(read(tokenClaims, this.claims.clientId()));
		if (clientId == null && (roles.contains(Role.RISK_SYSTEM) || roles.contains(Role.DIRECTORY_PROVISIONING))) {
			// Client-credentials tokens name the client as their subject.
			clientId = subject;
		}
		return new Actor(subject, staffId, clientId, roles,
				new LinkedHashSet<>(values(read(tokenClaims, this.claims.facilities()))));
	}

	private void role(String value, Set<Role> roles) {
		Role mapped = this.mapping.get(value);
		if (mapped != null) {
			roles.add(mapped);
			return;
		}
		for (Role role : Role.values()) {
			// A staff id alone makes a clinician, and only scopes make a machine client.
			if (role != Role.CLINICIAN && role != Role.RISK_SYSTEM && role != Role.DIRECTORY_PROVISIONING
					&& role.name().equalsIgnoreCase(value)) {
				roles.add(role);
			}
		}
	}

	private static Object read(Map<String, Object> claims, String path) {
		Object current = claims;
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).trim();
		return text.isEmpty() ? null : text;
	}

	private static Collection<String> values(Object value) {
		Set<String> values = new LinkedHashSet<>();
		if (value instanceof Collection<?> items) {
			items.forEach((item) -> addText(values, item));
		}
		else if (value instanceof String text) {
			for (String part : text.split("[\\s,]+")) {
				addText(values, part);
			}
		}
		return values;
	}

	private static void addText(Set<String> values, Object item) {
		String text = text(item);
		if (text != null) {
			values.add(text);
		}
	}

}
