// Measures the kiosk screen as a person at the door meets it (KioskScreenFitBrowserIT): returns
// each problem found, as words. The page may not scroll or overflow in either direction; every
// visible element lies inside the viewport; every touch target (button, link, input, summary) is
// at least 48 × 48 px with at least 8 px to the next; every piece of text is at least 20 px; no
// element scrolls its own content.
const minTarget = 48, minGap = 8, minText = 20;
const problems = [];
const width = window.innerWidth, height = window.innerHeight;
const page = document.documentElement;
const name = element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
	+ (element.className && typeof element.className === 'string' ? '.' + element.className.trim().replace(/\s+/g, '.') : '')
	+ ' "' + (element.innerText || element.value || '').trim().slice(0, 40) + '"';
const box = rect => Math.round(rect.left) + ',' + Math.round(rect.top) + ' ' + Math.round(rect.width) + '×' + Math.round(rect.height);
const visible = element => {
	const rect = element.getBoundingClientRect();
	const style = getComputedStyle(element);
	return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
};
if (page.scrollWidth > width) problems.push('the page is ' + page.scrollWidth + ' px wide in a ' + width + ' px viewport');
if (page.scrollHeight > height) problems.push('the page is ' + page.scrollHeight + ' px high in a ' + height + ' px viewport');
const elements = Array.from(document.querySelectorAll('body *')).filter(visible);
for (const element of elements) {
	const rect = element.getBoundingClientRect();
	if (rect.left < -0.5 || rect.top < -0.5 || rect.right > width + 0.5 || rect.bottom > height + 0.5) {
		problems.push('cut off: ' + name(element) + ' at ' + box(rect));
	}
	const style = getComputedStyle(element);
	if (/(auto|scroll)/.test(style.overflowY + style.overflowX)
		&& (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
		problems.push('scrolls: ' + name(element) + ' holds ' + element.scrollWidth + '×' + element.scrollHeight
			+ ' in ' + element.clientWidth + '×' + element.clientHeight);
	}
	const ownText = Array.from(element.childNodes).some(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
	const fieldText = element.matches('input:not([type=hidden])');
	if ((ownText || fieldText) && parseFloat(style.fontSize) < minText) {
		problems.push('small text: ' + name(element) + ' is ' + style.fontSize);
	}
}
const targets = elements.filter(element => element.matches('button, a[href], input:not([type=hidden]), select, textarea, summary'));
targets.forEach((target, i) => {
	const rect = target.getBoundingClientRect();
	if (rect.width < minTarget - 0.5 || rect.height < minTarget - 0.5) {
		problems.push('small target: ' + name(target) + ' is ' + box(rect));
	}
	targets.slice(i + 1).forEach(other => {
		if (target.contains(other) || other.contains(target)) {
			return;
		}
		const next = other.getBoundingClientRect();
		const apart = Math.max(next.left - rect.right, rect.left - next.right, next.top - rect.bottom, rect.top - next.bottom);
		if (apart < minGap - 0.5) {
			problems.push('targets too close (' + Math.round(apart) + ' px): ' + name(target) + ' and ' + name(other));
		}
	});
});
return problems;
