/** Text put into the oversight package's HTML pages (the map report and the checklist form). */

/** `s` with the five characters HTML gives meaning to (`& < > " '`) written as entities. */
export const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
