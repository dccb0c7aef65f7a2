package org.cloakroom.kiosk.ble.transport;

/**
 * The advertiser's address type as the controller reports it; a random address's two top
 * bits then tell static, resolvable private and non-resolvable private apart.
 */
public enum AddressType {

	PUBLIC, RANDOM

}
