// Clippings for the side panel's end-to-end tests, screenshots and benchmark,
// and a way to put them straight into the extension's IndexedDB.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { contentHash } from '@/lib/db/content-hash';
import type { Clipping } from '@/lib/db/types';

export type SeedClipping = Omit<Clipping, 'id'>;

const DAY = 86_400_000;
/** Clipping times are fixed, so names, order and citations are the same on every run. */
export const SEED_TIME = Date.UTC(2025, 6, 2, 2, 0, 0);

function clipping(fields: Partial<SeedClipping> & Pick<SeedClipping, 'title' | 'blocks'>, createdAt: number): SeedClipping {
  const c: SeedClipping = {
    column: null, kicker: null, subtitle: null, byline: null, continuation: null, captions: [],
    url: null, source: null, date: null, page: null, tags: [], note: '',
    createdAt, updatedAt: createdAt, contentHash: '',
    ...fields,
  };
  return { ...c, contentHash: contentHash(c.title, c.blocks) };
}

const p = (text: string) => ({ type: 'paragraph' as const, text });
const h = (text: string) => ({ type: 'heading' as const, text });
const n = (text: string) => ({ type: 'note' as const, text });

/** Four clippings, oldest first: a commentary with every part, a news report, a photo story, and pasted text with nothing but a title. */
export function sampleClippings(): SeedClipping[] {
  return [
    clipping(
      {
        column: '评论员观察',
        kicker: '热烈庆祝中国共产党成立104周年',
        title: '锻造民族复兴的中流砥柱',
        subtitle: '——写在中国共产党成立104周年之际',
        byline: '钟华论',
        source: '人民日报',
        date: '2025-07-01',
        page: '4版 要闻',
        url: 'http://paper.people.com.cn/rmrb/pc/content/202507/01/content_30081234.html',
        tags: ['评论', '党史'],
        note: '第二部分值得重读。',
        blocks: [
          p('一百零四年风雨兼程，一百零四年砥砺奋进。中国共产党团结带领中国人民，创造了彪炳史册的伟大成就，书写了中华民族几千年历史上最恢宏的史诗。'),
          h('一、坚守初心使命'),
          p('初心易得，始终难守。回望来路，党始终把为中国人民谋幸福、为中华民族谋复兴作为不变的追求，在应对风险挑战中不断淬炼成钢。'),
          h('二、勇于自我革命'),
          p('自我革命是党永葆生机活力的关键。全面从严治党永远在路上，党的自我革命永远在路上。'),
          n('（本文作者为本报评论员）'),
        ],
      },
      SEED_TIME - 3 * DAY,
    ),
    clipping(
      {
        title: '夏粮再获丰收 产量稳中有增',
        byline: '本报记者 王浩 刘温馨',
        source: '人民日报',
        date: '2025-07-01',
        page: '第01版：要闻',
        url: 'https://paper.people.com.cn/rmrb/pc/content/202507/01/content_30081235.html',
        tags: ['农业', '经济'],
        blocks: [
          p('本报北京6月30日电　记者从农业农村部获悉：今年夏粮再获丰收，产量稳中有增。'),
          p('据介绍，各地抢抓农时，夏收进度快于往年，小麦机收率超过97%，夏播粮食已完成意向面积的九成以上。'),
        ],
      },
      SEED_TIME - 2 * DAY,
    ),
    clipping(
      {
        title: '盛夏时节 荷花盛开',
        source: '光明日报',
        date: '2025-06-28',
        page: '12版 图片',
        tags: ['图片'],
        blocks: [p('6月27日，游客在江苏省扬州市瘦西湖景区赏荷。盛夏时节，各地荷花竞相绽放，吸引市民游客前来观赏。')],
        captions: ['图为游客在瘦西湖景区赏荷。新华社记者 季春鹏摄'],
      },
      SEED_TIME - DAY,
    ),
    clipping(
      {
        title: '城市更新要留住烟火气',
        byline: '李斌',
        source: '经济日报',
        date: '2025-06-30',
        page: '5版 评论',
        blocks: [
          p('城市更新不是推倒重来，而是在保护中发展、在发展中保护。老街区的烟火气，是城市记忆的重要载体。'),
          p('要坚持“留改拆”并举，以保留利用提升为主，让居民在家门口感受到生活品质的提升。'),
        ],
      },
      SEED_TIME,
    ),
  ];
}

