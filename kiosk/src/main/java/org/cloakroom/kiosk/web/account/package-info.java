/**
 * A console user's own pages: signing in ({@code /signin}) and changing their own
 * password ({@code /account/password}).
 */
package org.cloakroom.kiosk.web.account;
