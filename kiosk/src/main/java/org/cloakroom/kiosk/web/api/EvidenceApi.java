package org.cloakroom.kiosk.web.api;

import java.io.IOException;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.cloakroom.kiosk.audit.EvidenceBundle;
import org.cloakroom.kiosk.audit.EvidenceExport;
import org.cloakroom.kiosk.audit.EvidenceSelection;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence bundle of a time or sequence range: a zip streamed as it is written, which
 * {@code audit verify --bundle FILE} verifies offline.
 */
@RestController
@Tag(name = "audit", description = "The hash-chained event log")
class EvidenceApi {

	static final String ZIP = "application/zip";

	private final EvidenceExport export;

	EvidenceApi(EvidenceExport export) {
		this.export = export;
	}

	@GetMapping(path = "/api/v1/audit/evidence", produces = ZIP)
	@Operation(summary = "An evidence bundle: the entries recorded from 'from' to before 'to' and/or numbered"
			+ " 'fromSequence' to 'toSequence' (no bound: the whole log in the database), their chain proof between signed checkpoints, the checkpoints,"
			+ " the public key, a signed manifest and a README; no secret. The export is audited (EvidenceExported)")
	@ApiResponse(responseCode = "200", description = "The bundle, as an attachment",
			content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404",
			description = "No entry of the log lies in the range (code evidence-nothing-selected)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "409",
			description = "No signed checkpoint precedes the range, or none can be signed after it (the log was found broken)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(ref = "#/components/schemas/Problem")))
	void evidence(
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) Long fromSequence, @RequestParam(required = false) Long toSequence,
			SignedInUser user, HttpServletResponse response) throws IOException {
		EvidenceBundle bundle = this.export.prepare(new EvidenceSelection(from, to, fromSequence, toSequence));
		response.setContentType(ZIP);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(bundle.fileName()).build().toString());
		bundle.writeTo(response.getOutputStream(), user.name());
		response.flushBuffer();
	}

}
