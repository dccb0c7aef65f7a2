package org.cloakroom.kiosk.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.cloakroom.kiosk.enrolment.MdmFormat;
import org.cloakroom.kiosk.policy.CatalogueFormat;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * The content types each import is sent as, and nothing else: {@code text/plain} (which a
 * foreign page can post without asking) is never one. Checked in the controllers, so that
 * a refusal is always the 415 problem naming what the import takes.
 */
public final class ImportTypes {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	static final List<MediaType> CATALOGUE = List.of(CSV, MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA);

	private ImportTypes() {
	}

	static List<MediaType> of(MdmFormat format) {
		return switch (format) {
			case GENERIC_CSV -> List.of(CSV);
			case INTUNE -> List.of(CSV, ZIP);
			case GENERIC_JSON, JAMF -> List.of(MediaType.APPLICATION_JSON);
		};
	}

	/**
	 * The catalogue import's body format, {@code null} for a multipart upload.
	 * @throws HttpMediaTypeNotSupportedException for any other type
	 */
	public static CatalogueFormat catalogue(String contentType) throws HttpMediaTypeNotSupportedException {
		MediaType type = check(RefusalWords.words("problem.import-type.catalogue"), CATALOGUE, contentType);
		if (MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
			return null;
		}
		return CSV.equalsTypeAndSubtype(type) ? CatalogueFormat.CSV : CatalogueFormat.JSON;
	}

	/**
	 * @throws HttpMediaTypeNotSupportedException (a 415 naming the types the format
	 * takes) when {@code contentType} is not one of them
	 */
	public static void mdm(MdmFormat format, String contentType) throws HttpMediaTypeNotSupportedException {
		check(RefusalWords.words("problem.import-type.mdm", format.name().toLowerCase(Locale.ROOT).replace('_', '-')),
				of(format), contentType);
	}

	private static MediaType check(MessageSourceResolvable what, List<MediaType> accepted, String contentType)
			throws HttpMediaTypeNotSupportedException {
		MediaType type = parse(contentType);
		if (type != null && accepted.stream().anyMatch((one) -> one.equalsTypeAndSubtype(type))) {
			return type;
		}
		Object sent = (type != null) ? type.getType() + "/" + type.getSubtype()
				: RefusalWords.words("problem.import-type.no-content-type");
		throw new Refused(type, accepted,
				RefusalWords.words("problem.import-type", what, RefusalWords.either(accepted), sent));
	}

	/** A 415 whose detail names the import, in words {@link ApiErrors} renders. */
	static final class Refused extends HttpMediaTypeNotSupportedException {

		private final transient MessageSourceResolvable words;

		Refused(MediaType sent, List<MediaType> accepted, MessageSourceResolvable words) {
			super(sent, accepted, HttpMethod.POST);
			this.words = words;
			getBody().setType(URI.create("urn:cloakroom:problem:unsupported-media-type"));
		}

		MessageSourceResolvable words() {
			return this.words;
		}

	}

	private static MediaType parse(String contentType) {
		try {
			return (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
