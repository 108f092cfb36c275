// The audit page's script, inlined: tooltips for marks, and links that scroll to a piece of text and
// flash it. Plain ES2017, no library; the page reads fully without it (the side table says it all).

export const PAGE_SCRIPT = `
(function () {
  var tip = document.getElementById('tip');
  function show(el) {
    var text = el.getAttribute('data-tip');
    if (!tip || !text) return;
    tip.textContent = text;
    tip.style.display = 'block';
    var r = el.getBoundingClientRect();
    var top = r.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) top = Math.max(4, r.top - tip.offsetHeight - 6);
    tip.style.top = top + 'px';
    tip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - tip.offsetWidth - 4)) + 'px';
  }
  function hide() { if (tip) tip.style.display = 'none'; }
  function tipped(target) { return target && target.closest ? target.closest('[data-tip]') : null; }
  document.addEventListener('mouseover', function (e) { var el = tipped(e.target); if (el) show(el); else hide(); });
  document.addEventListener('focusin', function (e) { var el = tipped(e.target); if (el) show(el); });
  document.addEventListener('focusout', hide);
  window.addEventListener('scroll', hide, true);
  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a[data-go]') : null;
    if (!link) return;
    var target = document.getElementById(link.getAttribute('data-go'));
    if (!target) return;
    e.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash');
    void target.offsetWidth;
    target.classList.add('flash');
    if (target.tabIndex >= 0) target.focus({ preventScroll: true });
  });
})();
`;
