package org.cloakroom.kiosk;

import java.util.Optional;

/**
 * Whether this kiosk takes its configuration (employees, phones, identities, catalogue,
 * area policy, exemptions) from a central instance: once it applied one, it is centrally
 * managed, and the modules that own those things refuse local edits, naming the central
 * instance. The fleet module answers it on a kiosk; where no bean answers (the central
 * instance itself), nothing is centrally managed.
 */
public interface CentralManagement {

	/** The central instance this kiosk applied a configuration from, if it did. */
	Optional<String> central();

}
