package org.cloakroom.kiosk.ble.trace;

import java.time.Instant;

/**
 * The ground truth of one generated person, for evaluation.
 *
 * @param device the label's device name, stable across address rotation
 * @param scenario what the person does
 * @param irk the phone's identity resolving key (32 hex), to enrol it in a replay
 * @param carrying where the phone is carried
 * @param levelAt1m what the phone reads at 1 m from the reference adapter, in the hand
 * @param start when the person starts
 * @param withinOneMetre when the phone first came within 1 m of the door adapter, or
 * {@code null}
 * @param quietFrom when the phone stopped advertising, or {@code null}
 * @param end when the person's part of the trace ends
 */
public record GeneratedPerson(String device, Scenario scenario, String irk, Carrying carrying, double levelAt1m,
		Instant start, Instant withinOneMetre, Instant quietFrom, Instant end) {
}
