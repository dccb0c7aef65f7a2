/**
 * MCP23017 I/O expanders on I2C as Pi4J digital lines, so that the rest of the locker
 * code drives and reads them as it does the header's: outputs, debounced inputs read by
 * polling or on the chip's interrupt line, and a chip that stops answering told as a
 * silent controller.
 */
package org.cloakroom.kiosk.locker.expander;
