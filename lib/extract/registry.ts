// The site adapters, most specific first. The first whose canExtract accepts
// the page and whose extract returns a body wins; an adapter that finds no
// body hands the page on to the next.
import { density } from './adapters/density';
import { founder } from './adapters/founder';
import { newsCn } from './adapters/news-cn';
import { peopleCn } from './adapters/people-cn';
import { readability } from './adapters/readability';
import { rmrbNew } from './adapters/rmrb-new';
import { rmrbOld } from './adapters/rmrb-old';
import { structuredData } from './adapters/structured-data';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [
  // Order matters: 人民日报's older pages are Founder pages too (nw.D… names,
  // #articleContent), so the rmrb adapters, which know where the page name
  // is printed, must come before the generic Founder one.
  rmrbOld,
  rmrbNew,
  founder,
  peopleCn,
  newsCn,
  // Order matters: site adapters read the visible header (kicker, subtitle,
  // page) that metadata lacks, and people.com.cn carries no JSON-LD; the
  // metadata adapter must come before plain Readability, which would accept
  // nearly every article page and guess the title from <title>.
  structuredData,
  readability,
  // Last: pages Readability's check refuses (no long <p>: new.qq.com writes
  // its text in <div>s with <br>) but that hold an article's worth of prose.
  density,
];
