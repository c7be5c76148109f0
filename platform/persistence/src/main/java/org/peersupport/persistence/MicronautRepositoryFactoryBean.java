package org.peersupport.persistence;

import org.springframework.beans.factory.FactoryBean;

/**
 * Exposes one Micronaut Data repository as a Spring bean of the repository's own
 * interface type.
 */
class MicronautRepositoryFactoryBean<T> implements FactoryBean<T> {

	private final Class<T> repositoryType;

	private final MicronautDataContext micronaut;

	MicronautRepositoryFactoryBean(Class<T> repositoryType, MicronautDataContext micronaut) {
		this.repositoryType = repositoryType;
		this.micronaut = micronaut;
	}

	@Override
	public T getObject() {
		return this.micronaut.repository(this.repositoryType);
	}

	@Override
	public Class<?> getObjectType() {
		return this.repositoryType;
	}

}
