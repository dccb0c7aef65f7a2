/**
 * The admin console, for admins: lockers and the emergency release, the flagged-app
 * catalogue, employees and their phones, policy and exemptions, console users and the
 * kiosk's run-time settings; one controller and template per section in the frame of
 * {@code admin-layout.html}. Every action is an audit event naming the signed-in admin.
 */
package org.cloakroom.kiosk.web.admin;
