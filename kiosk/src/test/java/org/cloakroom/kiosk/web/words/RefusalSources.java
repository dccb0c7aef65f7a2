package org.cloakroom.kiosk.web.words;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.cloakroom.kiosk.Refusal;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The {@link Refusal} subclasses of {@code src/main}, found on the class path (nested and
 * package-private ones too) and mapped to their source files.
 */
final class RefusalSources {

	private RefusalSources() {
	}

	/** The classes' names, from compiled main code only (not the tests' own refusals). */
	static Set<String> classes() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Refusal.class));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition found : scanner.findCandidateComponents("org.cloakroom.kiosk")) {
			String name = found.getBeanClassName();
			if (Files.exists(source(name))) {
				names.add(name);
			}
		}
		return names;
	}

	static List<Path> all() {
		return classes().stream().map(RefusalSources::source).distinct().sorted().toList();
	}

	/** The file of the outermost class: {@code a.B$C} is in {@code a/B.java}. */
	static Path source(String className) {
		String outer = className.replaceFirst("\\$.*", "");
		return Path.of("src/main/java", outer.replace('.', '/') + ".java");
	}

}
