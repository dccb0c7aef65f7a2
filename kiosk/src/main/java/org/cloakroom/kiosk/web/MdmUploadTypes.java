package org.cloakroom.kiosk.web;

import java.util.List;
import java.util.stream.Collectors;

import org.cloakroom.kiosk.enrollment.MdmFormat;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;

/**
 * The content types each MDM import format is sent as. Only these: {@code text/plain}
 * (which a foreign page can post without asking) is never one.
 */
final class MdmUploadTypes {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private MdmUploadTypes() {
	}

	static List<MediaType> of(MdmFormat format) {
		return switch (format) {
			case GENERIC_CSV -> List.of(CSV);
			case INTUNE -> List.of(CSV, ZIP);
			case GENERIC_JSON, JAMF -> List.of(MediaType.APPLICATION_JSON);
		};
	}

	/**
	 * @throws HttpMediaTypeNotSupportedException (a 415 naming the types the format
	 * takes) when {@code type} is not one of them
	 */
	static void check(MdmFormat format, MediaType type) throws HttpMediaTypeNotSupportedException {
		List<MediaType> accepted = of(format);
		if (accepted.stream().noneMatch((one) -> one.equalsTypeAndSubtype(type))) {
			HttpMediaTypeNotSupportedException ex = new HttpMediaTypeNotSupportedException(type, accepted,
					HttpMethod.POST);
			ex.getBody()
				.setDetail(
						"format " + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " is sent as "
								+ accepted.stream().map(MediaType::toString).collect(Collectors.joining(" or "))
								+ ", not " + type.getType() + "/" + type.getSubtype());
			throw ex;
		}
	}

}
