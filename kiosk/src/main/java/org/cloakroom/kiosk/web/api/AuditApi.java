package org.cloakroom.kiosk.web.api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.audit.AuditEntry;
import org.cloakroom.kiosk.audit.AuditFilter;
import org.cloakroom.kiosk.audit.AuditLog;
import org.cloakroom.kiosk.audit.AuditPage;
import org.cloakroom.kiosk.audit.AuditSearch;
import org.cloakroom.kiosk.audit.ChainVerification;
import org.cloakroom.kiosk.audit.Checkpoint;
import org.cloakroom.kiosk.checkin.CheckInId;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The audit log: its search (newest first, or oldest first from {@code after}), a visit,
 * the export of a search, and the chain check.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The hash-chained event log")
class AuditApi {

	/** What {@code /events} takes besides the filters. */
	private static final Set<String> PAGING = Set.of("before", "after", "limit");

	private final AuditLog log;

	private final AuditSearch search;

	private final AuditSearchParameters parameters;

	private final AuditExport export;

	AuditApi(AuditLog log, AuditSearch search, AuditSearchParameters parameters, AuditExport export) {
		this.log = log;
		this.search = search;
		this.parameters = parameters;
		this.export = export;
	}

	@GetMapping("/events")
	@Operation(summary = "Search the whole log: newest first before the cursor 'before', or oldest first after 'after'",
			description = """
					Filters combine with AND, a repeated filter's values with OR: from, to (instants), type (event \
					types as recorded), severity (alert, notice, info), employee (id, badge or name), phone, locker \
					(ids; an entry that names them anywhere, locker events of the employee's storages included), \
					kiosk (this kiosk's id), text (in the details, any case), subject (as recorded). A filter that \
					is not one, or a value that names nothing, is a 400 naming it. In the central home the search \
					reads every registered kiosk's entries, each naming its kiosk and site; kiosk is a registered \
					kiosk's name, site a site's kiosks; employee, phone and locker are refused there. The header Link rel="next" \
					names the next page; at most 500 entries a page.""")
	ResponseEntity<List<AuditEntry>> events(
			@Parameter(description = "a page's cursor: the sequence, or centrally the text the Link names",
					schema = @Schema(type = "string")) @RequestParam(required = false) String before,
			@Parameter(description = "a page's cursor, read oldest first from it",
					schema = @Schema(type = "string")) @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "100") int limit,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
		AuditFilter filter = this.parameters.filter(query, PAGING);
		AuditPage page = (after != null && before == null)
				? this.search.findForward(filter, this.parameters.cursor("after", after), limit)
				: this.search.find(filter, this.parameters.cursor("before", before), limit);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (page.cursor() != null) {
			String cursor = (after != null && before == null) ? "after" : "before";
			answer.header(HttpHeaders.LINK,
					"<" + ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam(cursor, page.cursor())
						.build()
						.toUriString() + ">; rel=\"next\"");
		}
		return answer.body(page.entries());
	}

	@GetMapping("/visits/{checkInId}")
	@Operation(
			summary = "One check-in's visit, oldest first: the conversation at the door, its storages with their locker events, and the collection")
	List<AuditEntry> visit(@PathVariable CheckInId checkInId) {
		return this.search.visit(checkInId.toString());
	}

	@GetMapping("/export")
	@Operation(
			summary = "Export a search, oldest first, streamed: format=csv (the default; RFC 4180, formula cells neutralised) or json (JSON lines, one entry per line)",
			description = "Takes the filters of /events; no paging.")
	@ApiResponse(responseCode = "200", description = "The entries, as an attachment",
			content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")) })
	void export(@RequestParam(defaultValue = "csv") String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query, HttpServletResponse response)
			throws IOException {
		AuditFilter filter = this.parameters.filter(query, Set.of("format"));
		this.export.write(AuditExport.Format.of(format), filter, response);
	}

	@GetMapping("/verification")
	@Operation(
			summary = "Verify the whole keyed chain against the signed checkpoints; names the first entry edited, deleted, inserted or re-hashed, or the checkpoint missing or altered")
	VerificationAnswer verify() {
		return VerificationAnswer.of(this.log.verify());
	}

	/**
	 * The verification on the wire, one shape for every outcome: the first bad sequence,
	 * the checkpoint at fault and the problem are null while the chain is intact; the
	 * first bad sequence is null when a checkpoint file (named) is what is wrong. The
	 * newest checkpoint is the one an intact chain was checked against, if any.
	 */
	record VerificationAnswer(boolean intact, long entriesChecked, Long firstBadSequence, String checkpoint,
			String problem, Long newestCheckpointSequence, Instant newestCheckpointSignedAt) {

		static VerificationAnswer of(ChainVerification verification) {
			if (verification instanceof ChainVerification.Intact intact) {
				Checkpoint newest = intact.newestCheckpoint();
				return new VerificationAnswer(true, intact.entriesChecked(), null, null, null,
						(newest != null) ? newest.sequence() : null, (newest != null) ? newest.signedAt() : null);
			}
			if (verification instanceof ChainVerification.CheckpointBroken broken) {
				return new VerificationAnswer(false, broken.entriesChecked(), null, broken.checkpoint(),
						broken.problem(), null, null);
			}
			// A case that is neither fails here rather than pass as intact.
			ChainVerification.Broken broken = (ChainVerification.Broken) verification;
			return new VerificationAnswer(false, broken.entriesChecked(), broken.firstBadSequence(), null,
					broken.problem(), null, null);
		}

	}

}
