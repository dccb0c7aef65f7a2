// The officer console's behaviour, out of the page: the Content-Security-Policy allows no
// inline script.
'use strict';

// Every htmx request carries the session's CSRF token, from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
	var token = document.querySelector('meta[name="_csrf"]');
	var header = document.querySelector('meta[name="_csrf_header"]');
	if (token && header) {
		event.detail.headers[header.content] = token.content;
	}
});

// A stream that was dropped resumes after the last row it sent (Last-Event-ID); one that
// htmx opened again starts after the page's newest row, so skip rows already shown.
// "reload" means more was missed than the server replays. Only the log's rows are skipped: the
// alerts stream's events carry the same sequences (officer-alerts.js).
document.addEventListener('htmx:sseBeforeMessage', function (event) {
	if (event.detail.type === 'reload') {
		event.preventDefault();
		location.reload();
	} else if (event.detail.type === 'entry'
			&& document.querySelector('#events tr[data-sequence="' + event.detail.lastEventId + '"]')) {
		event.preventDefault();
	}
});
