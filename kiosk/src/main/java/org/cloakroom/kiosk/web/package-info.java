/**
 * The kiosk screen, the officer console, the simulation panel and the JSON API; all go
 * through the same services.
 */
package org.cloakroom.kiosk.web;
