package org.cloakroom.kiosk.story;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditSubject;
import org.cloakroom.kiosk.audit.AuditableEvent;
import org.cloakroom.kiosk.ble.PhoneZoneChanged;
import org.cloakroom.kiosk.ble.Zone;
import org.cloakroom.kiosk.checkin.CheckInId;
import org.cloakroom.kiosk.enrolment.EmployeeEnrolled;
import org.cloakroom.kiosk.enrolment.EmployeeId;
import org.cloakroom.kiosk.enrolment.PhoneEnrolled;
import org.cloakroom.kiosk.enrolment.PhoneId;
import org.cloakroom.kiosk.enrolment.Platform;
import org.cloakroom.kiosk.locker.LockerId;
import org.cloakroom.kiosk.locker.StorageId;
import org.cloakroom.kiosk.policy.AreaPolicyChanged;
import org.cloakroom.kiosk.policy.Decision;
import org.cloakroom.kiosk.policy.ExemptionGranted;
import org.cloakroom.kiosk.policy.ExemptionRevoked;
import org.cloakroom.kiosk.policy.Reason;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * One event of every type the kiosk ships, built from its record components with the
 * small world's ids ({@link FakeNames}): employee 1, phone 3, locker 7, storage 12, a
 * check-in's phone that must be stored for WeChat. Its details are written as the log
 * writes them (sorted JSON, ISO instants), so the words read what a real entry holds.
 */
final class SampleEvents {

	static final Instant AT = Instant.parse("2026-11-23T08:12:30Z");

	private static final JsonMapper DETAILS = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
		.build();

	private SampleEvents() {
	}

	/** Every shipped event class, by name. */
	static List<Class<? extends AuditableEvent>> shipped() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isConcrete();
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		URL shipped = AuditableEvent.class.getProtectionDomain().getCodeSource().getLocation();
		return scanner.findCandidateComponents("org.cloakroom.kiosk")
			.stream()
			.map((candidate) -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
					SampleEvents.class.getClassLoader()))
			.filter((type) -> shipped.equals(type.getProtectionDomain().getCodeSource().getLocation()))
			.<Class<? extends AuditableEvent>>map((type) -> type.asSubclass(AuditableEvent.class))
			.sorted(Comparator.comparing(Class::getName))
			.toList();
	}

	/** An entry of the event as the log would hold it. */
	static AuditEntry entry(AuditableEvent event) {
		return new AuditEntry(42, AT, event.type(), event.subject().text(), event.alert(),
				DETAILS.writeValueAsString(event), "0".repeat(64), "1".repeat(64));
	}

	static AuditableEvent of(Class<? extends AuditableEvent> type) {
		// the admin's change in words, beside the whole policy before and after
		if (type == AreaPolicyChanged.class) {
			AreaPolicyChanged sample = (AreaPolicyChanged) sample((Type) type);
			return new AreaPolicyChanged(sample.before(), sample.after(),
					List.of("mode: FLAGGED_APPS_ONLY -> ALL_PHONES"), "dana");
		}
		// an exemption is for a phone or for an employee, never both
		if (type == ExemptionGranted.class) {
			return new ExemptionGranted(5, PhoneId.of(3), null, AT.plusSeconds(86_400), "dana", "visiting auditor");
		}
		if (type == ExemptionRevoked.class) {
			return new ExemptionRevoked(5, null, EmployeeId.of(1), "oscar", "trial over");
		}
		// the thing's own name, as its enrolment recorded it
		if (type == EmployeeEnrolled.class) {
			return new EmployeeEnrolled(EmployeeId.of(1), "Ada Lovelace", "100001", "Dana Admin");
		}
		if (type == PhoneEnrolled.class) {
			return new PhoneEnrolled(PhoneId.of(3), EmployeeId.of(1), "Pixel 8", Platform.ANDROID, "Dana Admin");
		}
		// the radio records the bare phone id
		if (type == PhoneZoneChanged.class) {
			return new PhoneZoneChanged(3, Zone.NEAR, Zone.INSIDE, -61.5, 0.9, AT);
		}
		return type.cast(sample(type));
	}

	private static Object sample(Type type) {
		Class<?> raw = (type instanceof ParameterizedType parameterized) ? (Class<?>) parameterized.getRawType()
				: (Class<?>) type;
		if (raw == EmployeeId.class) {
			return EmployeeId.of(1);
		}
		if (raw == PhoneId.class) {
			return PhoneId.of(3);
		}
		if (raw == LockerId.class) {
			return LockerId.of(7);
		}
		if (raw == StorageId.class) {
			return StorageId.of(12);
		}
		if (raw == CheckInId.class) {
			return CheckInId.of(UUID.fromString("6f1c2b9e-0000-4000-8000-000000000001"));
		}
		if (raw == AuditSubject.class) {
			return AuditSubject.phone(3);
		}
		if (raw == Decision.class) {
			return new Decision.MustStore(List.of((Reason) sample(Reason.class)));
		}
		if (raw == Reason.class) {
			return new Reason("flagged-app", "wechat", "com.tencent.mm", "Executive Order 13943",
					"WeChat is on the flagged-app list");
		}
		Object simple = simple(raw);
		if (simple != null) {
			return simple;
		}
		if (Collection.class.isAssignableFrom(raw)) {
			Object item = sample(((ParameterizedType) type).getActualTypeArguments()[0]);
			return Set.class.isAssignableFrom(raw) ? Set.of(item) : List.of(item);
		}
		if (raw.isRecord()) {
			return record(raw);
		}
		throw new IllegalStateException("No sample value of " + type + ": add one to SampleEvents");
	}

	private static Object simple(Class<?> raw) {
		if (raw == long.class || raw == Long.class) {
			return 5L;
		}
		if (raw == int.class || raw == Integer.class) {
			return 5;
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return true;
		}
		if (raw == double.class || raw == Double.class) {
			return -61.5;
		}
		if (raw == String.class) {
			return "text";
		}
		if (raw == Instant.class) {
			return AT.plusSeconds(60);
		}
		if (raw == Duration.class) {
			return Duration.ofSeconds(30);
		}
		if (raw == LocalDate.class) {
			return LocalDate.of(2026, 11, 23);
		}
		if (raw.isEnum()) {
			return raw.getEnumConstants()[0];
		}
		return null;
	}

	/**
	 * A component's sample; the ids an event records as bare numbers (the radio's and the
	 * violations' phoneId, employeeId, lockerId) are those of Ada's Pixel in locker 7.
	 */
	private static Object sample(RecordComponent component) {
		Class<?> raw = component.getType();
		boolean number = raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class;
		if (number) {
			Long id = switch (component.getName()) {
				case "employeeId" -> 1L;
				case "phoneId" -> 3L;
				case "lockerId" -> 7L;
				case "storageId" -> 12L;
				default -> null;
			};
			if (id != null) {
				return (raw == int.class || raw == Integer.class) ? (Object) Math.toIntExact(id) : (Object) id;
			}
		}
		return sample(component.getGenericType());
	}

	private static Object record(Class<?> raw) {
		RecordComponent[] components = raw.getRecordComponents();
		Object[] values = Arrays.stream(components).map(SampleEvents::sample).toArray();
		try {
			Constructor<?> canonical = raw
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
			canonical.setAccessible(true);
			return canonical.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot build a sample " + raw.getName() + ": " + ex, ex);
		}
	}

}
