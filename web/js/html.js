// Small HTML and number helpers shared by the panels.
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function int(n) {
  return Number(n || 0).toLocaleString('en-US');
}

export function pct(share, digits = 1) {
  return `${(share * 100).toFixed(digits)}%`;
}

/** Seconds since start, for a running spinner. */
export function elapsed(start) {
  return ((performance.now() - start) / 1000).toFixed(0);
}
