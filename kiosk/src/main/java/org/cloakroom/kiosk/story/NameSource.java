package org.cloakroom.kiosk.story;

import java.util.Optional;

import org.cloakroom.kiosk.policy.FlaggedApp;

/**
 * Where the words find names for the ids the log records. A port so that the wording can
 * be tried and measured without a database; {@link ModuleNames} asks the owning modules.
 * Each method answers empty for an id that names nothing (any more).
 */
interface NameSource {

	Optional<String> employee(long employeeId);

	Optional<String> phone(long phoneId);

	Optional<String> locker(int lockerId);

	Optional<FlaggedApp> flaggedApp(String appId);

}