const PAPERS = ['人民日报', '光明日报', '经济日报', '解放军报', '中国青年报', '工人日报', '农民日报', '科技日报', '法治日报', '中国妇女报'];
const SENTENCES = [
  '各地各部门认真贯彻落实决策部署，推动各项工作取得新进展新成效。',
  '记者在采访中了解到，当地群众对这一变化感受真切，纷纷点赞。',
  '专家表示，这一举措有利于稳定市场预期，增强发展信心。',
  '下一步，将继续深化改革，加强统筹协调，确保政策落地见效。',
  '据统计，今年上半年相关指标同比增长百分之六点三，好于预期。',
];

/**
 * `count` generated clippings for the benchmark: ten papers in turn (so each
 * paper has count/10), one a minute going back from SEED_TIME, each with a
 * few paragraphs of plausible text (about 1 KB, like a short news item).
 */
export function generatedClippings(count: number): SeedClipping[] {
  const out: SeedClipping[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const blocks = [0, 1, 2, 3].map((k) => p(`${SENTENCES[(i + k) % SENTENCES.length]}${SENTENCES[(i + k + 2) % SENTENCES.length]}（第${i + 1}篇第${k + 1}段）`));
    out.push(
      clipping(
        {
          title: `第${i + 1}号剪报：${SENTENCES[i % SENTENCES.length].slice(0, 12)}`,
          byline: `本报记者 张${i % 100}`,
          source: PAPERS[i % PAPERS.length],
          date: `2025-06-${String(day).padStart(2, '0')}`,
          page: `${1 + (i % 16)}版`,
          url: `https://example.com/epaper/${i + 1}.html`,
          tags: i % 7 === 0 ? ['评论'] : [],
          blocks,
        },
        SEED_TIME - (count - i) * 60_000,
      ),
    );
  }
  return out;
}

/** Records per page.evaluate: large enough to be quick, small enough for the protocol. */
const SEED_BATCH = 2_000;

/**
 * Adds records to the `clippings` table directly, in batches, and resolves to
 * their new ids. The database must already exist (open the side panel first:
 * Dexie creates it); this never creates or upgrades it. Dexie in pages already
 * open does not see these writes: reload them. The search index is not filled.
 */
export async function seedClippings(page: Page, records: readonly SeedClipping[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < records.length; i += SEED_BATCH) {
    const batch = records.slice(i, i + SEED_BATCH);
    ids.push(
      // Sent as one JSON string: Playwright serialises a large array of objects far more slowly.
      ...(await page.evaluate(addClippingsInPage, JSON.stringify(batch))),
    );
  }
  return ids;
}

/**
 * seedClippings' work for one batch (a JSON array), run inside an extension
 * page; self-contained, so any driver can evaluate it.
 */
export async function addClippingsInPage(json: string): Promise<number[]> {
  const rows = JSON.parse(json) as unknown[];
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('jianbao');
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error('the jianbao database does not exist yet: open the side panel first'));
  });
  try {
    return await new Promise<number[]>((resolve, reject) => {
      const tx = db.transaction('clippings', 'readwrite');
      const store = tx.objectStore('clippings');
      const keys: number[] = [];
      for (const row of rows) store.add(row).onsuccess = (event) => keys.push((event.target as IDBRequest<number>).result);
      tx.oncomplete = () => resolve(keys);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Waits until the side panel's library has read the database (its list or its empty message shows). */
export async function waitForLibrary(page: Page): Promise<void> {
  await page.locator('[data-testid="clip-list"], [data-testid="list-empty"]').first().waitFor({ timeout: 30_000 });
}

/**
 * A private copy of a built extension, for long runs (benchmark, screenshots):
 * another build writing .output/ meanwhile cannot pull files from under them.
 */
export function copyExtension(dir: string): { dir: string; remove(): void } {
  const copy = mkdtempSync(path.join(tmpdir(), 'jianbao-extension-'));
  cpSync(dir, copy, { recursive: true });
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}
