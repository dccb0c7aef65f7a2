/**
 * A kiosk's side of forwarding to central: the membership {@code fleet join} leaves in
 * the secrets directory, the forwarder (the audit log is the outbox, read after the
 * forwarding cursor), its archive hold and the {@code fleet} health component. Its beans
 * exist only at a door ({@code @DoorHome}) that has joined ({@link JoinedCentral}).
 */
package org.cloakroom.kiosk.fleet.forward;
