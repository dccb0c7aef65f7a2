// The kiosk screen's small helpers: the on-screen keypad, the locker countdown (a shrinking bar
// and its words), the page's language after a swap, and waiting for the program to come back
// after a simulated power cut. Everything else is htmx.
(function () {
	'use strict';

	// True while someone is typing at the idle screen: live refreshes must not wipe their input.
	function kioskBusy() {
		const inputs = document.querySelectorAll('#screen input:not([type=hidden])');
		return Array.from(inputs).some(input => input.value !== '' || input === document.activeElement);
	}

	// The screen's own refresh (a GET by #screen) waits while someone types; a listener, not an
	// hx-trigger filter, because the Content-Security-Policy forbids the eval such filters need.
	document.addEventListener('htmx:beforeRequest', event => {
		const element = event.detail.elt;
		if (element && element.id === 'screen' && event.detail.requestConfig.verb === 'get' && kioskBusy()) {
			event.preventDefault();
		}
	});

	let lastField = null;
	document.addEventListener('focusin', event => {
		if (event.target.matches('#screen input')) {
			lastField = event.target;
		}
	});

	document.addEventListener('click', event => {
		const key = event.target.closest('.keypad button');
		if (!key) {
			return;
		}
		const form = key.closest('form');
		const field = (lastField && form.contains(lastField)) ? lastField : form.querySelector('input[name=badgeId]');
		const value = key.dataset.key;
		if (value === '⌫') {
			field.value = field.value.slice(0, -1);
		} else if (value === 'C') {
			field.value = '';
		} else if (field.value.length < (field.maxLength > 0 ? field.maxLength : 32)) {
			field.value += value;
		}
		field.focus();
	});

	// The server says how many seconds were left when it rendered; count down from when this
	// page received it, so a browser whose clock differs from the kiosk's still counts right.
	function secondsLeft(element) {
		if (!element.dataset.until) {
			element.dataset.until = Date.now() + 1000 * Number(element.dataset.secondsLeft);
		}
		return Math.max(0, Math.round((Number(element.dataset.until) - Date.now()) / 1000));
	}
	function tick() {
		document.querySelectorAll('.countdown[data-seconds-left]').forEach(element => {
			const left = secondsLeft(element);
			// the words come with the page (data-left, data-up), from the message bundle
			element.textContent = left > 0 ? element.dataset.left.replace('{0}', left) : element.dataset.up;
		});
		// the bar shrinks with the time left, and turns red for the last fifth: seen without reading
		document.querySelectorAll('progress.countdown-bar[data-seconds-left]').forEach(bar => {
			const left = secondsLeft(bar);
			bar.value = left;
			bar.classList.toggle('low', left <= bar.max / 5);
		});
	}
	setInterval(tick, 1000);

	// the screen's language changes with who is at the kiosk: say so to the browser too
	function followLanguage() {
		const screen = document.querySelector('#screen > .screen[data-lang]');
		if (screen && document.documentElement.lang !== screen.dataset.lang) {
			document.documentElement.lang = screen.dataset.lang;
		}
	}
	document.addEventListener('htmx:afterSwap', () => {
		tick();
		followLanguage();
	});
	document.addEventListener('DOMContentLoaded', tick);

	// A step the kiosk could not answer (a fault, or the network): say so in the screen's words
	// (data-failed, from the bundle) rather than leave the button seeming dead. A failed
	// refresh says nothing: the next one tries again.
	function sayFailed(event) {
		const screen = document.querySelector('#screen > .screen[data-failed]');
		const element = event.detail.elt;
		if (!screen || !element || !element.closest('#screen') || element.id === 'screen') {
			return;
		}
		let note = screen.querySelector('.failed');
		if (!note) {
			note = document.createElement('p');
			note.classList.add('failed', 'refusal');
			note.setAttribute('role', 'alert');
			screen.prepend(note);
		}
		note.textContent = screen.dataset.failed;
	}
	document.addEventListener('htmx:responseError', sayFailed);
	document.addEventListener('htmx:sendError', sayFailed);

	// After the simulated power cut (the button marked data-restart), reload once the program is
	// back. A listener, not an hx-on attribute: the Content-Security-Policy forbids inline script.
	function waitForRestart() {
		const poll = () => fetch('/actuator/health')
			.then(response => response.ok ? location.reload() : setTimeout(poll, 1000))
			.catch(() => setTimeout(poll, 1000));
		setTimeout(poll, 2000);
	}
	document.addEventListener('htmx:afterRequest', event => {
		if (event.detail.elt && event.detail.elt.matches('[data-restart]')) {
			waitForRestart();
		}
	});
})();
