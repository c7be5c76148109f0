package org.peersupport.referral.catalog;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource catalog: seeded by migration, with the hospital's EAP written from
 * configuration.
 */
@Service
@EnableConfigurationProperties(EmployeeAssistanceProgram.class)
public class ResourceCatalog {

	private final SupportResourceRepository resources;

	private final EmployeeAssistanceProgram eap;

	ResourceCatalog(SupportResourceRepository resources, EmployeeAssistanceProgram eap) {
		this.resources = resources;
		this.eap = eap;
	}

	/**
	 * Applies the configured EAP at every start, so a changed phone number takes effect
	 * on restart.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void applyConfiguredEap() {
		SupportResource configured = this.eap.asResource();
		if (this.resources.existsById(EmployeeAssistanceProgram.CODE)) {
			this.resources.update(configured);
		}
		else {
			this.resources.save(configured);
		}
	}

	@Transactional(readOnly = true)
	public List<SupportResource> list(ResourceKind kind) {
		return (kind != null) ? this.resources.findByKindOrderBySortOrder(kind)
				: this.resources.findAllOrderBySortOrder();
	}

}
