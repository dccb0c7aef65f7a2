package org.cloakroom.kiosk.audit;

import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Pins the type every shipped event records against {@code audit/event-types.txt}: logs
 * already written are verified and searched by these strings, so renaming an event class
 * must not change them, and no type may vanish or appear unnoticed.
 */
class AuditEventTypesTest {

	private static final String PINNED_FILE = "audit/event-types.txt";

	private static final List<Class<? extends AuditableEvent>> SHIPPED = shippedEvents();

	private static final PinnedTypes PINNED = PinnedTypes.read("/" + PINNED_FILE);

	@Test
	void everyEventDeclaresItsType() {
		assertThat(SHIPPED).as("events that declare no @AuditType (anonymous classes cannot: make them records)")
			.filteredOn((event) -> !event.isAnnotationPresent(AuditType.class))
			.isEmpty();
	}

	@Test
	void noEventOverridesItsDeclaredType() throws NoSuchMethodException {
		for (Class<? extends AuditableEvent> event : SHIPPED) {
			assertThat(event.getMethod("type").getDeclaringClass())
				.as("%s overrides type() (a method or a record component named 'type'): declare @AuditType instead",
						event.getName())
				.isEqualTo(AuditableEvent.class);
		}
	}

	@Test
	void everyTypeIsOneLineTheLogAccepts() {
		assertThat(declaredTypes()).allSatisfy((type, events) -> assertThat(type)
			.as("type of %s: one line of at most %d characters", events, AuditRecorder.MAX_TYPE_LENGTH)
			.isNotBlank()
			.hasSizeLessThanOrEqualTo(AuditRecorder.MAX_TYPE_LENGTH)
			.doesNotContainPattern("\\p{Cntrl}"));
	}

	@Test
	void noTwoEventsDeclareTheSameType() {
		Map<String, List<String>> shared = declaredTypes();
		shared.values().removeIf((events) -> events.size() == 1);
		assertThat(shared).as("types declared by more than one event").isEmpty();
	}

	@Test
	void everyDeclaredTypeIsPinned() {
		Map<String, List<String>> unpinned = declaredTypes();
		unpinned.keySet().removeAll(PINNED.live());
		assertThat(unpinned).as("""
				event types not pinned in src/test/resources/%s. A new event adds its type there; a renamed \
				event keeps the @AuditType it had; a retired type is never reused""", PINNED_FILE).isEmpty();
	}

	@Test
	void noEventReusesARetiredType() {
		Map<String, List<String>> reused = declaredTypes();
		reused.keySet().retainAll(PINNED.retired());
		assertThat(reused).as("retired types declared again (old logs hold them with their old meaning)").isEmpty();
	}

	@Test
	void everyPinnedTypeIsStillDeclared() {
		Set<String> undeclared = new TreeSet<>(PINNED.live());
		undeclared.removeAll(declaredTypes().keySet());
		assertThat(undeclared).as("""
				pinned types no event declares any more. Logs already hold them: give the renamed event its old \
				@AuditType back, or, if the event is really gone, turn its line in src/test/resources/%s into \
				'retired <type>  # why'""", PINNED_FILE).isEmpty();
	}

	@Test
	void readsTheDeclaredTypeAndRefusesAnEventWithoutOne() {
		AuditableEvent untyped = AuditSubject::kiosk;

		assertThat(DoorTested.of(AuditSubject.locker(7), "typed").type()).isEqualTo("DoorTested");
		assertThatIllegalStateException().isThrownBy(untyped::type)
			.withMessageContaining(untyped.getClass().getName())
			.withMessageContaining("@AuditType");
	}

	/** Each declared type with the events declaring it; a new map on each call. */
	private static Map<String, List<String>> declaredTypes() {
		return SHIPPED.stream()
			.filter((event) -> event.isAnnotationPresent(AuditType.class))
			.collect(Collectors.groupingBy(AuditableEvent::typeOf, TreeMap::new,
					Collectors.mapping(Class::getName, Collectors.toList())));
	}

	/**
	 * Every concrete {@link AuditableEvent} under {@code org.cloakroom.kiosk} that the
	 * application ships, nested, local and anonymous ones included; the tests' own events
	 * never reach a kiosk's log.
	 */
	private static List<Class<? extends AuditableEvent>> shippedEvents() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isConcrete();
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditableEvent.class));
		URL shipped = codeSource(AuditableEvent.class);
		ClassLoader loader = AuditEventTypesTest.class.getClassLoader();
		return scanner.findCandidateComponents("org.cloakroom.kiosk")
			.stream()
			.map((candidate) -> ClassUtils.resolveClassName(candidate.getBeanClassName(), loader))
			.filter((type) -> shipped.equals(codeSource(type)))
			.<Class<? extends AuditableEvent>>map((type) -> type.asSubclass(AuditableEvent.class))
			.sorted(Comparator.comparing(Class::getName))
			.toList();
	}

	private static URL codeSource(Class<?> type) {
		return type.getProtectionDomain().getCodeSource().getLocation();
	}

}
