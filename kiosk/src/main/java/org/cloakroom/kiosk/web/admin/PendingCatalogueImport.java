package org.cloakroom.kiosk.web.admin;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;

import org.cloakroom.kiosk.policy.CatalogueFormat;

/**
 * A catalogue file an admin previewed and may now apply, kept in their session: the bytes
 * as uploaded (at most {@code cloakroom.imports.catalogue-max-size}, the upload's own
 * limit), so the file applied is the file previewed without a second upload, and one per
 * session, replaced by the next preview and dropped once applied or cancelled.
 */
record PendingCatalogueImport(String fileName, CatalogueFormat format, boolean retireMissing, byte[] content,
		String sha256) implements Serializable {

	static final String SESSION_KEY = PendingCatalogueImport.class.getName();

	PendingCatalogueImport {
		content = content.clone();
	}

	InputStream open() {
		return new ByteArrayInputStream(this.content);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PendingCatalogueImport that && this.sha256.equals(that.sha256)
				&& this.format == that.format && this.retireMissing == that.retireMissing
				&& Arrays.equals(this.content, that.content);
	}

	@Override
	public int hashCode() {
		return this.sha256.hashCode();
	}

	@Override
	public String toString() {
		return this.fileName + " (" + this.format + ", " + this.content.length + ", " + this.sha256 + ")";
	}

}
