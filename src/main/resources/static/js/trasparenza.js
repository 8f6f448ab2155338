// Transparency page: a document not rendered yet is asked for in the background; its progress region says so and
// becomes a download link when the file is ready. Without this script the link still works, only slower.
(function () {
  'use strict';

  var POLL_MS = 1000;

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); });
  }

  function ready(link, region) {
    link.removeAttribute('data-genera');
    region.textContent = '';
    var download = document.createElement('a');
    download.href = link.href;
    download.textContent = 'Pronto: scarica ' + link.textContent;
    region.appendChild(download);
  }

  function poll(link, region, url) {
    json(url).then(function (state) {
      if (state.stato === 'pronto') {
        ready(link, region);
      } else if (state.stato === 'errore') {
        region.textContent = 'Generazione non riuscita: riprovare più tardi.';
      } else {
        // 'assente': another node of the installation answered, which is not rendering it; asking again is harmless
        var next = state.stato === 'assente' ? link.getAttribute('data-genera') : link.getAttribute('data-stato');
        window.setTimeout(function () { poll(link, region, next); }, POLL_MS);
      }
    }).catch(function () {
      region.textContent = 'Stato della generazione non disponibile: riprovare più tardi.';
    });
  }

  document.querySelectorAll('a[data-genera]').forEach(function (link) {
    var region = link.parentNode.querySelector('.document-progress');
    link.addEventListener('click', function (event) {
      if (!link.hasAttribute('data-genera')) {
        return;
      }
      event.preventDefault();
      if (region.textContent === 'Generazione in corso…') {
        return;
      }
      region.textContent = 'Generazione in corso…';
      poll(link, region, link.getAttribute('data-genera'));
    });
  });
})();
