// A developer's check of the catalogue page in a real browser (not run by the build: tests must not
// need a browser). Loaded into a copy of the page, it lists what does not fit the window: the page
// wider than the window, a table cell whose content is cut off, a date broken across lines; or says
// LAYOUT OK. docs/rules-at-run-time.md ("The catalogue page in a browser") says how to run it.
window.addEventListener('load', () => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) {
    problems.push('page wider than the window: ' + doc.scrollWidth + ' > ' + doc.clientWidth + ' pixels');
  }
  document.querySelectorAll('td, th').forEach(cell => {
    if (cell.scrollWidth > cell.clientWidth + 1) {
      problems.push('cut-off cell: ' + cell.textContent.trim().slice(0, 80));
    }
  });
  document.querySelectorAll('.date').forEach(date => {
    if (date.getClientRects().length > 1) {
      problems.push('date broken across lines: ' + date.textContent);
    }
  });
  const out = document.createElement('pre');
  out.id = 'layout-check';
  out.textContent = problems.length === 0 ? 'LAYOUT OK' : problems.join('\n');
  document.body.appendChild(out);
});
