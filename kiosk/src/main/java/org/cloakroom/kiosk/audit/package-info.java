/**
 * The hash-chained, tamper-evident event log: every step any module takes lands here.
 */
@ApplicationModule(allowedDependencies = {})
package org.cloakroom.kiosk.audit;

import org.springframework.modulith.ApplicationModule;
