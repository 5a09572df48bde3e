// Small HTML and number helpers shared by the panels.
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function int(n) {
  return Number(n || 0).toLocaleString('en-US');
}

/** A share rounded to 4 decimals, as the API rounds every share it answers (and the reports print). */
export function round4(share) {
  return Math.round(share * 10000) / 10000;
}

export function pct(share, digits = 1) {
  const text = (share * 100).toFixed(digits);
  // 99.95 % must not read 100.0 %: only full coverage does
  if (share < 1 && Number(text) >= 100) return `${(100 - 10 ** -digits).toFixed(digits)}%`;
  return `${text}%`;
}

/** Seconds since start, for a running spinner. */
export function elapsed(start) {
  return ((performance.now() - start) / 1000).toFixed(0);
}
