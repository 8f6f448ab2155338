// Behaviour of Traguardo pages. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // Filter box of the plan page: hides objectives whose text does not contain every word typed.
  function initFilter(input) {
    var container = document.querySelector(input.getAttribute('data-filter-target'));
    var outcome = document.getElementById('filtro-esito');
    if (!container) {
      return;
    }
    var items = Array.prototype.slice.call(container.querySelectorAll('[data-filter-text]'));
    var groups = Array.prototype.slice.call(container.querySelectorAll('[data-filter-group]'));
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute('data-filter-text');
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        item.hidden = !match;
        if (match) { shown++; }
      });
      groups.forEach(function (group) {
        group.hidden = group.querySelectorAll('[data-filter-text]:not([hidden])').length === 0;
      });
      if (outcome) {
        outcome.textContent = words.length === 0 ? '' :
          (shown === 1 ? '1 obiettivo corrisponde al filtro.' : shown + ' obiettivi corrispondono al filtro.');
      }
    });
  }

  // File inputs with a size limit: a file over it is refused before it is sent, as the server would refuse it.
  function initSizeLimit(input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var limit = input.getAttribute('data-max-size');
    input.addEventListener('change', function () {
      var over = Array.prototype.filter.call(input.files, function (file) { return file.size > max; });
      input.setCustomValidity(over.map(function (file) {
        return '«' + file.name + '» supera il limite di ' + limit + ' per file.';
      }).join(' '));
      if (over.length > 0) {
        input.reportValidity();
      }
    });
  }

  // Live preview of a target while it is typed: how the measuring engine reads it, said in a sentence.
  function initTargetPreview(input) {
    var output = document.getElementById(input.getAttribute('aria-describedby'));
    var nameField = document.getElementById('name');
    var timer = null;
    function show() {
      var text = input.value.trim();
      if (!text) {
        output.textContent = 'Come viene letto il valore atteso: scriverlo per vederlo.';
        return;
      }
      var url = input.getAttribute('data-preview-url') + '?testo=' + encodeURIComponent(text) +
        '&anno=' + encodeURIComponent(input.getAttribute('data-preview-year')) +
        (nameField ? '&indicatore=' + encodeURIComponent(nameField.value) : '');
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (reading) {
          if (!reading) { return; }
          var sentence = 'Letto come: ' + reading.sentence + '.';
          if (reading.kind === 'QUALITATIVE') {
            sentence += ' Non si misura da solo: esempi misurabili sono «Almeno 80%», «Entro il 31/10», «SI».';
          }
          if (reading.polarityUncertain) {
            sentence += ' Verificare se per questo indicatore è meglio un valore più alto o più basso.';
          }
          output.textContent = sentence;
        });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(show, 250);
    });
    show();
  }

  // Deleting asks first.
  function initConfirm(form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-filter-target]'), initFilter);
    Array.prototype.forEach.call(document.querySelectorAll('input[type=file][data-max-bytes]'), initSizeLimit);
    Array.prototype.forEach.call(document.querySelectorAll('[data-target-preview]'), initTargetPreview);
    Array.prototype.forEach.call(document.querySelectorAll('form.confirm-delete'), initConfirm);
  });
})();
