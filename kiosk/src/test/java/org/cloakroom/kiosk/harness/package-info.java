/**
 * The fuzz, contract and soak harness: the running simulation exercised over real HTTP
 * and every answer checked against the OpenAPI document it serves.
 */
package org.cloakroom.kiosk.harness;
