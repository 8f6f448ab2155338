// Charts of the dashboards, drawn with Chart.js from the tables next to them: each table is the chart's accessible
// alternative and its only source of data. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  // The colours of the status badges (traguardo.css); the tables say the status in words.
  var STATUS_COLOURS = {
    raggiunto: '#00703c',
    parzialmente_raggiunto: '#8a5300',
    non_raggiunto: '#b30000',
    non_valutabile: '#5c6f82'
  };

  function rows(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var cell = row.querySelector('[data-value]');
      var raw = cell ? cell.getAttribute('data-value') : '';
      return {
        label: row.querySelector('th').textContent.trim(),
        value: raw === '' ? null : Number(raw),
        colour: STATUS_COLOURS[row.getAttribute('data-status')] || '#0066cc'
      };
    });
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var data = rows(table);
    var kind = canvas.getAttribute('data-chart');
    var options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: kind === 'doughnut', position: 'bottom' } }
    };
    if (kind === 'bar') {
      options.indexAxis = 'y';
      options.scales = {
        x: { min: 0, suggestedMax: 100, title: { display: true, text: '% di raggiungimento' } },
        y: { ticks: { callback: function (value) { var l = this.getLabelForValue(value); return l.length > 40 ? l.slice(0, 39) + '…' : l; } } }
      };
    }
    canvas.chart = new Chart(canvas, {
      type: kind,
      data: {
        labels: data.map(function (d) { return d.label; }),
        datasets: [{
          label: kind === 'bar' ? 'Grado di raggiungimento (%)' : 'Obiettivi',
          data: data.map(function (d) { return d.value; }),
          backgroundColor: data.map(function (d) { return d.colour; })
        }]
      },
      options: options
    });
    canvas.setAttribute('data-chart-drawn', String(data.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-table]'), draw);
  });
})();
