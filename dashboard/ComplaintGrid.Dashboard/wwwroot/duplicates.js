// The drill-down's duplicate links: the primary a complaint duplicates, or the duplicates linked or merged into it, each
// a button that opens that complaint. Leads merge over the API (POST /api/complaints/{id}/merge).
'use strict';

const ComplaintGridDuplicates = (() => {
  function open(id, show) {
    return el('button', { type: 'button', class: 'link', 'data-complaint': id, onclick: () => show(id) }, id);
  }

  // An empty text when the complaint has no links, so the drill-down is as before.
  function section(c, show) {
    const duplicates = c.duplicates || [];
    if (!c.duplicateOf && duplicates.length === 0) return '';
    return el('p', { class: 'duplicates', 'data-testid': 'duplicates' },
      c.duplicateOf ? [c.outcome === 'Duplicate' ? 'Merged into ' : 'Duplicate of ', open(c.duplicateOf, show)] : null,
      duplicates.length ? ['Duplicates: ', duplicates.flatMap((id, i) => i ? [', ', open(id, show)] : [open(id, show)])] : null);
  }

  return { section };
})();
