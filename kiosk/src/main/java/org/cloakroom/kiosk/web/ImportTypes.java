package org.cloakroom.kiosk.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.enrolment.MdmFormat;
import org.cloakroom.kiosk.policy.CatalogueFormat;

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
		MediaType type = check("the catalogue import", CATALOGUE, contentType);
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
		check("format " + format.name().toLowerCase(Locale.ROOT).replace('_', '-'), of(format), contentType);
	}

	private static MediaType check(String what, List<MediaType> accepted, String contentType)
			throws HttpMediaTypeNotSupportedException {
		MediaType type = parse(contentType);
		if (type != null && accepted.stream().anyMatch((one) -> one.equalsTypeAndSubtype(type))) {
			return type;
		}
		throw new Refused(type, accepted, what + " is sent as "
				+ accepted.stream().map(MediaType::toString).collect(Collectors.joining(" or ")) + ", not "
				+ ((type != null) ? type.getType() + "/" + type.getSubtype() : "a body without a Content-Type"));
	}

	/** A 415 whose detail names the import, which {@link ApiErrors} keeps. */
	static final class Refused extends HttpMediaTypeNotSupportedException {

		Refused(MediaType sent, List<MediaType> accepted, String detail) {
			super(sent, accepted, HttpMethod.POST);
			getBody().setDetail(detail);
			getBody().setType(URI.create("urn:cloakroom:problem:unsupported-media-type"));
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
