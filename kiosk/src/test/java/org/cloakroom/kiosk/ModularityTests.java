package org.cloakroom.kiosk;

import java.util.List;

import com.tngtech.archunit.core.importer.ImportOption;
import org.cloakroom.fixture.undeclared.UndeclaredArrowApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The modules and the arrows between them. Each module's {@code package-info.java} lists
 * the modules it may use ({@code allowedDependencies}); {@code verify()} refuses any
 * other arrow, so a new one is a decision written there, not an accident.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(CloakroomApplication.class);

	@Test
	void modulesHaveNoCyclesUseOnlyEachOthersApiAndOnlyTheModulesTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		assertThat(MODULES.stream()).isNotEmpty().allSatisfy((module) -> {
			String basePackage = module.getBasePackage().getName();
			ApplicationModule declared = packageInfo(basePackage).getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule on %s.package-info", basePackage).isNotNull();
			assertThat(List.of(declared.allowedDependencies()))
				.as("allowedDependencies of %s (left out, any arrow is allowed)", basePackage)
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void verificationRefusesAnArrowAModuleDoesNotDeclare() {
		// The fixture lives in the test classes, which an application's modules leave
		// out.
		ApplicationModules undeclared = ApplicationModules.of(UndeclaredArrowApplication.class,
				new ImportOption.OnlyIncludeTests());

		assertThatExceptionOfType(Violations.class).isThrownBy(undeclared::verify)
			.withMessageContaining("Module 'desk' depends on module 'vault'")
			.withMessageContaining("Allowed targets: none");
	}

	private static Class<?> packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info");
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(packageName + " has no annotated package-info.java", ex);
		}
	}

}
