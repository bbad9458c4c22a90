// Dates as newspapers and news sites print them, normalised to YYYY-MM-DD.
// The date is taken as written (the publisher's local date), never shifted
// through a time zone: 2025-07-01T00:30+08:00 is 1 July in Beijing.

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Finds the first date in a string: ISO, 2025年7月1日, 2025/07/01, 2025.7.1,
 *  "July 1, 2025", "1 July 2025". Returns null when there is none. */
export function normalizeDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.replace(/[\s\u00a0\u3000]+/g, ' ');
  let m = /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})/.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  // "2025 07/01" as news.cn prints it across separate spans
  m = /(\d{4}) (\d{1,2})\s*\/\s*(\d{1,2})/.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /\b(\d{4})(\d{2})(\d{2})\b/.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (m && MONTHS.includes(m[1].slice(0, 3).toLowerCase())) return ymd(+m[3], MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, +m[2]);
  m = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(t);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) return ymd(+m[3], MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, +m[1]);
  return null;
}

/** The date in a news URL path: /2021-07/01/, /202507/01/, /2025/0701/, /20250701/, _20210701_. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const patterns = [
    /\/(\d{4})-(\d{2})\/(\d{2})\//, // rmrb and Founder e-papers: /html/2021-07/01/
    /\/(\d{4})(\d{2})\/(\d{2})\//, // newer e-papers: /content/202507/01/
    /\/(\d{4})\/(\d{2})(\d{2})\//, // people.com.cn: /n1/2025/0701/
    /\/(\d{4})(\d{2})(\d{2})\//, // news.cn: /politics/20250701/
    /_(\d{4})(\d{2})(\d{2})_/, // nw.D110000renmrb_20210701_1-04.htm
    /\/(\d{4})-(\d{2})-(\d{2})\//,
    /\/(\d{4})\/(\d{2})\/(\d{2})\//, // blogs: /2025/07/01/
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    const d = m && ymd(+m[1], +m[2], +m[3]);
    if (d) return d;
  }
  return null;
}
