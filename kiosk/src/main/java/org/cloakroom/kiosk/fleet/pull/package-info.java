/**
 * On a kiosk that joined central: pulls central's configuration, applies each snapshot or
 * delta in one transaction through the enrolment and policy modules, keeps the last good
 * copy, and says how old it is (in the {@code fleet} health). The membership, the trust
 * and the fleet token are {@code fleet.forward}'s ({@code FleetSecrets},
 * {@code CentralClient}); the pull's beans exist only once joined
 * ({@code JoinedCentral}).
 */
package org.cloakroom.kiosk.fleet.pull;
