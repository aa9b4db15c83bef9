// provenance, the editor's desk: a little plain JavaScript. The pages work
// without it; it follows a running audit, remembers the reviewer's name
// and opens the finding a highlighted claim points to.
(function () {
  'use strict';

  function text(el, s) { if (el) { el.textContent = s; } }

  // A running audit: poll its progress, reload when it is over.
  var box = document.getElementById('progress');
  if (box && box.dataset.progress) {
    var url = box.dataset.progress;
    var names = {
      article: 'Reading the story', fetch: 'Fetching and archiving the sources', index: 'Indexing the sources',
      claims: "Reading the story's claims", verify: 'Checking each claim against the sources', done: 'Done', '': 'Waiting for a free slot'
    };
    var poll = function () {
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); })
        .then(function (p) {
          if (p.status === 'done' || p.status === 'failed') { window.location.reload(); return; }
          text(document.getElementById('progress-stage'), names[p.stage || ''] || p.stage);
          var bar = document.getElementById('progress-bar');
          if (bar) { bar.value = p.total > 0 ? Math.min(100, Math.round(p.done * 100 / p.total)) : 0; }
          text(document.getElementById('progress-count'), p.total > 0 ? p.done + ' of ' + p.total : '');
          var log = document.getElementById('progress-log');
          if (log && p.log) {
            while (log.firstChild) { log.removeChild(log.firstChild); }
            p.log.forEach(function (line) { var li = document.createElement('li'); li.textContent = line; log.appendChild(li); });
          }
          window.setTimeout(poll, 800);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 500);
  }

  // Review forms: the reviewer's name, remembered on this browser.
  var key = 'provenance.reviewer';
  var saved = '';
  try { saved = window.localStorage.getItem(key) || ''; } catch (e) { saved = ''; }
  document.querySelectorAll('form.review').forEach(function (form) {
    var name = form.querySelector('input.reviewer');
    if (name && !name.value && saved) { name.value = saved; }
    form.addEventListener('submit', function () {
      if (name && name.value) { try { window.localStorage.setItem(key, name.value); } catch (e) { /* private mode */ } }
    });
  });

  // A highlighted claim links to its finding: open it.
  function openTarget() {
    var id = window.location.hash.slice(1);
    if (!id) { return; }
    var el = document.getElementById(id);
    if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView({ block: 'nearest' }); }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
