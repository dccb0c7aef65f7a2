package org.cloakroom.kiosk.policy;

/**
 * One rule or catalogue entry that led to a decision. {@code plainWords} is what the
 * kiosk shows the employee; the rest goes into the audit event in full.
 */
public record Reason(String rule, String catalogueEntry, String appId, String source, String plainWords) {
}
