package org.cloakroom.kiosk.web.api;

import org.cloakroom.kiosk.web.ImportTypes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.cloakroom.kiosk.policy.CatalogueAdministration;
import org.cloakroom.kiosk.policy.CatalogueEntry;
import org.cloakroom.kiosk.policy.CatalogueFormat;
import org.cloakroom.kiosk.policy.CatalogueImportResult;
import org.cloakroom.kiosk.policy.CataloguePreview;
import org.cloakroom.kiosk.policy.CatalogueRefusedException;
import org.cloakroom.kiosk.web.SignedInUser;

import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Administration of the flagged-app catalogue: list, read, create, edit, retire, export
 * and import (all or nothing), each change audited in the signed-in console user's name.
 * A refused change or import is a 400 problem whose {@code errors} list every bad row
 * with its line, field, value and reason.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "catalogue", description = "The flagged-app catalogue")
class CatalogueApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CatalogueAdministration catalogue;

	CatalogueApi(CatalogueAdministration catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/entries")
	@Operation(summary = "Every entry; retired ones too with includeRetired=true")
	List<CatalogueEntryView> entries(@RequestParam(defaultValue = "false") boolean includeRetired) {
		return this.catalogue.list(includeRetired).stream().map(CatalogueEntryView::of).toList();
	}

	@GetMapping("/entries/{id}")
	CatalogueEntryView entry(@PathVariable String id) {
		return CatalogueEntryView.of(this.catalogue.get(id));
	}

	@PostMapping(path = "/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an entry (the JSON layout of one entry)")
	ResponseEntity<CatalogueEntryView> create(@RequestBody String entry, SignedInUser admin) {
		CatalogueEntry created = this.catalogue.create(entry, admin.name());
		return ResponseEntity.created(URI.create("/api/v1/catalogue/entries/" + created.app().id()))
			.body(CatalogueEntryView.of(created));
	}

	@PutMapping(path = "/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an entry that is not retired")
	CatalogueEntryView edit(@PathVariable String id, @RequestBody String entry, SignedInUser admin) {
		return CatalogueEntryView.of(this.catalogue.edit(id, entry, admin.name()));
	}

	@PostMapping(path = "/entries/{id}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Retire an entry: it stops matching and stays for the record")
	CatalogueEntryView retire(@PathVariable String id, @RequestBody(required = false) CatalogueRetireRequest request,
			SignedInUser admin) {
		return CatalogueEntryView
			.of(this.catalogue.retire(id, (request == null) ? null : request.because(), admin.name()));
	}

	@GetMapping("/export")
	@Operation(summary = "The entries that are not retired, as format=json (default) or format=csv")
	@ApiResponse(responseCode = "200", description = "The catalogue file, as an attachment", content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CatalogueFile.class)),
			@Content(mediaType = "text/csv",
					schema = @Schema(type = "string",
							description = "RFC 4180 CSV, one entry a row; a cell that starts with = + - @, a tab, "
									+ "a carriage return or ' has a ' put before it")) })
	ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format) {
		CatalogueFormat chosen = format(format);
		String file = this.catalogue.export(chosen);
		String name = "flagged-apps." + chosen.name().toLowerCase(Locale.ROOT);
		return ResponseEntity.ok()
			.contentType((chosen == CatalogueFormat.CSV) ? CSV : MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(file);
	}

	@PostMapping("/import")
	@Operation(summary = "Import a whole file (UTF-8), all or nothing: the body as text/csv or application/json,"
			+ " or a multipart/form-data upload (part 'file'; its format from format=, else its name or type);"
			+ " with retireMissing=true the file is the whole catalogue and the entries it leaves out are retired",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
							@Content(mediaType = "application/json", schema = @Schema(type = "object")),
							@Content(mediaType = "multipart/form-data",
									schema = @Schema(type = "object", requiredProperties = "file")) }))
	CatalogueImportResult importFile(HttpServletRequest request, @RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean retireMissing, SignedInUser admin)
			throws IOException, HttpMediaTypeNotSupportedException {
		return read(request, format,
				(chosen, in) -> this.catalogue.importFile(chosen, in, retireMissing, admin.name()));
	}

	@PostMapping("/import/preview")
	@Operation(
			summary = "What importing a file would do (added, changed with the fields that change, retired, unchanged),"
					+ " writing nothing; the same body and parameters as the import, the same refusals",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = { @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
							@Content(mediaType = "application/json", schema = @Schema(type = "object")),
							@Content(mediaType = "multipart/form-data",
									schema = @Schema(type = "object", requiredProperties = "file")) }))
	CataloguePreview previewImport(HttpServletRequest request, @RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean retireMissing)
			throws IOException, HttpMediaTypeNotSupportedException {
		return read(request, format, (chosen, in) -> this.catalogue.preview(chosen, in, retireMissing));
	}

	/** The file of an import request, as its body or its multipart part 'file'. */
	private static <T> T read(HttpServletRequest request, String format, CatalogueFileReader<T> reader)
			throws IOException, HttpMediaTypeNotSupportedException {
		CatalogueFormat body = ImportTypes.catalogue(request.getContentType());
		if (body != null) {
			return reader.read(body, request.getInputStream());
		}
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		MultipartFile file = (multipart != null) ? multipart.getFile("file") : null;
		if (file == null) {
			throw new InvalidRequest("request.no-file-part");
		}
		CatalogueFormat chosen = (format != null) ? format(format) : formatOf(file);
		try (InputStream in = file.getInputStream()) {
			return reader.read(chosen, in);
		}
	}

	private interface CatalogueFileReader<T> {

		T read(CatalogueFormat format, InputStream in);

	}

	@ExceptionHandler(CatalogueRefusedException.class)
	ResponseEntity<ProblemDetail> refused(CatalogueRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(URI.create("urn:cloakroom:problem:bad-catalogue"));
		problem.setProperty("code", ex.code());
		problem.setProperty("errors", ex.problems());
		problem.setProperty("moreErrors", ex.more());
		return ResponseEntity.badRequest().body(problem);
	}

	private static CatalogueFormat format(String format) {
		try {
			return CatalogueFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequest("request.catalogue-format", format);
		}
	}

	private static CatalogueFormat formatOf(MultipartFile file) {
		String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		String type = String.valueOf(file.getContentType()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || type.startsWith("text/csv")) {
			return CatalogueFormat.CSV;
		}
		if (name.endsWith(".json") || type.startsWith("application/json")) {
			return CatalogueFormat.JSON;
		}
		throw new InvalidRequest("request.upload-format", file.getOriginalFilename(), file.getContentType());
	}

}
