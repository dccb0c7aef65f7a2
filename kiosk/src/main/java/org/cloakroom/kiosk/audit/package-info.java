/**
 * The hash-chained, tamper-evident event log: every step any module takes lands here.
 */
package org.cloakroom.kiosk.audit;
