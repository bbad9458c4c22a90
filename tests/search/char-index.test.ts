// The character index answers one-character words without reading any text,
// so it must say exactly what the texts hold, through slots being reused,
// the bitmaps growing, and clippings changing.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteClippings, saveClipping, updateClipping } from '@/lib/db';
import { rankClippings, searchClippings } from '@/lib/search';
import { CharIndex } from '@/lib/search/char-index';
import { seededRandom } from './sample-corpus';
import { article, paragraphs, resetSearch } from './helpers';

const ALPHABET = '的一是中国人民发展经济，。、abc5\n鼋鼍𠀋';

describe('CharIndex', () => {
  it('says for every slot exactly which code units its text holds, and which its title', () => {
    const random = seededRandom(3);
    const index = new CharIndex();
    const texts = new Map<number, { text: string; title: number }>();
    const put = (slot: number) => {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      const title = Math.floor(random() * (text.length + 1));
      index.add(slot, text, title);
      texts.set(slot, { text, title });
    };
    // 3,000 slots: the bitmaps grow several times on the way.
    for (let slot = 0; slot < 3000; slot++) put(slot);
    // Some go, and their slots are taken again by other texts.
    for (let slot = 0; slot < 3000; slot += 7) {
      index.remove(slot, texts.get(slot)!.text);
      texts.delete(slot);
      if (slot % 2 === 0) put(slot);
    }
    const units = new Set([...ALPHABET].flatMap((ch) => [...Array(ch.length).keys()].map((i) => ch.charCodeAt(i))));
    for (let slot = 0; slot < 3000; slot++) {
      const entry = texts.get(slot);
      for (const c of units) {
        const unit = String.fromCharCode(c);
        const expected = !entry || !entry.text.includes(unit) ? 0 : entry.text.slice(0, entry.title).includes(unit) ? 2 : 1;
        if (index.lookup(c, slot) !== expected) expect([slot, unit, index.lookup(c, slot)]).toEqual([slot, unit, expected]);
      }
    }
  });

  it('covers one code unit, not half of a surrogate pair', () => {
    expect(CharIndex.covers('中')).toBe(true);
    expect(CharIndex.covers('中国')).toBe(false);
    expect(CharIndex.covers('𠀋')).toBe(false);
  });
});

describe('one-character search', () => {
  beforeEach(resetSearch);

  it('finds a character at the very start and end of title and text, and follows edits and deletes', async () => {
    const a = (await saveClipping(article({ url: null, title: '鼋头渚', blocks: paragraphs('太湖之滨', '末尾一个鼍') }))).clipping.id;
    const b = (await saveClipping(article({ url: null, title: '无关的题目鼍', blocks: paragraphs('鼋') }))).clipping.id;
    const ids = async (q: string) => (await rankClippings(q)).map((r) => r.id).sort((x, y) => x - y);
    expect(await ids('鼋')).toEqual([a, b]);
    expect(await ids('鼍')).toEqual([a, b]);
    // A title match ranks first.
    expect((await searchClippings('鼋')).hits.map((h) => h.id)).toEqual([a, b]);
    expect((await searchClippings('鼍')).hits.map((h) => h.id)).toEqual([b, a]);

    await updateClipping(a, { title: '太湖', blocks: paragraphs('没有了') });
    expect(await ids('鼋')).toEqual([b]);
    expect(await ids('鼍')).toEqual([b]);
    await deleteClippings([b]);
    expect(await ids('鼋')).toEqual([]);
    // The freed slots are reused by new clippings without their old characters.
    const c = (await saveClipping(article({ url: null, title: '新的', blocks: paragraphs('鼍') }))).clipping.id;
    expect(await ids('鼋')).toEqual([]);
    expect(await ids('鼍')).toEqual([c]);
    expect(await ids('-鼍 新')).toEqual([]);
  });
});

describe('a write that lands while a search reads', () => {
  beforeEach(resetSearch);

  it('checks a clipping edited meanwhile against its new text, not its old slot', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await saveClipping(article({ url: null, title: `第${i}篇`, blocks: paragraphs(`甲丙${i}。`) }))).clipping.id);
    // Cached, each in a slot.
    expect((await rankClippings('甲')).length).toBe(4);
    // Not cached: the next search must read it from the database. A search for a
    // Latin word takes in its signature without reading any text.
    const fresh = (await saveClipping(article({ url: null, title: '新来的', blocks: paragraphs('甲丙。') }))).clipping.id;
    expect(await rankClippings('zzzz')).toEqual([]);
    // The edit commits while the search waits for its read, freeing the edited clipping's slot.
    const edit = updateClipping(ids[1], { blocks: paragraphs('甲丙改过。') });
    const search = rankClippings('甲丙');
    await edit;
    const byId = (rs: Array<{ id: number }>) => rs.map((r) => r.id).sort((a, b) => a - b);
    expect(byId(await search)).toEqual([...ids, fresh]);
    expect(byId(await rankClippings('改过'))).toEqual([ids[1]]);
  });
});
