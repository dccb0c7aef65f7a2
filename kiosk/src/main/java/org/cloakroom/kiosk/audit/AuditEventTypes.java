package org.cloakroom.kiosk.audit;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The event types the log records, read once from the {@link AuditType} of every event
 * class in the application's packages, so that a search for a type nobody records is
 * refused rather than answered empty.
 */
@Component
class AuditEventTypes {

	private static final String APPLICATION_PACKAGE = "org.cloakroom.kiosk";

	private final Set<String> types;

	AuditEventTypes() {
		this.types = scan();
	}

	boolean known(String type) {
		return this.types.contains(type);
	}

	/** Every type, sorted. */
	Set<String> all() {
		return this.types;
	}

	private static Set<String> scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(AuditType.class));
		Set<String> found = new TreeSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(APPLICATION_PACKAGE)) {
			Object type = ((AnnotatedBeanDefinition) definition).getMetadata()
				.getAnnotationAttributes(AuditType.class.getName())
				.get("value");
			found.add((String) type);
		}
		return Set.copyOf(found);
	}

}
