package org.cloakroom.kiosk.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.cloakroom.kiosk.ImportLimits;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every request body by endpoint ({@code cloakroom.imports.*-max-size}): a request
 * that declares a longer {@code Content-Length} is refused at once with a 413 problem,
 * before a byte of it is read; one that declares none (chunked) or lies is stopped by
 * {@link RequestTooLargeException} as soon as it is read past the limit. Multipart bodies
 * are parsed by the container, under {@link UploadConfiguration}'s limits.
 */
class RequestSizeLimits extends OncePerRequestFilter {

	private final ImportLimits limits;

	private final JsonMapper json;

	private final RefusalWords words;

	RequestSizeLimits(ImportLimits limits, JsonMapper json, RefusalWords words) {
		this.limits = limits;
		this.json = json;
		this.words = words;
	}

	/**
	 * A limit and the property that sets it; {@code what} is the key of its body's name.
	 */
	record Limit(String what, long bytes, String property) {

		MessageSourceResolvable refusal() {
			return RefusalWords.words("problem.too-large", RefusalWords.words(this.what), human(this.bytes),
					String.format(Locale.ENGLISH, "%,d", this.bytes), this.property);
		}

		private static MessageSourceResolvable human(long bytes) {
			return (bytes % (1 << 20) == 0) ? RefusalWords.words("size.mb", bytes >> 20) : (bytes % 1024 == 0)
					? RefusalWords.words("size.kb", bytes >> 10) : RefusalWords.words("size.bytes", bytes);
		}

	}

	Limit limitFor(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/api/v1/catalogue/import")) {
			return catalogue(this.limits);
		}
		if (path.equals("/api/v1/mdm/imports") || path.equals("/api/v1/mdm/inventories")) {
			return limit("problem.too-large.mdm", this.limits.mdmMaxSize(), "mdm-max-size");
		}
		if (path.equals("/api/v1/fleet/events")) {
			return limit("problem.too-large.fleet-batch", this.limits.fleetBatchMaxSize(), "fleet-batch-max-size");
		}
		return limit("problem.too-large.request", this.limits.requestMaxSize(), "request-max-size");
	}

	/** The catalogue import's limit, which the container's multipart limit shares. */
	static Limit catalogue(ImportLimits limits) {
		return limit("problem.too-large.catalogue", limits.catalogueMaxSize(), "catalogue-max-size");
	}

	private static Limit limit(String what, DataSize size, String property) {
		return new Limit(what, size.toBytes(), ImportLimits.PREFIX + property);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Limit limit = limitFor(request);
		if (request.getContentLengthLong() > limit.bytes()) {
			refuse(request, response, limit);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Limit limit) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem(limit, this.words, request.getLocale()));
	}

	/** The 413 problem, the same whether refused by length or while reading. */
	static Map<String, Object> problem(Limit limit, RefusalWords words, Locale locale) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:cloakroom:problem:too-large");
		problem.put("title", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
		problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		problem.put("detail", words.of(RefusalWords.words("problem.too-large.nothing-done", limit.refusal()), locale));
		problem.put("limit", limit.bytes());
		problem.put("property", limit.property());
		return problem;
	}

	/** The request whose body stops at its limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final Limit limit;

		private ServletInputStream body;

		Limited(HttpServletRequest request, Limit limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.body == null) {
				this.body = new CountedBody(super.getInputStream(), this.limit);
			}
			return this.body;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.ISO_8859_1;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class CountedBody extends ServletInputStream {

		private final ServletInputStream in;

		private final Limit limit;

		private long read;

		CountedBody(ServletInputStream in, Limit limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			count((b >= 0) ? 1 : 0);
			return b;
		}

		@Override
		public int read(byte[] bytes, int from, int length) throws IOException {
			int n = this.in.read(bytes, from, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.limit.bytes()) {
				throw new RequestTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
