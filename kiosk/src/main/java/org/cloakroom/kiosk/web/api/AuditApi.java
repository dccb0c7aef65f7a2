package org.cloakroom.kiosk.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.ChainVerification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log: the newest entries, entries after a sequence, a subject's entries, and
 * the chain check.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The hash-chained event log")
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/events")
	@Operation(summary = "Newest first; with 'after', oldest first from that sequence; with 'subject', that subject's")
	List<AuditEntry> events(@RequestParam(required = false) Long after, @RequestParam(required = false) String subject,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1) {
			throw new InvalidRequest("request.limit", limit);
		}
		if (subject != null) {
			return this.log.about(subject, limit);
		}
		return (after != null) ? this.log.after(after, limit) : this.log.latest(limit);
	}

	@GetMapping("/verification")
	@Operation(summary = "Verify the whole hash chain; names the first entry that was edited, deleted or inserted")
	ChainVerification verify() {
		return this.log.verify();
	}

}
