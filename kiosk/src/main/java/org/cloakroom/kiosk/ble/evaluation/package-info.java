/**
 * The evaluation of proximity on real recordings: converters from the shared data sets
 * (pc-ng, Herald) into labelled traces, arrivals and passers stitched from their real
 * packets (an arrival ends at the kiosk's spot), calibration as enrolment would take it
 * from a part of the spot no episode uses, scores per data set, body position and model
 * pair, and the best single threshold in hindsight beside them.
 */
package org.cloakroom.kiosk.ble.evaluation;
