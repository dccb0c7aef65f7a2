/**
 * The log told in words: every audit entry as a sentence from {@code messages/story},
 * with names (employees, phones, lockers, flagged apps and their sources) instead of ids,
 * and the timelines of an employee, a phone and a locker that the console and the API
 * show.
 */
@ApplicationModule(allowedDependencies = { "audit", "enrolment", "locker", "policy" })
package org.cloakroom.kiosk.story;

import org.springframework.modulith.ApplicationModule;
