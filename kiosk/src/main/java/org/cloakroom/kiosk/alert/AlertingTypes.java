package org.cloakroom.kiosk.alert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditType;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The event types whose entries do more to the queue than their alert flag says (they
 * raise an alert of a severity, or once per episode, or end an episode), read once from
 * the event classes; and such an entry's event read back from its details, for an entry
 * central holds only as stored (a kiosk's forwarded entry).
 */
class AlertingTypes {

	private static final String APPLICATION_PACKAGE = "org.cloakroom.kiosk";

	/** A kiosk of another version may record fields this one does not know. */
	private static final JsonMapper DETAILS = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, Class<?>> classes;

	AlertingTypes() {
		this.classes = scan();
	}

	/**
	 * The entry's event, if its type raises or ends alerts; empty too when its details do
	 * not read as that event (a kiosk of another version): the entry's alert flag alone
	 * then decides.
	 */
	Optional<Object> event(AuditEntry entry) {
		Class<?> type = this.classes.get(entry.type());
		if (type == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(DETAILS.readValue(entry.details(), type));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static Map<String, Class<?>> scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(AuditType.class));
		ClassLoader loader = AlertingTypes.class.getClassLoader();
		Map<String, Class<?>> found = new HashMap<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(APPLICATION_PACKAGE)) {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), loader);
			if (RaisesAlert.class.isAssignableFrom(type) || EndsAlertEpisode.class.isAssignableFrom(type)) {
				found.put(type.getAnnotation(AuditType.class).value(), type);
			}
		}
		return Map.copyOf(found);
	}

}
