/**
 * PC/SC contactless badge readers through {@code javax.smartcardio} and pcscd: a card's
 * UID, or a PIV/CAC card's identity from its card-authentication certificate.
 */
package org.cloakroom.kiosk.badge.pcsc;
