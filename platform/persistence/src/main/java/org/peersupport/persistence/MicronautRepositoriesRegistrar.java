package org.peersupport.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Registers every {@code @JdbcRepository} interface under the application's own packages
 * as a Spring bean. Only the application's packages are scanned, so that several services
 * sharing one classpath (the standalone platform) each see only their own repositories.
 */
class MicronautRepositoriesRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware {

	private BeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		if (!AutoConfigurationPackages.has(this.beanFactory)) {
			return;
		}
		for (String basePackage : AutoConfigurationPackages.get(this.beanFactory)) {
			for (BeanDefinition candidate : repositoryInterfaces().findCandidateComponents(basePackage)) {
				register(candidate.getBeanClassName(), registry);
			}
		}
	}

	private void register(String interfaceName, BeanDefinitionRegistry registry) {
		Class<?> type = ClassUtils.resolveClassName(interfaceName, getClass().getClassLoader());
		RootBeanDefinition definition = new RootBeanDefinition(MicronautRepositoryFactoryBean.class);
		definition.setTargetType(ResolvableType.forClassWithGenerics(MicronautRepositoryFactoryBean.class, type));
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
		definition.getConstructorArgumentValues()
			.addIndexedArgumentValue(1, new RuntimeBeanReference(MicronautDataContext.class));
		definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, type);
		registry.registerBeanDefinition(ClassUtils.getShortNameAsProperty(type), definition);
	}

	private static ClassPathScanningCandidateComponentProvider repositoryInterfaces() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition beanDefinition) {
				return beanDefinition.getMetadata().isInterface();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(JdbcRepository.class));
		return scanner;
	}

}
