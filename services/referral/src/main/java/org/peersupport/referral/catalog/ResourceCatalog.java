package org.peersupport.referral.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peersupport.contracts.events.ReferralKind;
import org.peersupport.web.ConflictException;
import org.peersupport.web.NotFoundException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource catalog that administrators manage, and the effective catalog a facility
 * sees once its overrides apply.
 */
@Service
@EnableConfigurationProperties(EmployeeAssistanceProgram.class)
public class ResourceCatalog {

	private static final RowMapper<FacilityOverride> OVERRIDE = (rs, row) -> new FacilityOverride(
			rs.getString("resource_code"), rs.getString("facility"), rs.getBoolean("hidden"), rs.getString("phone"),
			rs.getString("url"), rs.getString("hours"), rs.getString("cost"));

	private final SupportResourceRepository resources;

	private final JdbcTemplate jdbc;

	private final EmployeeAssistanceProgram eap;

	ResourceCatalog(SupportResourceRepository resources, JdbcTemplate jdbc, EmployeeAssistanceProgram eap) {
		this.resources = resources;
		this.jdbc = jdbc;
		this.eap = eap;
	}

	/**
	 * Seeds the configured EAP on first start. Later starts leave it alone, so an
	 * administrator's edits are never overwritten by configuration.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seedConfiguredEap() {
		if (!this.resources.existsById(EmployeeAssistanceProgram.CODE)) {
			this.resources.save(this.eap.asResource());
		}
	}

	/**
	 * The catalog in display order, optionally of one kind, and as one facility sees it
	 * when a facility is given (overrides applied, hidden resources left out).
	 */
	@Transactional(readOnly = true)
	public List<SupportResource> list(ReferralKind kind, String facility) {
		List<SupportResource> all = this.resources.findAllInOrder();
		Map<String, FacilityOverride> overrides = (facility != null) ? overridesAt(facility) : Map.of();
		return all.stream()
			.filter((resource) -> kind == null || resource.kind() == kind)
			.map((resource) -> effective(resource, overrides.get(resource.code())))
			.flatMap(Optional::stream)
			.toList();
	}

	@Transactional(readOnly = true)
	public SupportResource get(String code, String facility) {
		SupportResource resource = this.resources.findById(code).orElseThrow(() -> notFound(code));
		if (facility == null) {
			return resource;
		}
		return effective(resource, overridesAt(facility).get(code))
			.orElseThrow(() -> new NotFoundException("resource " + code + " is hidden at facility " + facility));
	}

	/** The resource a referral of this kind points to at this facility, if any. */
	@Transactional(readOnly = true)
	public Optional<SupportResource> bestFor(ReferralKind kind, String facility) {
		return list(kind, facility).stream().findFirst();
	}

	@Transactional
	public SupportResource create(ResourceDraft draft) {
		if (this.resources.existsById(draft.code())) {
			throw new ConflictException("resource " + draft.code() + " already exists");
		}
		return this.resources.save(draft.withVersion(0));
	}

	/**
	 * Replaces a resource. With an expected version, only if nobody changed it since.
	 * @throws StaleVersionException when the version is not the expected one
	 */
	@Transactional
	public SupportResource update(ResourceDraft draft, Long expectedVersion) {
		SupportResource current = this.resources.findById(draft.code()).orElseThrow(() -> notFound(draft.code()));
		long version = (expectedVersion != null) ? expectedVersion : current.version();
		long updated = this.resources.updateIfVersion(draft.code(), draft.kind().name(), draft.name(), draft.phone(),
				draft.url(), draft.hours(), draft.description(), draft.crisis(), draft.sortOrder(),
				draft.confidential(), draft.cost(), version);
		if (updated == 0) {
			throw new StaleVersionException(draft.code(), version, current.version());
		}
		return draft.withVersion(version + 1);
	}

	/** Removes a resource and its facility overrides. Referrals keep its code. */
	@Transactional
	public void delete(String code, Long expectedVersion) {
		SupportResource current = this.resources.findById(code).orElseThrow(() -> notFound(code));
		long version = (expectedVersion != null) ? expectedVersion : current.version();
		if (this.resources.deleteIfVersion(code, version) == 0) {
			throw new StaleVersionException(code, version, current.version());
		}
	}

	@Transactional(readOnly = true)
	public List<FacilityOverride> overridesOf(String code) {
		requireExists(code);
		return this.jdbc.query("SELECT * FROM resource_override WHERE resource_code = ? ORDER BY facility", OVERRIDE,
				code);
	}

	@Transactional
	public FacilityOverride override(FacilityOverride override) {
		requireExists(override.resourceCode());
		this.jdbc.update("""
				INSERT INTO resource_override (resource_code, facility, hidden, phone, url, hours, cost)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (resource_code, facility) DO UPDATE SET hidden = EXCLUDED.hidden, phone = EXCLUDED.phone,
				  url = EXCLUDED.url, hours = EXCLUDED.hours, cost = EXCLUDED.cost
				""", override.resourceCode(), override.facility(), override.hidden(), override.phone(), override.url(),
				override.hours(), override.cost());
		return override;
	}

	@Transactional
	public void removeOverride(String code, String facility) {
		requireExists(code);
		if (this.jdbc.update("DELETE FROM resource_override WHERE resource_code = ? AND facility = ?", code,
				facility) == 0) {
			throw new NotFoundException("resource " + code + " has no override for facility " + facility);
		}
	}

	private Map<String, FacilityOverride> overridesAt(String facility) {
		return this.jdbc.query("SELECT * FROM resource_override WHERE facility = ?", OVERRIDE, facility)
			.stream()
			.collect(Collectors.toMap(FacilityOverride::resourceCode, Function.identity()));
	}

	private static Optional<SupportResource> effective(SupportResource resource, FacilityOverride override) {
		if (override == null) {
			return Optional.of(resource);
		}
		return override.hidden() ? Optional.empty() : Optional.of(resource.withOverride(override));
	}

	private void requireExists(String code) {
		if (!this.resources.existsById(code)) {
			throw notFound(code);
		}
	}

	private static NotFoundException notFound(String code) {
		return new NotFoundException("no resource " + code);
	}

}
