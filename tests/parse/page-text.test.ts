// PageText.says answers as String.includes does, on texts large enough to be
// read through its index of character positions as on small ones.
import { describe, expect, it } from 'vitest';
import { PageText } from '../../lib/parse/page-text';

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质且';

function randomText(n: number, seed: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out += HAN[s % HAN.length];
  }
  return out;
}

describe('PageText', () => {
  for (const size of [2_000, 120_000]) {
    it(`says what includes finds and nothing else (${size.toLocaleString()} characters)`, () => {
      const text = randomText(size, size);
      const page = new PageText(text);
      let found = 0;
      for (let q = 0; q < 400; q++) {
        // half the questions taken from the text, half made up
        const len = 2 + (q % 5);
        const words = q % 2 ? text.slice((q * 7919) % (size - len), ((q * 7919) % (size - len)) + len) : randomText(len, q + 1);
        const expected = text.includes(words);
        if (expected) found++;
        expect(page.says(words), words).toBe(expected);
      }
      expect(found).toBeGreaterThanOrEqual(200);
    });
  }

  it('finds words at the very start and end of the text', () => {
    const text = randomText(60_000, 7);
    const page = new PageText(text);
    expect(page.says(text.slice(0, 4))).toBe(true);
    expect(page.says(text.slice(-4))).toBe(true);
    expect(page.says(`${text.slice(-2)}乾坤`)).toBe(text.includes(`${text.slice(-2)}乾坤`));
  });
});
